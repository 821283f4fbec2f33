package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.bank.BankDocument;
import app.quarry.bank.BankQuestion;
import app.quarry.corpus.DocumentText;
import app.quarry.generation.extract.Fact;
import app.quarry.generation.extract.people.PersonExtractor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A broadcast sign-off ("Nora Vale, ABC News, Hong Kong.") has no verb and is no
 * statement, yet it says who the reporter is: that is asked; a distractor is never
 * another reporter for the same outlet.
 */
class SignOffQuestionsTest {

	private static List<BankQuestion> questions(String text) {
		DocumentText document = DocumentText.of(text);
		List<Fact> facts = new ArrayList<>(new PersonExtractor().find(document, null));
		return QuestionGenerator
			.generate(List.of(new SourceDocument(new BankDocument("t", "T", "2024-01-01", null, null, "00"), text,
					document.sentences(), facts)));
	}

	@Test
	void a_verbless_sign_off_asks_who_the_reporter_is() {
		assertThat(questions("Prices fell for a third week. Nora Vale, ABC News, Hong Kong.").stream()
			.map(q -> q.format() + ": " + q.prompt() + " = " + q.answer()))
			.contains("flashcard: Who is Nora Vale? = reporter for ABC News in Hong Kong",
					"typed: Who is described as the reporter for ABC News in Hong Kong? = Nora Vale");
	}

	@Test
	void no_other_reporter_for_the_same_outlet_is_offered_as_a_distractor() {
		String text = """
				Ivo Brand, CNN, the foreign ministry.
				Nora Vale, CNN, Atlanta.
				Senator Ann Cole opened the hearing.
				Analyst Rosa Lind said the figures were sound.
				Port director Ida Moss welcomed the ruling.
				""";
		BankQuestion choice = questions(text).stream()
			.filter(q -> q.format().equals("multiple_choice") && q.answer().equals("Nora Vale"))
			.findFirst()
			.orElseThrow();
		assertThat(choice.options()).contains("Nora Vale").doesNotContain("Ivo Brand");
	}

}
