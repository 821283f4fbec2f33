package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.quarry.bank.BankQuestion;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A relative date inside a quotation speaks from the day the words were said: asked when
 * that day is the story's own, left alone when the story may quote words said another
 * day.
 */
class UnsureRelativeDatesTest {

	private static SourceDocument source(String body) {
		String text = "Town news\n\nApril 18, 2014\n\n" + body + "\n";
		return DatedDocuments.withDates("Town news", "2014-04-18", text);
	}

	private static List<BankQuestion> clozes(String body) {
		return QuestionGenerator.generate(List.of(source(body)))
			.stream()
			.filter(q -> q.type().equals("date") && q.format().equals("cloze"))
			.toList();
	}

	@Test
	void a_year_a_speaker_names_in_a_dated_story_is_that_year() {
		assertThat(clozes("\"Our ferry will carry fewer cars this year,\" the harbour master said."))
			.extracting(BankQuestion::value)
			.containsExactly("2014");
	}

	@Test
	void a_day_a_speaker_names_in_a_story_told_from_its_date_line_counts_from_that_line() {
		assertThat(clozes("\"We will be back tomorrow to sign the lease,\" the tenants' lawyer said."))
			.extracting(BankQuestion::value)
			.containsExactly("2014-04-19");
	}

	@Test
	void a_day_a_speaker_names_in_a_story_whose_lead_tells_of_yesterday_is_the_lead_s_day() {
		// the words were said on the day of the vote, a day before the date line
		assertThat(clozes("The council voted yesterday to close the old pool.\n"
				+ "\"Today the town lost its summer,\" the mayor said after the vote."))
			.extracting(BankQuestion::answer, BankQuestion::value)
			.containsExactlyInAnyOrder(tuple("yesterday", "2014-04-17"), tuple("Today", "2014-04-17"));
	}

	@Test
	void a_day_a_speaker_names_in_a_story_of_yesterday_told_after_its_lead_is_not_asked() {
		// the lead tells of no day: when the words were said is not sure
		assertThat(clozes("The council has closed the old pool. Swimmers were angry. Staff were moved.\n"
				+ "The council voted on it yesterday.\n"
				+ "\"Today the town lost its summer,\" the mayor said after the vote."))
			.extracting(BankQuestion::answer)
			.containsExactly("yesterday");
	}

	@Test
	void a_quotation_said_at_another_time_the_sentence_names_is_not_asked() {
		assertThat(clozes("In 1962 the governor said: \"This year we will build the bridge.\""))
			.extracting(BankQuestion::answer)
			.doesNotContain("This year");
	}

	@Test
	void a_place_in_a_run_or_a_record_is_not_asked() {
		assertThat(QuestionGenerator.generate(List.of(source("Trading was halted for a second consecutive day.\n"
				+ "It is the eighth day of the dock strike.\nThe index had its best week since November."))))
			.filteredOn(q -> q.type().equals("date"))
			.extracting(BankQuestion::answer)
			.noneMatch(a -> a.matches("(?i).*\\b(?:day|week)"));
	}

	@Test
	void the_world_of_tomorrow_is_no_day() {
		assertThat(clozes("The fair showed visitors the kitchens of tomorrow and the cars of the past."))
			.extracting(BankQuestion::answer)
			.doesNotContain("tomorrow");
	}

	@Test
	void days_counted_from_an_event_are_not_counted_from_the_date_line() {
		assertThat(clozes("A neighbour saw the van ten days before the robbery.\n"
				+ "The mayor resigned the day after the vote, and left town three weeks after his defeat."))
			.isEmpty();
	}

	@Test
	void a_day_counted_from_an_event_the_story_dates_just_before_is_asked() {
		assertThat(clozes("The brewer announced the merger on Wednesday.\n"
				+ "A day before the announcement, its chairman sold his shares."))
			.extracting(BankQuestion::value)
			.contains("2014-04-15");
	}

	@Test
	void days_counted_back_from_the_story_are_still_asked() {
		assertThat(clozes("The mayor resigned two days ago, and the council met the day before."))
			.extracting(BankQuestion::answer)
			.isNotEmpty();
	}

