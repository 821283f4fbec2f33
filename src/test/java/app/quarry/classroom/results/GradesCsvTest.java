package app.quarry.classroom.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradesCsvTest {

	private final ResultsGrid grid = new ResultsGrid(List.of("Q1", "Q2, dates", "Q3"), List.of(
			new ResultsGrid.Row(1, "ada", "Ada Lovelace", List.of(1.0, 0.0, 1.0), Duration.ofSeconds(125), true, 2,
					null),
			new ResultsGrid.Row(2, "x@example.org", "=HYPERLINK(\"http://x\")", List.of(1.0, 1.0, 0.5),
					Duration.ofSeconds(61), true, 1, null),
			new ResultsGrid.Row(3, "bo", "Bo \"Tiny\" Lee", Arrays.asList(null, null, null), null, false, 0, null)));

	@Test
	void grades_csv_names_each_student_by_login_and_display_name_with_crlf_and_quoted_fields() {
		assertThat(GradesCsv.of(this.grid)).isEqualTo("""
				Login,Student,Q1,"Q2, dates",Q3,Total,Percent,Time taken (s),Attempts,Submitted\r
				ada,Ada Lovelace,1,0,1,2,66.67,125,2,yes\r
				x@example.org,"'=HYPERLINK(""http://x"")",1,1,0.5,2.5,83.33,61,1,yes\r
				bo,"Bo ""Tiny"" Lee",,,,,,,0,no\r
				""");
	}

	@Test
	void a_policy_grade_is_the_percent_and_the_total_in_marks() {
		ResultsGrid averaged = new ResultsGrid(List.of("Q1", "Q2"),
				List.of(new ResultsGrid.Row(1, "cy", "Cy", List.of(0.5, 0.5), Duration.ofSeconds(60), true, 2, 0.5)));
		assertThat(GradesCsv.of(averaged)).endsWith("\r\ncy,Cy,0.5,0.5,1,50,60,2,yes\r\n");
	}

	@Test
	void every_formula_prefix_is_neutralised() {
		assertThat(List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "plain")).map(CsvRow::text)
			.containsExactly("'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", "plain");
	}

	@Test
	void line_breaks_inside_a_field_are_quoted() {
		assertThat(CsvRow.of(List.of("a\nb", "c"))).isEqualTo("\"a\nb\",c\r\n");
	}

	@Test
	void averages_count_submitted_attempts_only() {
		assertThat(this.grid.questionAverage(2).getAsDouble()).isEqualTo(0.75);
		assertThat(this.grid.averageFraction().getAsDouble()).isEqualTo((2.0 / 3 + 2.5 / 3) / 2);
		assertThat(this.grid.averageTimeTaken()).isEqualTo(Duration.ofSeconds(93));
		assertThat(this.grid.submittedScores()).isDeepEqualTo(new double[][] { { 1, 0, 1 }, { 1, 1, 0.5 } });
	}

}
