package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.bank.BankDocument;
import app.quarry.bank.BankQuestion;
import app.quarry.corpus.DocumentText;
import app.quarry.generation.extract.EntityFact;
import app.quarry.generation.extract.Fact;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A broadcast tells news in sentences without a verb ("More heavy gunfire in the Baltic
 * province of Varnia."): what such a sentence says a place is, is asked as in any other
 * sentence; a heading without a full stop is still no statement.
 */
class VerblessReportsTest {

	private static List<BankQuestion> questions(String text, String name, String description) {
		List<Fact> facts = new ArrayList<>();
		int at = text.indexOf(name);
		facts.add(EntityFact.place(name, at, at + name.length(), description));
		return QuestionGenerator
			.generate(List.of(new SourceDocument(new BankDocument("news", "News", "2021-03-02", null, null, "00"), text,
					DocumentText.of(text).sentences(), facts)));
	}

	@Test
	void a_verbless_report_says_what_a_place_is() {
		assertThat(questions("Evening news\n\nMore heavy gunfire in the Baltic province of Varnia.\n", "Varnia",
				"a Baltic province"))
			.extracting(q -> q.format() + ": " + q.prompt())
			.contains("flashcard: What is Varnia?", "typed: Which place is described as a Baltic province?");
	}

	@Test
	void a_heading_without_a_full_stop_is_not_asked() {
		assertThat(questions("Gunfire in the Baltic province of Varnia\n\nThe army fired on the town.\n", "Varnia",
				"a Baltic province"))
			.isEmpty();
	}

	@Test
	void a_short_fragment_is_not_asked() {
		assertThat(Statement.isVerblessReport("Varnia, a province.")).isFalse();
		assertThat(Statement.isVerblessReport("More heavy gunfire in the Baltic province of Varnia.")).isTrue();
	}

}
