package app.quarry.generation;

import app.quarry.bank.BankDocument;
import app.quarry.bank.BankQuestion;
import app.quarry.corpus.DocumentText;
import app.quarry.generation.extract.EntityFact;
import app.quarry.generation.extract.Fact;
import app.quarry.generation.extract.PersonFact;
import java.util.ArrayList;
import java.util.List;

/**
 * One invented document and the who-is-who facts a test names in it, turned into
 * questions as generation turns a real document. Each fact stands where its name first
 * appears in the text, as the extractor would place it.
 */
final class InventedDocument {

	private final String text;

	private final List<Fact> facts = new ArrayList<>();

	private List<BankQuestion> questions;

	InventedDocument(String text) {
		this.text = text;
	}

	InventedDocument person(String name, String role) {
		int at = at(name);
		return with(new PersonFact(name, at, at + name.length(), name, role));
	}

	InventedDocument organisation(String name, String description) {
		int at = at(name);
		return with(new EntityFact(name, at, at + name.length(), name, description));
	}

	InventedDocument place(String name, String description) {
		int at = at(name);
		return with(EntityFact.place(name, at, at + name.length(), description));
	}

	List<BankQuestion> questions() {
		if (questions == null) {
			BankDocument document = new BankDocument("invented", "Invented", "2021-03-02", null, null, "00");
			questions = QuestionGenerator
				.generate(List.of(new SourceDocument(document, text, DocumentText.of(text).sentences(), facts)));
		}
		return questions;
	}

	/** Every question whose answer is the one given, as "format: prompt". */
	List<String> asked(String answer) {
		return questions().stream()
			.filter(q -> q.answer().equals(answer))
			.map(q -> q.format() + ": " + q.prompt())
			.toList();
	}

	private InventedDocument with(Fact fact) {
		facts.add(fact);
		questions = null;
		return this;
	}

	private int at(String name) {
		int at = text.indexOf(name);
		if (at < 0) {
			throw new IllegalArgumentException("The invented text never names " + name);
		}
		return at;
	}

}
