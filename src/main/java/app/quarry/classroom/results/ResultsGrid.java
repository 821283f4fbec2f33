package app.quarry.classroom.results;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The results of one assignment: students × questions. A student without a submitted
 * attempt has a row with no scores, so the teacher sees who is missing; averages and item
 * analysis count submitted rows only, an unanswered question in a submitted attempt
 * scoring 0.
 *
 * @param questions column labels, one per question in assignment order
 * @param rows one per enrolled student
 */
public record ResultsGrid(List<String> questions, List<Row> rows) {

	public ResultsGrid {
		questions = List.copyOf(questions);
		rows = List.copyOf(rows);
		for (Row row : rows) {
			if (row.scores().size() != questions.size()) {
				throw new IllegalArgumentException(row.student() + " has " + row.scores().size() + " scores for "
						+ questions.size() + " questions");
			}
		}
	}

	/**
	 * One student's line.
	 *
	 * @param studentId the student's user id
	 * @param student the name shown
	 * @param scores per question 0..1, null where not answered
	 * @param timeTaken from start to submission, null when not submitted
	 * @param submitted whether the student handed in an attempt
	 */
	public record Row(long studentId, String student, List<@Nullable Double> scores, @Nullable Duration timeTaken,
			boolean submitted) {

		public Row {
			scores = new ArrayList<>(scores); // List.copyOf refuses nulls
		}

		public double total() {
			return this.scores.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).sum();
		}

		/** Total as a share of the questions this student was given, 0..1. */
		public double fraction() {
			long given = this.scores.stream().filter(Objects::nonNull).count();
			return (given == 0) ? 0 : total() / given;
		}

	}

	public List<Row> submittedRows() {
		return this.rows.stream().filter(Row::submitted).toList();
	}

	/** Mean score on one question over submitted attempts. */
	public OptionalDouble questionAverage(int question) {
		return submittedRows().stream()
			.map(row -> row.scores().get(question))
			.filter(Objects::nonNull)
			.mapToDouble(Double::doubleValue)
			.average();
	}

	/** Mean total as a share of the questions, over submitted attempts. */
	public OptionalDouble averageFraction() {
		return submittedRows().stream().mapToDouble(Row::fraction).average();
	}

	public @Nullable Duration averageTimeTaken() {
		List<Duration> times = submittedRows().stream().map(Row::timeTaken).filter(Objects::nonNull).toList();
		if (times.isEmpty()) {
			return null;
		}
		long millis = times.stream().mapToLong(Duration::toMillis).sum() / times.size();
		return Duration.ofMillis(millis);
	}

	/** Scores of submitted attempts, NaN where not given, for {@link ItemAnalysis}. */
	public double[][] submittedScores() {
		List<Row> submitted = submittedRows();
		double[][] matrix = new double[submitted.size()][this.questions.size()];
		for (int s = 0; s < submitted.size(); s++) {
			for (int q = 0; q < this.questions.size(); q++) {
				Double score = submitted.get(s).scores().get(q);
				matrix[s][q] = (score != null) ? score : Double.NaN;
			}
		}
		return matrix;
	}

	public List<ItemStatistics> itemAnalysis() {
		return ItemAnalysis.of(submittedScores(), this.questions.size());
	}

}
