package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.quarry.bank.BankQuestion;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApposedDaysTest {

	/**
	 * The typed date questions of a story written on {@code day}, after its title line.
	 */
	private static List<BankQuestion> typed(String day, String body) {
		String text = "Story\n\n" + body + "\n";
		SourceDocument source = DatedDocuments.withDates("Story", day, text);
		return QuestionGenerator.generate(List.of(source))
			.stream()
			.filter(q -> q.type().equals("date") && q.format().equals("typed"))
			.toList();
	}

	@Test
	void the_event_after_the_day_before_a_day_told_is_asked_as_the_day_after_it() {
		assertThat(typed("1999-05-07",
				"The parcel was last scanned Nov. 16, the day before the clerks issued a refund for the order.\n"
						+ "Rents climbed on Oct. 21, the day before the housing board meeting, and eased for a month.\n"
						+ "The ferry left port on June 4, the day after the storm.\n"
						+ "The rebels struck on Aug. 2, the day before the peace talks."))
			.extracting(BankQuestion::prompt, BankQuestion::value)
			.contains(tuple("On what date did the clerks issue a refund for the order?", "1998-11-17"),
					tuple("On what date was the housing board meeting?", "1998-10-22"),
					tuple("On what date was the storm?", "1999-06-03"),
					tuple("On what date were the peace talks?", "1998-08-03"));
	}

	@Test
	void an_event_whose_words_need_the_sentence_around_them_is_not_asked() {
		// "phoned him", "his election": whom, the question alone would not tell
		assertThat(typed("1999-05-07",
				"The parcel was scanned Nov. 16, the day before the clerks phoned him.\n"
						+ "The mayor spoke on Jan. 8, the day after his election."))
			.extracting(BankQuestion::value)
			.doesNotContain("1998-11-17", "1999-01-07");
	}

	@Test
	void the_day_before_with_no_day_told_just_before_it_is_no_apposition() {
		assertThat(typed("1999-05-07", "The courier arrived on the day before the storm."))
			.extracting(BankQuestion::prompt)
			.noneMatch(p -> p.startsWith("On what date was the storm"));
	}

	@Test
	void the_event_after_a_count_of_days_beside_a_day_told_is_that_many_days_away() {
		assertThat(typed("1999-05-07",
				"The bids were opened on March 3, two days before the board approved the sale.\n"
						+ "The crew landed on Sept. 14, a week after the storm struck the island."))
			.extracting(BankQuestion::prompt, BankQuestion::value)
			.contains(tuple("On what date did the board approve the sale?", "1999-03-05"),
					tuple("On what date did the storm strike the island?", "1998-09-07"));
	}

	@Test
	void a_count_of_days_before_words_that_may_be_a_noun_or_a_clause_asks_nothing_of_them() {
		// "the store opens" could be read as a plural noun: no question guesses which
		assertThat(typed("1999-05-07", "The sale starts on June 2, three days before the store opens."))
			.extracting(BankQuestion::value)
			.doesNotContain("1999-06-05");
	}

	@Test
	void the_day_before_an_event_whose_verb_ends_it_asks_the_clause() {
		assertThat(typed("1999-05-07", "The envoys arrived on April 12, the day before the talks began."))
			.extracting(BankQuestion::prompt, BankQuestion::value)
			.contains(tuple("On what date did the talks begin?", "1999-04-13"));
	}

}
