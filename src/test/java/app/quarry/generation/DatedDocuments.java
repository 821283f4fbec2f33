package app.quarry.generation;

import app.quarry.bank.BankDocument;
import app.quarry.corpus.DocumentText;
import app.quarry.generation.extract.DateFinder;
import app.quarry.generation.extract.ExtractionContext;
import java.time.LocalDate;

/**
 * An invented document with the dates its text holds, as the generator receives it: the
 * tests of date questions differ only in the text and the day it is dated, so the way a
 * document is read stays in one place.
 */
final class DatedDocuments {

	private DatedDocuments() {
	}

	/**
	 * The document titled {@code title}, dated {@code day} (ISO), with its date facts.
	 */
	static SourceDocument withDates(String title, String day, String text) {
		DocumentText document = DocumentText.of(text);
		return new SourceDocument(new BankDocument("d", title, day, null, null, "00"), text, document.sentences(),
				new DateFinder().find(document, new ExtractionContext("d", LocalDate.parse(day))));
	}

}
