package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.bank.BankDocument;
import app.quarry.bank.BankQuestion;
import app.quarry.corpus.DocumentText;
import app.quarry.generation.extract.DateFact;
import app.quarry.generation.extract.DateFinder;
import app.quarry.generation.extract.ExtractionContext;
import app.quarry.generation.extract.Fact;
import app.quarry.generation.extract.LetterFinder;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateQuestionsTest {

	private static List<BankQuestion> questions(String title, String text) {
		SourceDocument source = DatedDocuments.withDates(title, "2014-04-18", text);
		return QuestionGenerator.generate(List.of(source)).stream().filter(q -> q.type().equals("date")).toList();
	}

	@Test
	void a_text_without_a_title_is_named_by_how_it_begins_when_its_date_line_is_asked() {
		String text = "April 18, 2014\n\nSYDNEY, Australia (AP) _ The harbour bridge opened to traffic again after "
				+ "three years of repairs.\n";
		assertThat(questions("April 18, 2014", text)).extracting(BankQuestion::prompt)
			.contains("What is the date of the text that begins “The harbour bridge opened to traffic again after…”?");
	}

	@Test
	void a_story_that_tells_of_letters_still_has_its_date_line_asked() {
		String text = "Mayor answers the council\n\nApril 18, 2014\n\nThe mayor said in a letter published Thursday "
				+ "that the harbour bridge would reopen.\nHis second letter to the council in two weeks was read aloud on Friday.\n";
		DocumentText document = DocumentText.of(text);
		ExtractionContext context = new ExtractionContext("d", LocalDate.parse("2014-04-18"));
		List<Fact> facts = new ArrayList<>(new DateFinder().find(document, context));
		facts.addAll(new LetterFinder().find(document, context));
		assertThat(facts).anyMatch(f -> f.type().equals("letter"));
		SourceDocument source = new SourceDocument(
				new BankDocument("d", "Mayor answers the council", "2014-04-18", null, null, "00"), text,
				document.sentences(), facts);
		assertThat(QuestionGenerator.generate(List.of(source))).extracting(BankQuestion::prompt)
			.contains("What is the date of “Mayor answers the council”?");
	}

	@Test
	void a_text_without_a_title_or_words_after_its_date_asks_nothing_of_its_date_line() {
		assertThat(questions("April 18, 2014", "April 18, 2014\n\n12 34 56\n")).extracting(BankQuestion::prompt)
			.noneMatch(p -> p.startsWith("What is the date of"));
	}

	@Test
	void the_period_a_quarterly_report_compares_with_is_asked_only_as_a_cloze() {
		assertThat(questions("Results",
				"Results\n\nNet rose to $9 million in the third quarter from $7 million "
						+ "a year earlier.\nThe plant opened a year ago.\n"))
			.filteredOn(q -> q.answer().equals("a year earlier"))
			.extracting(BankQuestion::format)
			.containsExactly("cloze");
		assertThat(ReportBaselines.is(new DateFact("a year earlier", 0, 14, "2013-07/2013-09", true))).isTrue();
		assertThat(ReportBaselines.is(new DateFact("a year ago", 0, 10, "2013-04", true))).isFalse();
	}

	@Test
	void a_year_before_a_named_event_is_asked() {
		assertThat(questions("Swimming", "Swimming\n\nShe swam badly during the 2012 London Olympics.\n"))
			.extracting(BankQuestion::answer)
			.contains("2012");
	}

	@Test
	void a_year_before_a_winners_title_dates_the_contest_won() {
		assertThat(questions("Hearing",
				"Hearing\n\nMarlow, the 1996 Olympic 400m champion, faces a disciplinary panel.\n"
						+ "Deane, the 2001 world 10,000m silver medallist, was cleared.\n"))
			.filteredOn(q -> q.format().equals("cloze"))
			.extracting(BankQuestion::answer)
			.contains("1996", "2001");
	}

	@Test
	void a_date_line_under_a_title_holding_the_date_is_not_asked_by_its_title() {
		assertThat(questions("News briefs: April 18, 2014",
				"News briefs: April 18, 2014\n\nApril 18, 2014\n\nThe bridge opened to traffic after three years.\n"))
			.extracting(BankQuestion::prompt)
			.noneMatch(p -> p.startsWith("What is the date of"));
	}

	@Test
	void a_life_span_after_circa_stays_in_its_sentence() {
		assertThat(questions("Odaenathus",
				"Odaenathus\n\nSeptimius Odaenathus (c. 220 – 267) was the founder king of the Palmyrene Kingdom.\n"))
			.extracting(BankQuestion::answer)
			.isNotEmpty();
	}

	@Test
	void the_day_a_report_is_about_is_no_question_on_its_own() {
		assertThat(questions("Markets", "Markets\n\nThe index fell on Monday. It rose again to end the day at 9505.\n"))
			.extracting(BankQuestion::answer)
			.doesNotContain("the day");
	}

	@Test
	void the_quarter_a_report_is_about_is_no_question_unless_numbered_or_compared_with() {
		assertThat(questions("Results",
				"Results\n\nThird-quarter profit rose 9%. In the latest quarter, sales fell from last year. "
						+ "Costs peaked in the second quarter of 2012. The year-earlier results were restated. "
						+ "Sales were up from the year-ago period.\n"))
			.extracting(BankQuestion::answer)
			.doesNotContain("the latest quarter", "The year-earlier", "the year-ago period")
			.contains("Third-quarter", "the second quarter of 2012");
	}

	@Test
	void a_numbered_quarter_of_a_report_is_asked_with_the_months_its_year_gives_it() {
		List<BankQuestion> clozes = questions("Results",
				"Results\n\nThe ferry line also announced a nine percent drop in profits for the first quarter.\n"
						+ "The bakery chain's profit fell in the fiscal first quarter.\n"
						+ "The mill lost $2 million in the third quarter ended Nov. 30.\n")
			.stream()
			.filter(q -> q.format().equals("cloze"))
			.toList();
		assertThat(clozes).extracting(BankQuestion::answer).containsOnlyOnce("the first quarter");
		// a fiscal quarter whose months the story never gives is answered by its year
		// alone; one told by the day it ended is dated by that day, blanked on its own
		assertThat(clozes).filteredOn(q -> q.answer().equals("the fiscal first quarter"))
			.extracting(BankQuestion::value)
			.containsOnly("2014");
		assertThat(clozes).extracting(BankQuestion::answer).doesNotContain("the third quarter").contains("Nov. 30");
	}

	@Test
	void the_day_a_period_ended_is_blanked_but_not_asked_as_the_day_of_the_figure() {
		assertThat(questions("Mill", "Mill\n\nThe mill lost $2 million in the third quarter ended Nov. 30.\n"))
			.extracting(BankQuestion::prompt)
			.contains("Fill in the date: The mill lost $2 million in the third quarter ended _____.")
			.noneMatch(p -> p.startsWith("On what date"));
	}

	@Test
	void a_weekday_with_plural_nights_recurs_and_is_no_date_question() {
		assertThat(questions("Ferries",
				"Ferries\n\nBoats will sail on Monday and Tuesday nights from May 30. The first sailed on Friday.\n"))
			.extracting(BankQuestion::answer)
			.doesNotContain("Monday", "Tuesday")
			.contains("Friday");
	}

	@Test
	void a_date_owning_an_event_is_blanked_with_its_possessive() {
		assertThat(questions("Vote", "Vote\n\nThe mayor urged farmers to take part in this year's referendum.\n"))
			.extracting(BankQuestion::prompt, BankQuestion::answer)
			.containsExactly(org.assertj.core.groups.Tuple
				.tuple("Fill in the date: The mayor urged farmers to take part in _____ referendum.", "this year's"));
	}

	@Test
	void a_month_owning_a_blast_or_an_accident_of_the_news_is_blanked_with_its_possessive() {
		assertThat(questions("Depot",
				"Depot\n\nInvestigators say a string of fires in the port and last month's "
						+ "blast at a rural depot might be related.\n"))
			.extracting(BankQuestion::prompt)
			.contains("Fill in the date: Investigators say a string of fires in the port and _____ blast at a rural "
					+ "depot might be related.");
	}

	@Test
	void a_year_owning_a_thing_is_still_no_question() {
		assertThat(questions("Cars", "Cars\n\nThe dealer sold out of this year's model within a week.\n")).isEmpty();
	}

	@Test
	void a_day_dates_whatever_it_owns() {
		assertThat(questions("Price", "Price\n\nThe shares rose 2% since Wednesday's close.\n"))
			.extracting(BankQuestion::prompt, BankQuestion::answer)
			.containsExactly(org.assertj.core.groups.Tuple
				.tuple("Fill in the date: The shares rose 2% since _____ close.", "Wednesday's"));
	}

	@Test
	void a_deadline_by_the_end_of_a_year_is_its_last_day_and_a_written_year_at_its_end_is_the_year() {
		assertThat(questions("Plan", "Plan\n\nThe bakery wants to open ten shops by the end of 2015.\n"))
			.extracting(BankQuestion::value)
			.contains("2015-12-31")
			.doesNotContain("2015-12");
		assertThat(questions("Plan", "Plan\n\nThe bakery had ten shops at the end of 2013.\n"))
			.extracting(BankQuestion::value)
			.containsOnly("2013");
		assertThat(questions("Plan", "Plan\n\nThe ferry line is expected to reopen before the end of 2016.\n"))
			.extracting(BankQuestion::value)
			.containsOnly("2016");
	}

	@Test
	void a_written_year_at_its_start_is_the_year_and_since_its_start_is_its_first_day() {
		assertThat(questions("Plan", "Plan\n\nThe mill reopened at the beginning of 2012.\n"))
			.extracting(BankQuestion::value)
			.containsOnly("2012");
		assertThat(questions("Plan", "Plan\n\nThe index has risen 9% since the start of 2012.\n"))
			.extracting(BankQuestion::value)
			.contains("2012-01-01");
	}

	@Test
	void the_end_of_a_year_told_by_its_place_is_its_december() {
		assertThat(questions("Plan", "Plan\n\nMarch 3, 2014\n\nThe bakery had ten shops at the end of last year.\n"))
			.extracting(BankQuestion::value)
			.contains("2013-12");
	}

	@Test
	void a_year_end_after_by_is_a_deadline_worth_asking() {
		assertThat(questions("Plan", "Plan\n\nThe bakery plans to cut 300 jobs by year end.\n"))
			.extracting(BankQuestion::answer)
			.contains("year end");
	}

	@Test
	void a_quarter_or_half_of_a_year_named_by_its_possessive_is_asked_in_that_year() {
		// dated 2014-04-18
		assertThat(questions("Results", "Results\n\nIn this year's third quarter, the bakery earned $2 million.\n"
				+ "It expects a recovery in next year's first quarter.\n"
				+ "Profits fell in last year's fourth quarter.\nSales should improve in this year's second half.\n"))
			.extracting(BankQuestion::value)
			.contains("2014-07/2014-09", "2015-01/2015-03", "2013-10/2013-12", "2014-07/2014-12");
	}

	@Test
	void a_year_end_after_since_or_at_is_a_point_in_the_year_a_report_is_about() {
		assertThat(questions("Plan", "Plan\n\nThe bakery's shares have risen 12% since year-end.\n"))
			.extracting(BankQuestion::value)
			.contains("2014");
		assertThat(questions("Plan",
				"Plan\n\nThe bakery said fiscal 2013 sales rose. Its debt stood at $4 million at year-end.\n"))
			.filteredOn(q -> q.source().sentence().contains("year-end"))
			.extracting(BankQuestion::value)
			.containsOnly("2013");
	}

	@Test
	void a_year_end_is_never_made_a_false_statement_with_another_year() {
		// "since 2013" would read as another time, not as a false one
		assertThat(questions("Plan", "Plan\n\nThe bakery's shares have risen 12% since year-end.\n"))
			.extracting(BankQuestion::format)
			.doesNotContain("true_false");
	}

	@Test
	void a_question_on_a_year_end_leaves_no_preposition_behind() {
		assertThat(questions("Plan",
				"Plan\n\nThe bakery said fiscal 2013 sales rose. Its debt stood at $4 million at year-end.\n"))
			.extracting(BankQuestion::prompt)
			.noneMatch(p -> p.endsWith(" at?"));
	}

	@Test
	void a_year_before_the_figure_it_measures_is_asked_and_a_year_naming_a_thing_is_not() {
		assertThat(questions("Harvest",
				"Harvest\n\nThe grain crop stayed below the 1996 level, and the ministry cut its 2015 export "
						+ "forecast.\n"))
			.extracting(BankQuestion::answer)
			.contains("1996", "2015");
		assertThat(questions("Software", "Software\n\nMost schools in the county still run the 2005 edition.\n"))
			.isEmpty();
	}

	@Test
	void a_year_before_a_common_noun_dates_that_thing_and_is_asked_only_as_a_cloze() {
		assertThat(questions("Harvest",
				"Harvest\n\nFarmers in the valley still follow the 1996 treaty on water rights.\n"))
			.filteredOn(q -> !q.format().equals("true_false"))
			.extracting(BankQuestion::prompt)
			.containsExactly("Fill in the date: Farmers in the valley still follow the _____ treaty on water rights.");
		assertThat(questions("Famine",
				"Famine\n\nAid workers in the north still recall the country's 1984 food shortage.\n"))
			.filteredOn(q -> !q.format().equals("true_false"))
			.extracting(BankQuestion::answer)
			.containsExactly("1984");
	}

	@Test
	void a_year_before_a_measure_or_a_plural_it_may_count_is_no_date_of_a_thing() {
		assertThat(questions("Athletics", "Athletics\n\nAt the county games she ran the 1500 metres in record time.\n"))
			.isEmpty();
		assertThat(questions("Strike", "Strike\n\nThe 1200 workers at the paper mill walked out at noon.\n")).isEmpty();
	}

	@Test
	void years_joined_before_one_noun_each_date_it() {
		assertThat(questions("Rowing",
				"Rowing\n\nThe 27 year old ran in the 1997 and 1998 Boston marathons before retiring.\n"))
			.filteredOn(q -> q.format().equals("cloze"))
			.extracting(BankQuestion::answer)
			.containsExactlyInAnyOrder("1997", "1998");
	}

	@Test
	void a_year_recalling_a_thing_in_a_sentence_dated_by_its_own_date_is_left_to_that_date() {
		assertThat(questions("Lawsuit",
				"Lawsuit\n\nA suit filed in May 2003 says the brewer broke the 1993 settlement with its rival.\n"))
			.extracting(BankQuestion::answer)
			.doesNotContain("1993");
	}

	@Test
	void a_year_placing_the_period_a_report_measures_over_is_asked() {
		assertThat(questions("Results",
				"Results\n\nThe miller lost money in the third quarter. In the 2012 period, it earned "
						+ "$4 million.\n"))
			.extracting(BankQuestion::prompt)
			.contains("Fill in the date: In the _____ period, it earned $4 million.");
	}

	@Test
	void a_date_that_owns_a_figure_is_blanked_with_its_possessive() {
		assertThat(questions("Harvest",
				"Harvest\n\nApril 18, 2014\n\nThe cooperative sold $4.1 million of wheat, up from last year's "
						+ "$3.6 million.\nIts yield rose above last year's restated 2.9 tonnes per hectare.\n"))
			.extracting(BankQuestion::prompt)
			.contains("Fill in the date: The cooperative sold $4.1 million of wheat, up from _____ $3.6 million.",
					"Fill in the date: Its yield rose above _____ restated 2.9 tonnes per hectare.");
		assertThat(questions("Harvest",
				"Harvest\n\nApril 18, 2014\n\nThis is for today's youth what 40 years of "
						+ "peace were for their parents.\n"))
			.extracting(BankQuestion::answer)
			.doesNotContain("today's");
	}

	@Test
	void a_date_not_written_on_the_calendar_is_not_swapped_for_a_false_statement() {
		String text = "Harbour news\n\nApril 18, 2014\n\nThe ferry returned to the port at the beginning of March. "
				+ "The new pier opened on March 3, 2013. The council met on June 9, 2012.\n";
		List<BankQuestion> trueFalse = questions("Harbour news", text).stream()
			.filter(q -> q.format().equals("true_false"))
			.toList();
		assertThat(trueFalse).noneMatch(q -> q.prompt().contains("ferry"));
		assertThat(trueFalse).anyMatch(q -> q.prompt().contains("pier") || q.prompt().contains("council"));
	}

	@Test
	void a_false_statement_puts_no_date_of_its_own_sentence_in_the_answers_place() {
		String text = "Harbour news\n\nApril 18, 2014\n\nAfter the May 24 announcement, the regatta was held on June 12. "
				+ "The pier opened on March 3.\n";
		assertThat(questions("Harbour news", text)).filteredOn(q -> q.format().equals("true_false"))
			.noneMatch(q -> q.prompt().contains("held on May 24"));
	}

	@Test
	void an_article_before_a_date_blank_does_not_tell_how_the_date_sounds() {
		String text = "Harbour news\n\nApril 18, 2014\n\nThe council still follows an 1887 law on bridges. "
				+ "The mayor read an August 2009 report to the council. She gave an April 3, 2013 speech in the port.\n";
		assertThat(questions("Harbour news", text)).extracting(BankQuestion::prompt)
			.anyMatch(p -> p.contains("a(n) _____"))
			.noneMatch(p -> p.contains("an _____"));
	}

	@Test
	void a_year_end_still_to_come_is_never_a_past_year_named_just_before() {
		// dated 2014-04-18
		assertThat(questions("Plan",
				"Plan\n\nIts shares closed at $40 at the end of 2013.\nThe bakery will close a shop before year-end.\n"))
			.filteredOn(q -> q.source().sentence().contains("year-end"))
			.extracting(BankQuestion::value)
			.containsOnly("2014");
	}

	@Test
	void the_first_or_last_months_of_a_year_are_asked_as_those_months() {
		assertThat(questions("Jobs",
				"Jobs\n\nThe bakery hired 40 people a month after averaging 12 for the first nine months of 2013.\n"))
			.extracting(BankQuestion::format, BankQuestion::prompt, BankQuestion::answer, BankQuestion::value)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("cloze",
					"Fill in the date: The bakery hired 40 people a month after averaging 12 for _____.",
					"the first nine months of 2013", "2013-01/2013-09"));
		assertThat(questions("Mill", "Mill\n\nThe mill lost money in the last 4 months of 2012.\n"))
			.extracting(BankQuestion::value)
			.containsExactly("2012-09/2012-12");
	}

	@Test
	void a_year_that_a_clause_after_that_tells_of_is_asked_as_a_cloze() {
		assertThat(questions("Review",
				"Review\n\nA leading trade body said that 2001 was the best ever year for catching forgers.\n"))
			.filteredOn(q -> !q.format().equals("true_false"))
			.extracting(BankQuestion::prompt)
			.containsExactly("Fill in the date: A leading trade body said that _____ was the best ever year for "
					+ "catching forgers.");
	}

}
