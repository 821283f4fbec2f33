package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.quarry.bank.BankQuestion;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportedPeriodClozesTest {

	/** The date questions of a report written on {@code day}, after its title line. */
	private static List<BankQuestion> questions(String day, String body) {
		String text = "Results\n\n" + body + "\n";
		SourceDocument source = DatedDocuments.withDates("Results", day, text);
		return QuestionGenerator.generate(List.of(source)).stream().filter(q -> q.type().equals("date")).toList();
	}

	private static List<BankQuestion> clozes(String day, String body) {
		return questions(day, body).stream().filter(q -> q.format().equals("cloze")).toList();
	}

	@Test
	void a_numbered_quarter_is_asked_as_a_cloze_on_its_own_words() {
		assertThat(questions("2014-10-28",
				"The bakery set aside $15 million for bad debts "
						+ "in the third quarter.\nThe mill reported a third-quarter loss of $8.2 million."))
			.extracting(BankQuestion::format, BankQuestion::prompt, BankQuestion::answer, BankQuestion::value)
			.containsExactlyInAnyOrder(
					tuple("cloze", "Fill in the date: The bakery set aside $15 million for bad debts in _____.",
							"the third quarter", "2014-07/2014-09"),
					tuple("cloze", "Fill in the date: The mill reported a _____ loss of $8.2 million.", "third-quarter",
							"2014-07/2014-09"));
	}

	@Test
	void the_same_period_a_year_back_beside_a_figure_is_that_quarter_a_year_before() {
		assertThat(clozes("2014-10-28",
				"The bakery's bread sales for the third quarter slipped to $41.3 million from $58.9 million a year ago.\n"
						+ "In the year-earlier period, the bakery earned $212 million."))
			.extracting(BankQuestion::answer, BankQuestion::value)
			.contains(tuple("a year ago", "2013-07/2013-09"), tuple("the year-earlier period", "2013-07/2013-09"));
	}

	@Test
	void a_year_back_without_a_figure_is_no_period_of_the_report() {
		assertThat(questions("2014-10-28", "Third-quarter sales of the bakery rose. Its ovens were older a year ago."))
			.extracting(BankQuestion::answer)
			.doesNotContain("a year ago");
	}

	@Test
	void the_nine_months_are_january_to_september_and_a_year_earlier_those_months_a_year_back() {
		assertThat(clozes("2014-10-28",
				"The bakery's third-quarter profit rose 8% to $4 million.\nFor the nine months, it earned $12 million, "
						+ "down 61% from $31 million a year earlier.\nA land sale added $4.1 million "
						+ "in the year-earlier nine months.\nIt lost $6 million through the first nine months."))
			.extracting(BankQuestion::answer, BankQuestion::value)
			.contains(tuple("the nine months", "2014-01/2014-09"), tuple("a year earlier", "2013-01/2013-09"),
					tuple("the year-earlier nine months", "2013-01/2013-09"),
					tuple("the first nine months", "2014-01/2014-09"));
	}

	@Test
	void nine_months_with_no_quarter_named_to_end_them_are_only_a_duration() {
		assertThat(questions("2014-10-28", "The strike lasted nine months and cost the bakery $12 million."))
			.extracting(BankQuestion::value)
			.noneMatch(v -> v.contains("/"));
	}

	@Test
	void the_latest_period_names_nothing_to_recall_and_is_not_asked() {
		assertThat(questions("2014-10-28",
				"The bakery's third-quarter profit rose 8%.\nBread sales in the latest period reached $1.2 billion."))
			.extracting(BankQuestion::answer)
			.doesNotContain("the latest period");
	}

	@Test
	void a_company_whose_fiscal_year_ends_in_september_reports_its_fourth_quarter_as_july_to_september() {
		assertThat(clozes("2014-11-04",
				"The miller's fourth-quarter earnings fell 38%.\nIt earned $31.5 million, compared "
						+ "with $50.8 million a year earlier.\nFourth-quarter flour sales rose 9% to $1.2 billion "
						+ "from last year's $1.1 billion.\nThe miller's fiscal year ends Sept. 30."))
			.extracting(BankQuestion::answer, BankQuestion::value)
			.contains(tuple("fourth-quarter", "2014-07/2014-09"), tuple("a year earlier", "2013-07/2013-09"),
					tuple("last year's", "2013-07/2013-09"));
	}

	@Test
	void a_fiscal_year_whose_months_are_not_given_leaves_only_the_year_of_its_quarters() {
		assertThat(clozes("2014-10-28",
				"The miller expects a charge of $5 million for the third quarter.\nIts flour mill sold $40 million "
						+ "of goods in fiscal 2014."))
			.extracting(BankQuestion::answer, BankQuestion::value)
			.contains(tuple("the third quarter", "2014"));
	}

	@Test
	void a_deadline_by_the_end_of_the_year_is_its_last_day() {
		assertThat(clozes("2014-10-28", "The bank aims to sell $400 million of bad loans by the end of the year."))
			.extracting(BankQuestion::value)
			.containsExactly("2014-12-31");
	}

	@Test
	void fiscal_quarters_are_the_calendar_ones_shifted_to_the_year_end_the_text_states() {
		String september = "Its fiscal year ends Sept. 30.";
		assertThat(FiscalQuarters.months("2014-10/2014-12", september)).isEqualTo("2014-07/2014-09");
		assertThat(FiscalQuarters.months("2014-01/2014-03", september)).isEqualTo("2013-10/2013-12");
		assertThat(FiscalQuarters.months("2014-10/2014-12", "For the year ended June 30, it earned $3 million."))
			.isEqualTo("2014-04/2014-06");
		assertThat(FiscalQuarters.months("2014-10/2014-12", "For the year ended Dec. 31, it earned $3 million."))
			.isEqualTo("2014-10/2014-12");
		assertThat(FiscalQuarters.months("2014-10/2014-12", "The fiscal policy of the state was tight."))
			.isEqualTo("2014-10/2014-12");
		assertThat(FiscalQuarters.months("2014-10/2014-12", "Its fiscal year ends Jan. 31.")).isEqualTo("2014");
	}

	@Test
	void a_fourth_quarter_ended_in_september_sets_the_fiscal_year_its_comparisons_follow() {
		List<BankQuestion> clozes = clozes("2014-11-04",
				"The miller said earnings for its fourth quarter ended Sept. 30 fell 50% to $12 million.\n"
						+ "Profit in the same period last year was $24 million.\nYear-earlier sales were $310 million.");
		assertThat(clozes).extracting(BankQuestion::answer, BankQuestion::value)
			.contains(tuple("Sept. 30", "2014-09-30"), tuple("the same period last year", "2013-07/2013-09"),
					tuple("Year-earlier", "2013-07/2013-09"));
		// the quarter told by the day it ended is dated by that day alone
		assertThat(clozes).extracting(BankQuestion::answer).doesNotContain("fourth quarter");
	}

	@Test
	void a_period_told_by_the_day_it_ended_is_not_asked_as_months_of_its_own() {
		// a fiscal first quarter ended in September runs from July, and one ended on a
		// late October Sunday is no calendar quarter: the day it ended is what is told
		List<BankQuestion> clozes = clozes("1989-10-30",
				"The weaver booked a profit of $6.3 million in the first fiscal quarter ended Sept. 27.\n"
						+ "The bakery group will take a charge of $1.8 million for its fiscal fourth quarter ended yesterday.\n"
						+ "The mill earned $3 million for the six months ending Aug. 12.");
		assertThat(clozes).extracting(BankQuestion::answer, BankQuestion::value)
			.contains(tuple("Sept. 27", "1989-09-27"), tuple("yesterday", "1989-10-29"));
		assertThat(clozes).extracting(BankQuestion::answer)
			.doesNotContain("the first fiscal quarter", "fourth quarter", "the six months");
	}

	@Test
	void last_year_on_its_own_is_the_year_beside_a_quarter_too_and_last_years_figure_that_quarter() {
		List<BankQuestion> clozes = clozes("2014-10-28",
				"The tanner said its third-quarter profit will trail the 38 cents a share it posted last year.\n"
						+ "Its rival had a 21.2% share of the market last year.\n"
						+ "Third-quarter revenue reached $7.12 billion, up from last year's $6.85 billion.");
		assertThat(clozes).filteredOn(q -> q.answer().equals("last year"))
			.extracting(BankQuestion::value)
			.containsOnly("2013")
			.hasSize(2);
		assertThat(clozes).extracting(BankQuestion::answer, BankQuestion::value)
			.contains(tuple("last year's", "2013-07/2013-09"));
		// in a report the year is asked only in its own words: a question rewritten
		// around it could tie it to the verb of the saying
		assertThat(questions("2014-10-28",
				"The tanner said its third-quarter profit will trail the $6.2 million it posted last year."))
			.filteredOn(q -> q.answer().equals("2013") || q.answer().equals("last year"))
			.extracting(BankQuestion::format)
			.containsOnly("cloze");
	}

	@Test
	void a_year_back_beside_the_first_half_or_six_months_is_those_months_a_year_before() {
		assertThat(clozes("2014-07-22",
				"The miller said its second-quarter profit rose 14% to $52 million.\nFor the first six months, it "
						+ "earned $98 million, up from $80 million in the year-earlier six months.\nRevenue for the first "
						+ "half climbed to $1.1 billion from $950 million a year ago."))
			.extracting(BankQuestion::answer, BankQuestion::value)
			.contains(tuple("the first six months", "2014-01/2014-06"),
					tuple("the year-earlier six months", "2013-01/2013-06"), tuple("a year ago", "2013-01/2013-06"));
	}

	@Test
	void the_quarters_of_a_game_are_no_periods_of_a_report() {
		assertThat(questions("2014-10-28",
				"The Bulls pulled away in the fourth quarter and won 98-90.\n"
						+ "Ticket sales for the third quarter of the season brought in $2 million."))
			.extracting(BankQuestion::answer)
			.doesNotContain("the fourth quarter");
		assertThat(questions("2014-10-28", "The mayor's plan was unveiled in the third quarter."))
			.extracting(BankQuestion::answer)
			.doesNotContain("the third quarter");
	}

	@Test
	void a_broadcast_saying_its_figures_in_words_still_reports_a_quarter() {
		assertThat(clozes("2014-01-28", "The airline said its profits for the fourth quarter fell by twelve percent."))
			.extracting(BankQuestion::answer, BankQuestion::value)
			.contains(tuple("the fourth quarter", "2013-10/2013-12"));
	}

}
