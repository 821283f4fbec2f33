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

	/**
	 * What depends on the text alone, shared with the same text read in another context
	 * (the pass that finds a document's reference date, then its extraction).
	 */
	private final Map<Kind<?>, Object> ofText;

	public DocumentAnalysis(DocumentText document, ExtractionContext context) {
		this(document, context, new HashMap<>());
	}

	private DocumentAnalysis(DocumentText document, ExtractionContext context, Map<Kind<?>, Object> ofText) {
		this.document = document;
		this.context = context;
		this.ofText = ofText;
	}

	/**
	 * The same text in another context: analyses of the text alone are kept, those that
	 * depend on the context are made again.
	 */
	public DocumentAnalysis inContext(ExtractionContext other) {
		return new DocumentAnalysis(this.document, other, this.ofText);
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
		Map<Kind<?>, Object> analyses = kind.ofTextAlone ? this.ofText : this.made;
		T analysis = (T) analyses.get(kind);
		if (analysis == null) {
			// made outside the map: making one analysis may ask for another
			analysis = make.apply(this);
			analyses.put(kind, analysis);
		}
		return analysis;
	}

	/**
	 * Names one kind of analysis, whose values are {@code T}; each kind is one constant,
	 * held by the class that makes it.
	 */
	public static final class Kind<T> {

		private final String name;

		private final boolean ofTextAlone;

		public Kind(String name) {
			this(name, false);
		}

		private Kind(String name, boolean ofTextAlone) {
			this.name = name;
			this.ofTextAlone = ofTextAlone;
		}

		/**
		 * A kind of analysis that depends on the text alone, not on the context: made
		 * once for every context the text is read in.
		 */
		public static <T> Kind<T> ofText(String name) {
			return new Kind<>(name, true);
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

}
