package app.quarry.classroom.results;

/**
 * Item analysis of one question.
 *
 * @param question index of the question's column in the grid
 * @param facility mean score on the question, 0..1 (share of the marks students got)
 * @param pointBiserial corrected point-biserial correlation between the question's score
 * and the rest of the test (NaN when undefined)
 * @param upperLower mean score of the upper 27% of students (by total) minus that of the
 * lower 27% (NaN with fewer than two students)
 * @param flag what the discrimination says
 */
public record ItemStatistics(int question, double facility, double pointBiserial, double upperLower,
		DiscriminationFlag flag) {
}
