package app.quarry.generation.extract;

import java.util.List;

import app.quarry.corpus.DocumentText;

/**
 * One kind of extraction (dates, counts, quotes, people, letters). A finder reads the
 * document's clean text and sentences and returns facts whose offsets and text are taken
 * from the stored text. Finders are stateless and thread-safe; anything costly (models)
 * is loaded once, not per document.
 */
public interface FactFinder {

	List<? extends Fact> find(DocumentText document, ExtractionContext context);

}
