package app.quarry.classroom.results;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Grades of one assignment as CSV (RFC 4180, UTF-8, CRLF): one line per student, named by
 * login (unique, what a grade book matches on) and display name, with each question's
 * score (0..1, empty when not answered), the total and the percentage under the
 * assignment's grading policy, the time taken in whole seconds and the attempts counted;
 * students who did not submit have empty score cells.
 */
public final class GradesCsv {

	private GradesCsv() {
	}

	public static String of(ResultsGrid grid) {
		StringBuilder csv = new StringBuilder();
		List<String> header = new ArrayList<>();
		header.add("Login");
		header.add("Student");
		grid.questions().forEach(label -> header.add(CsvRow.text(label)));
		header.addAll(List.of("Total", "Percent", "Time taken (s)", "Attempts", "Submitted"));
		csv.append(CsvRow.of(header));
		for (ResultsGrid.Row row : grid.rows()) {
			List<String> fields = new ArrayList<>();
			fields.add(CsvRow.text(row.login()));
			fields.add(CsvRow.text(row.student()));
			for (Double score : row.scores()) {
				fields.add((score != null) ? number(score) : "");
			}
			fields.add(row.submitted() ? number(row.total()) : "");
			fields.add(row.submitted() ? number(100 * row.fraction()) : "");
			Duration time = row.timeTaken();
			fields.add((time != null) ? Long.toString(time.toSeconds()) : "");
			fields.add(Integer.toString(row.attempts()));
			fields.add(row.submitted() ? "yes" : "no");
			csv.append(CsvRow.of(fields));
		}
		return csv.toString();
	}

	/** Up to two decimals, dot separator whatever the locale, no trailing zeros. */
	static String number(double value) {
		String text = String.format(Locale.ROOT, "%.2f", value);
		return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
	}

}
