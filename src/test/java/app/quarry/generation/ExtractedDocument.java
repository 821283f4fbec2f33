package app.quarry.generation;

import app.quarry.bank.BankDocument;
import app.quarry.bank.BankQuestion;
import app.quarry.corpus.DocumentText;
import app.quarry.generation.extract.ExtractionContext;
import app.quarry.generation.extract.StandardFinders;
import java.time.LocalDate;
import java.util.List;

/**
 * The questions an invented story dated 3 March 1998 gives, its facts found by the
 * standard extractor as a real upload's are.
 */
final class ExtractedDocument {

	private ExtractedDocument() {
	}

	static List<BankQuestion> questions(String text) {
		DocumentText document = DocumentText.of(text);
		var facts = StandardFinders.extractor().extract(document, new ExtractionContext("t", LocalDate.of(1998, 3, 3)));
		return QuestionGenerator
			.generate(List.of(new SourceDocument(new BankDocument("t", "T", "1998-03-03", null, null, "00"), text,
					document.sentences(), facts)));
	}

	/** The backs of the "Who is {@code name}?" cards the story gives. */
	static List<String> rolesOf(String text, String name) {
		return questions(text).stream()
			.filter(q -> q.type().equals("person") && q.format().equals("flashcard")
					&& q.prompt().equals("Who is " + name + "?"))
			.map(BankQuestion::answer)
			.toList();
	}

}
