package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.bank.BankQuestion;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A year that dates a yearly gathering, by its possessive ("next year's contest") or
 * before the gathering's name after a word of time ("during the 1987 Carnival"), is asked
 * as a cloze on the sentence's own words.
 */
class EventDatesAskedTest {

	private static List<BankQuestion> questions(String text) {
		SourceDocument source = DatedDocuments.withDates("Acme", "2015-03-09", text);
		return QuestionGenerator.generate(List.of(source)).stream().filter(q -> q.type().equals("date")).toList();
	}

	@Test
	void a_possessive_year_over_a_yearly_gathering_is_asked_as_a_cloze() {
		assertThat(questions("Acme contest ends\n\nMonday, 9 March 2015\n\n"
				+ "Next year's festival is planned to take place in Ruritania City.\n"))
			.extracting(BankQuestion::prompt)
			.contains("Fill in the date: _____ festival is planned to take place in Ruritania City.");
	}

	@Test
	void a_year_before_a_named_event_after_a_word_of_time_is_asked() {
		assertThat(questions("Acme pilgrims remembered\n\nMonday, 9 March 2015\n\n"
				+ "Many pilgrims died during the 1987 Carnival, in which 900 people were crushed near the gate.\n"))
			.extracting(BankQuestion::prompt)
			.anyMatch(p -> p.contains("during the _____ Carnival"));
	}

	@Test
	void a_date_set_apart_by_dashes_leaves_no_dash_in_its_question() {
		assertThat(questions("Acme hall opens\n\nMonday, 9 March 2015\n\n"
				+ "Jane Roe opened the new hall on Founders Day - March 3 - this year.\n"))
			.extracting(BankQuestion::prompt)
			.contains("On what date did Jane Roe open the new hall on Founders Day?");
	}

}
