package app.quarry.generation.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import app.quarry.corpus.DocumentText;

/**
 * Runs every finder over a document and returns their facts ordered by position (start,
 * then end, then type), so that output is deterministic.
 */
public final class FactExtractor {

	/** Orders facts by where they stand in the document. */
	public static final Comparator<Fact> BY_POSITION = Comparator.comparingInt(Fact::start)
		.thenComparingInt(Fact::end)
		.thenComparing(Fact::type);

	private final List<FactFinder> finders;

	public FactExtractor(List<? extends FactFinder> finders) {
		this.finders = List.copyOf(finders);
	}

	public List<Fact> extract(DocumentText document, ExtractionContext context) {
		return extract(document, context, stage -> {
		});
	}

	/** Extracts from a document's analysis, which keeps what the finders made. */
	public List<Fact> extract(DocumentAnalysis document) {
		return extract(document, stage -> {
		});
	}

	/**
	 * Extracts, telling {@code stages} the name of each finder as it ends (for benchmarks
	 * that time them).
	 */
	public List<Fact> extract(DocumentText document, ExtractionContext context, Consumer<String> stages) {
		return extract(new DocumentAnalysis(document, context), stages);
	}

	/**
	 * Extracts from a document's analysis, which keeps what the finders made for later
	 * readers (the people it names), telling {@code stages} the name of each finder as it
	 * ends.
	 */
	public List<Fact> extract(DocumentAnalysis document, Consumer<String> stages) {
		List<Fact> facts = new ArrayList<>();
		for (FactFinder finder : this.finders) {
			facts.addAll(finder instanceof LeftoverFinder last ? last.find(document, List.copyOf(facts))
					: finder.find(document));
			stages.accept(finder.getClass().getSimpleName());
		}
		facts.sort(BY_POSITION);
		return facts;
	}

}
