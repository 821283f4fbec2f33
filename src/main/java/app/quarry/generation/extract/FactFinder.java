package app.quarry.generation.extract;

import java.util.List;

/**
 * One kind of extraction (dates, counts, quotes, people, letters). A finder reads the
 * document's clean text and sentences and returns facts whose offsets and text are taken
 * from the stored text. What several finders build on (dates, counts, people) comes from
 * the document's {@link DocumentAnalysis}, made once for all of them. Finders are
 * stateless and thread-safe; anything costly (models) is loaded once, not per document.
 */
public interface FactFinder {

	List<? extends Fact> find(DocumentAnalysis document);

}
