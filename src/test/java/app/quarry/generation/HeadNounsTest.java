package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.bank.BankQuestion;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The noun after a year is found past the name that qualifies it, so "his 1994 Acme 400
 * win" dates a win of his; a name alone after the year stays a name.
 */
class HeadNounsTest {

	@Test
	void the_noun_past_a_name_after_a_year_is_its_head() {
		assertThat(HeadNouns.after(" Acme 400 win; the mayor spoke.")).isEqualTo("win");
		assertThat(HeadNouns.after(" Roe Cup victory over Acme")).isEqualTo("victory");
		assertThat(HeadNouns.after(" Ruritanian Open title")).isEqualTo("title");
		assertThat(HeadNouns.after(" debut album")).isEqualTo("debut");
	}

	@Test
	void a_name_alone_or_closed_by_punctuation_keeps_its_first_word() {
		assertThat(HeadNouns.after(" Acme Expo, which drew crowds")).isEqualTo("acme");
		assertThat(HeadNouns.after(" Acme Expo")).isEqualTo("acme");
		assertThat(HeadNouns.after(" Jane Roe Trophy Cup Board Meeting win")).isEqualTo("jane");
	}

	@Test
	void a_year_before_a_named_event_of_its_owner_is_asked() {
		assertThat(answers("The title came on the tenth anniversary of her 2004 Acme Open win, her coach said."))
			.contains("2004");
		assertThat(answers("Roe's goal came twenty years after his 1999 Ruritania Cup victory over Acme."))
			.contains("1999");
	}

	private static List<String> answers(String text) {
		return dateQuestions(text).stream().map(BankQuestion::answer).toList();
	}

	/** The date questions generated from one sentence of a story dated April 18, 2014. */
	static List<BankQuestion> dateQuestions(String text) {
		String doc = "Acme report\n\nApril 18, 2014\n\n" + text + "\n";
		SourceDocument source = DatedDocuments.withDates("Acme report", "2014-04-18", doc);
		return QuestionGenerator.generate(List.of(source)).stream().filter(q -> q.type().equals("date")).toList();
	}

}
