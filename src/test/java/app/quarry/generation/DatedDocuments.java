package app.quarry.generation;

import app.quarry.bank.BankDocument;
import app.quarry.corpus.DocumentText;
import app.quarry.generation.extract.DateFinder;
import app.quarry.generation.extract.ExtractionContext;
import java.time.LocalDate;
import java.util.List;

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

	/**
	 * The prompts of the date questions asked on {@code sentence}, in a document titled
	 * "Acme notes" and dated {@code day}; the date line's own question is no question on
	 * the sentence, so it is left out.
	 */
	static List<String> datePrompts(String dateLine, String day, String sentence) {
		String text = "Acme notes\n\n" + dateLine + "\n\n" + sentence + "\n";
		return QuestionGenerator.generate(List.of(withDates("Acme", day, text)))
			.stream()
			.filter(q -> q.type().equals("date"))
			.map(q -> q.prompt())
			.filter(p -> !p.startsWith("What is the date of"))
			.toList();
	}

}
