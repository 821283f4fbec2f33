package app.quarry.classroom.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ItemAnalysisTest {

	// four students; columns: q0 everyone strong got right, q1 discriminates, q2
	// inverted, q3
	// constant
	private static final double[][] SCORES = { { 1, 1, 1, 1 }, { 1, 1, 0, 1 }, { 1, 0, 0, 1 }, { 0, 0, 1, 1 } };

	private final List<ItemStatistics> items = ItemAnalysis.of(SCORES, 4);

	@Test
	void facility_is_the_mean_score_on_the_question() {
		assertThat(this.items).extracting(ItemStatistics::facility).containsExactly(0.75, 0.5, 0.5, 1.0);
	}

	@Test
	void point_biserial_correlates_the_question_with_the_rest_of_the_test() {
		assertThat(this.items.get(0).pointBiserial()).isCloseTo(0.0, within(1e-12));
		assertThat(this.items.get(1).pointBiserial()).isCloseTo(0.5773502692, within(1e-9));
		assertThat(this.items.get(2).pointBiserial()).isCloseTo(-0.3015113446, within(1e-9));
		assertThat(this.items.get(3).pointBiserial()).isNaN();
	}

	@Test
	void upper_lower_index_compares_the_top_and_bottom_27_percent() {
		// 27% of 4 rounds to 1 student per group: the top (row 0) and the bottom (row 3,
		// the later
		// of the two tied on total 2)
		assertThat(this.items).extracting(ItemStatistics::upperLower).containsExactly(1.0, 1.0, 0.0, 0.0);
	}

	@Test
	void negative_and_near_zero_discrimination_are_flagged_for_review() {
		assertThat(this.items).extracting(ItemStatistics::flag)
			.containsExactly(DiscriminationFlag.NEAR_ZERO, DiscriminationFlag.OK, DiscriminationFlag.NEGATIVE,
					DiscriminationFlag.NOT_MEASURABLE);
		assertThat(this.items.stream().filter(item -> item.flag().needsReview()).map(ItemStatistics::question))
			.containsExactly(0, 2);
	}

	@Test
	void flag_thresholds_sit_at_minus_and_plus_one_tenth() {
		assertThat(DiscriminationFlag.of(-0.1)).isEqualTo(DiscriminationFlag.NEGATIVE);
		assertThat(DiscriminationFlag.of(-0.0999)).isEqualTo(DiscriminationFlag.NEAR_ZERO);
		assertThat(DiscriminationFlag.of(0.0999)).isEqualTo(DiscriminationFlag.NEAR_ZERO);
		assertThat(DiscriminationFlag.of(0.1)).isEqualTo(DiscriminationFlag.OK);
	}

	@Test
	void groups_of_27_percent_of_ten_students_hold_three_each() {
		double[][] scores = new double[10][1];
		for (int s = 0; s < 10; s++) {
			scores[s][0] = (s < 4) ? 1 : 0; // rows 0-3 right, the rest wrong
		}
		ItemStatistics item = ItemAnalysis.of(scores, 1).get(0);
		assertThat(item.upperLower()).isEqualTo(1.0);
		assertThat(item.facility()).isEqualTo(0.4);
	}

	@Test
	void questions_a_student_was_not_given_are_left_out_of_that_question_and_that_student() {
		double n = Double.NaN;
		// q1 was drawn for three of the four students
		double[][] scores = { { 1, 1, 1 }, { 1, n, 0 }, { 0, 0, 1 }, { 0, 1, 0 } };
		List<ItemStatistics> drawn = ItemAnalysis.of(scores, 3);
		assertThat(drawn.get(1).facility()).isCloseTo(2.0 / 3, within(1e-12));
		// q1 against the mean of the other two: x = (1, 0, 1), rest = (1, 0.5, 0): no
		// covariance
		assertThat(drawn.get(1).pointBiserial()).isCloseTo(0.0, within(1e-12));
		// q2 over all four: x = (1, 0, 1, 0), rest = (1, 1, 0, 0.5), the second student's
		// rest over one question
		assertThat(drawn.get(2).pointBiserial()).isCloseTo(-0.3015113446, within(1e-9));
	}

	@Test
	void a_single_student_gives_no_discrimination() {
		ItemStatistics item = ItemAnalysis.of(new double[][] { { 1, 0 } }, 2).get(0);
		assertThat(item.pointBiserial()).isNaN();
		assertThat(item.upperLower()).isNaN();
		assertThat(item.flag()).isEqualTo(DiscriminationFlag.NOT_MEASURABLE);
	}

	@Test
	void a_row_of_the_wrong_length_is_refused_with_its_index() {
		assertThatThrownBy(() -> ItemAnalysis.of(new double[][] { { 1, 0 }, { 1 } }, 2))
			.hasMessage("row 1 has 1 scores, expected 2");
	}

}