	@Test
	void more_than_years_ago_is_a_bound_not_a_year() {
		assertThat(clozes("The mill, built more than two decades ago, closed; its owner arrived four years ago."))
			.extracting(BankQuestion::answer)
			.containsExactly("four years ago");
	}

	@Test
	void a_month_a_speaker_names_on_a_weekday_of_the_date_line_month_is_that_month() {
		// dated Friday 2014-04-18: "Tuesday" is April 15, whose month is the date line's
		assertThat(clozes("\"The board will meet later this month,\" the mayor said on Tuesday."))
			.extracting(BankQuestion::value)
			.contains("2014-04", "2014-04-15");
	}

	@Test
	void a_month_a_speaker_names_on_a_weekday_of_another_month_is_not_asked() {
		// dated 2014-04-18; "last Monday" said "next month" could mean April or May
		assertThat(UnsureRelativeDates.sameFromTheDaySaid(
				new app.quarry.generation.extract.DateFact("next month", 0, 10, "2014-05", true), "2014-03-31"))
			.isFalse();
		assertThat(UnsureRelativeDates.sameFromTheDaySaid(
				new app.quarry.generation.extract.DateFact("next month", 0, 10, "2014-05", true), "2014-04-14"))
			.isTrue();
	}

	@Test
	void the_day_or_week_next_to_an_event_the_story_dated_is_asked() {
		assertThat(clozes("The ferry strike began on March 3, 2014, in the harbour.\n"
				+ "Buses ran all night the day before the strike.\n"
				+ "Talks resumed the week after the strike, the union said."))
			.extracting(BankQuestion::answer, BankQuestion::value)
			.contains(org.assertj.core.groups.Tuple.tuple("the day", "2014-03-02"),
					org.assertj.core.groups.Tuple.tuple("the week", "2014-03-10/2014-03-16"));
	}

	@Test
	void the_day_next_to_an_event_the_story_never_dated_is_not_asked() {
		// the last day told is the vote's, not the strike's
		assertThat(clozes("The council voted on March 3, 2014, to sell the ferry.\n"
				+ "Buses ran all night the day before the strike.\n"
				+ "Talks resumed the week after the strike, the union said."))
			.extracting(BankQuestion::answer)
			.doesNotContain("the day", "the week");
	}

	@Test
	void a_week_or_day_a_speaker_names_counts_the_same_from_a_weekday_said_only_when_it_is_the_same() {
		// dated Friday 2014-04-18: "next week" from Tuesday April 15 is April 21 to 27
		assertThat(clozes("\"The water will recede by next week,\" the minister told reporters here Tuesday."))
			.extracting(BankQuestion::value)
			.contains("2014-04-21/2014-04-27");
		// "tomorrow" said on Tuesday is not the date line's tomorrow but Tuesday's
		assertThat(clozes("\"We will open two more camps tomorrow,\" the minister said here Tuesday."))
			.extracting(BankQuestion::answer, BankQuestion::value)
			.doesNotContain(org.assertj.core.groups.Tuple.tuple("tomorrow", "2014-04-19"));
	}

	@Test
	void days_counted_from_an_event_count_from_its_own_day_not_from_each_other() {
		assertThat(clozes(
				"The ferry strike began on March 3, 2014.\n" + "Two days before the strike, the union met the owners.\n"
						+ "Talks resumed three days after the strike."))
			.extracting(BankQuestion::answer, BankQuestion::value)
			.contains(org.assertj.core.groups.Tuple.tuple("Two days before", "2014-03-01"),
					org.assertj.core.groups.Tuple.tuple("three days after", "2014-03-06"));
	}

	@Test
	void a_bound_just_past_years_ago_leaves_the_year_counted_back() {
		assertThat(clozes("The mayor, elected little more than a year ago, resigned.")).extracting(BankQuestion::value)
			.containsExactly("2013");
		assertThat(clozes("Just over five years ago, the mill closed.")).extracting(BankQuestion::value)
			.containsExactly("2009");
	}

}
