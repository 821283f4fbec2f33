package app.quarry.generation;

import app.quarry.bank.Bank;
import app.quarry.bank.BankDocument;
import app.quarry.corpus.CorpusDocument;
import app.quarry.corpus.DocumentText;
import app.quarry.generation.extract.ExtractionContext;
import app.quarry.generation.extract.FactExtractor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole pipeline from documents to a bank: split each document into sentences,
 * extract its facts, generate the questions of the corpus.
 */
public final class BankGeneration {

	private final FactExtractor extractor;

	public BankGeneration(FactExtractor extractor) {
		this.extractor = extractor;
	}

	public Bank generate(List<CorpusDocument> documents) {
		List<SourceDocument> sources = new ArrayList<>();
		for (CorpusDocument document : documents) {
			DocumentText text = DocumentText.of(document.text());
			LocalDate reference = document.published() != null && document.published().length() == 10
					? LocalDate.parse(document.published()) : null;
			sources.add(new SourceDocument(entry(document), document.text(), text.sentences(),
					this.extractor.extract(text, new ExtractionContext(document.id(), reference))));
		}
		return new Bank(sources.stream().map(SourceDocument::document).toList(), QuestionGenerator.generate(sources));
	}

	/** The bank's entry for a document. */
	public static BankDocument entry(CorpusDocument d) {
		return new BankDocument(d.id(), d.title(), d.published(), d.publisher(), d.author(), d.sha256());
	}

}
