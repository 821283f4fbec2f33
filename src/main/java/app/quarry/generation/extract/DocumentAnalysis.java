package app.quarry.generation.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import app.quarry.corpus.DocumentText;

/**
 * One document as the finders read it: its text, what is known about it, and the analyses
 * several finders build on (its dates, its counts, the people it names), each made on
 * first use and then handed to every finder that asks, so that a document is read once
 * for each of them. It lives as long as the document's extraction, not beyond.
 */
public final class DocumentAnalysis {

	private final DocumentText document;

	private final ExtractionContext context;

	private final Map<Kind<?>, Object> made = new HashMap<>();

	public DocumentAnalysis(DocumentText document, ExtractionContext context) {
		this.document = document;
		this.context = context;
	}

	public DocumentText document() {
		return this.document;
	}

	/** The document's id and reference dates; null when nothing is known. */
	public ExtractionContext context() {
		return this.context;
	}

	/**
	 * The analysis of this kind, made by {@code make} the first time it is asked for.
	 */
	@SuppressWarnings("unchecked")
	public <T> T get(Kind<T> kind, Function<DocumentAnalysis, T> make) {
		T analysis = (T) this.made.get(kind);
		if (analysis == null) {
			// made outside the map: making one analysis may ask for another
			analysis = make.apply(this);
			this.made.put(kind, analysis);
		}
		return analysis;
	}

	/**
	 * Names one kind of analysis, whose values are {@code T}; each kind is one constant,
	 * held by the class that makes it.
	 */
	public static final class Kind<T> {

		private final String name;

		public Kind(String name) {
			this.name = name;
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

}
