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
	 * @param login the student's login, which tells apart two students of the same name
	 * @param student the name shown
	 * @param scores per question 0..1, null where not answered
	 * @param timeTaken from start to submission, null when not submitted
	 * @param submitted whether the student handed in an attempt
	 * @param attempts how many closed attempts the grade counts
	 * @param grade the grade under the assignment's grading policy, 0..1, or null to take
	 * the mean of the scores
	 */
	public record Row(long studentId, String login, String student, List<@Nullable Double> scores,
			@Nullable Duration timeTaken, boolean submitted, int attempts, @Nullable Double grade) {

		public Row {
			scores = new ArrayList<>(scores); // List.copyOf refuses nulls
		}

		/** A student with at most one attempt, graded by the mean of the scores. */
		public Row(long studentId, String student, List<@Nullable Double> scores, @Nullable Duration timeTaken,
				boolean submitted) {
			this(studentId, "", student, scores, timeTaken, submitted, submitted ? 1 : 0, null);
		}

		/** The grade in marks: the grade times the questions given. */
		public double total() {
			double sum = this.scores.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).sum();
			return (this.grade == null) ? sum : this.grade * given();
		}

		/** The grade as a share of the questions this student was given, 0..1. */
		public double fraction() {
			if (this.grade != null) {
				return this.grade;
			}
			long given = given();
			return (given == 0) ? 0 : total() / given;
		}

		private long given() {
			return this.scores.stream().filter(Objects::nonNull).count();
		}

		Row withScores(List<@Nullable Double> kept) {
			return new Row(this.studentId, this.login, this.student, kept, this.timeTaken, this.submitted,
					this.attempts, this.grade);
		}

	}

	/**
	 * With questions drawn per student, a pool question nobody was given has no results:
	 * its column is left out (all columns stay while nobody has submitted).
	 */
	public ResultsGrid givenColumnsOnly() {
		List<Integer> given = new ArrayList<>();
		for (int q = 0; q < this.questions.size(); q++) {
			int column = q;
			if (this.rows.stream().anyMatch(row -> row.scores().get(column) != null)) {
				given.add(q);
			}
		}
		if (given.isEmpty() || given.size() == this.questions.size()) {
			return this;
		}
		List<Row> kept = this.rows.stream()
			.map(row -> row.withScores(given.stream().map(q -> row.scores().get(q)).toList()))
			.toList();
		return new ResultsGrid(given.stream().map(this.questions::get).toList(), kept);
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
