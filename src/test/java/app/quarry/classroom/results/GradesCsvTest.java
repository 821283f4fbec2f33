package app.quarry.classroom.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradesCsvTest {

	private final ResultsGrid grid = new ResultsGrid(List.of("Q1", "Q2, dates", "Q3"),
			List.of(new ResultsGrid.Row(1, "Ada Lovelace", List.of(1.0, 0.0, 1.0), Duration.ofSeconds(125), true),
					new ResultsGrid.Row(2, "=HYPERLINK(\"http://x\")", List.of(1.0, 1.0, 0.5), Duration.ofSeconds(61),
							true),
					new ResultsGrid.Row(3, "Bo \"Tiny\" Lee", Arrays.asList(null, null, null), null, false)));

	@Test
	void grades_csv_has_a_line_per_student_with_crlf_and_quoted_fields() {
		assertThat(GradesCsv.of(this.grid)).isEqualTo("""
				Student,Q1,"Q2, dates",Q3,Total,Percent,Time taken (s),Submitted\r
				Ada Lovelace,1,0,1,2,66.67,125,yes\r
				"'=HYPERLINK(""http://x"")",1,1,0.5,2.5,83.33,61,yes\r
				"Bo ""Tiny"" Lee",,,,,,,no\r
				""");
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
