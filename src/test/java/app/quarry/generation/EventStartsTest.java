package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.bank.BankQuestion;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The day an event has reached, or its eve, told on the day of the report, says when the
 * event began: that day is asked, never the report's day in a blank.
 */
class EventStartsTest {

	private static List<BankQuestion> dates(String body) {
		String text = "Town news\n\nApril 18, 2014\n\n" + body + "\n";
		SourceDocument source = DatedDocuments.withDates("Town news", "2014-04-18", text);
		return QuestionGenerator.generate(List.of(source))
			.stream()
			.filter(q -> q.type().equals("date") && !q.prompt().contains("“Town news”"))
			.toList();
	}

	@Test
	void the_day_an_offensive_has_reached_gives_the_day_it_began() {
		assertThat(dates("It's the second day of an offensive by the army against villages in the hills."))
			.extracting(BankQuestion::prompt, BankQuestion::value)
			.contains(org.assertj.core.groups.Tuple.tuple(
					"On what date did the offensive by the army against villages in the hills begin?", "2014-04-17"));
	}

	@Test
	void day_three_of_talks_counts_back_two_days() {
		assertThat(dates("Today is day three of the talks between the two parties, and no deal is in sight."))
			.filteredOn(q -> q.prompt().startsWith("On what date did"))
			.extracting(BankQuestion::prompt, BankQuestion::value)
			.containsOnly(org.assertj.core.groups.Tuple
				.tuple("On what date did the talks between the two parties begin?", "2014-04-16"));
	}

	@Test
	void an_event_told_before_the_day_it_has_reached_began_that_many_days_back() {
		assertThat(dates("The strike by mill workers, now in its third day, has closed three plants.\n"
				+ "The siege of the northern town entered its fifth day, and food is running short."))
			.extracting(BankQuestion::prompt, BankQuestion::value)
			.contains(
					org.assertj.core.groups.Tuple.tuple("On what date did the strike by mill workers begin?",
							"2014-04-16"),
					org.assertj.core.groups.Tuple.tuple("On what date did the siege of the northern town begin?",
							"2014-04-14"));
	}

	@Test
	void a_week_an_event_has_reached_gives_no_day_it_began() {
		assertThat(dates("The talks entered their second week with no deal in sight."))
			.noneMatch(q -> q.prompt().contains("begin?"));
	}

	@Test
	void the_eve_of_a_visit_gives_the_next_day() {
		assertThat(dates("Well, this is the eve of the president's visit to one of the last strongholds of the rebels,"
				+ " and it is already causing great excitement."))
			.extracting(BankQuestion::prompt, BankQuestion::value)
			.contains(org.assertj.core.groups.Tuple.tuple(
					"On what date was the president's visit to one of the last strongholds of the rebels due to begin?",
					"2014-04-19"));
	}

	@Test
	void the_day_an_event_has_reached_is_never_a_blank_nor_a_statement_to_judge() {
		assertThat(dates("It is the fourth day of the strike by bus drivers.\n"
				+ "This is the eve of the vote on the new budget."))
			.extracting(BankQuestion::format)
			.containsOnly("multiple_choice", "typed");
	}

	@Test
	void a_day_of_the_calendar_is_no_event() {
		assertThat(dates("Tuesday is the second day of the week for most workers.\n"
				+ "It is the eve of the vote on Friday, when the polls open."))
			.noneMatch(q -> q.prompt().contains("begin?"));
	}

}
