package app.quarry.srs.fsrs;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class OptimizerTests {

	@Test
	void the_analytic_gradient_matches_finite_differences_over_a_mixed_history() {
		int[] ratings = { 1, 3, 3, 2, 1, 3, 4, 3, 1, 3 };
		int[] days = { 0, 0, 1, 3, 8, 0, 2, 21, 40, 1 };
		double[] w = Parameters.defaults().toArray();
		w[7] = 0.05; // keep every derivative away from a clamp
		double[] grad = new double[Parameters.COUNT];
		double loss = lossOf(w, ratings, days, grad);
		assertThat(loss).isPositive();
		for (int k = 0; k < Parameters.COUNT; k++) {
			double[] plus = w.clone();
			double[] minus = w.clone();
			double step = 1e-6 * Math.max(1, Math.abs(w[k]));
			plus[k] += step;
			minus[k] -= step;
			double numeric = (lossOf(plus, ratings, days, new double[Parameters.COUNT])
					- lossOf(minus, ratings, days, new double[Parameters.COUNT])) / (2 * step);
			assertThat(grad[k]).as("d loss / d w%d", k).isCloseTo(numeric, within(1e-5 + 1e-4 * Math.abs(numeric)));
		}
	}

	/** Log loss of predicting every review after the first with more than zero days. */
	private static double lossOf(double[] w, int[] ratings, int[] days, double[] grad) {
		MemoryGradient model = new MemoryGradient(w);
		model.start(ratings[0]);
		double loss = 0;
		for (int i = 1; i < ratings.length; i++) {
			if (days[i] > 0) {
				loss += model.addLoss(days[i], ratings[i] > 1 ? 1 : 0, 1, grad);
			}
			model.step(days[i], ratings[i]);
		}
		return loss;
	}

	@Test
	void the_gradient_model_follows_the_scheduler_memory_model() {
		int[] ratings = { 1, 3, 3, 3, 3, 3 };
		int[] days = { 0, 0, 1, 3, 8, 21 };
		MemoryGradient model = new MemoryGradient(Parameters.defaults().toArray());
		model.start(ratings[0]);
		for (int i = 1; i < ratings.length; i++) {
			model.step(days[i], ratings[i]);
		}
		assertThat(model.stability()).isCloseTo(53.62691, within(1e-4));
	}

	@Test
	void fitting_the_shared_log_predicts_it_clearly_better_than_the_defaults() {
		ReviewHistories histories = ReviewHistories.of(JoshLog.records());
		Parameters fitted = Optimizer.fit(histories);
		Metrics before = Evaluation.evaluate(histories, Parameters.defaults());
		Metrics after = Evaluation.evaluate(histories, fitted);
		assertThat(after.reviews()).isEqualTo(before.reviews());
		assertThat(after.logLoss()).isLessThan(before.logLoss() - 0.01);
		assertThat(after.rmseBins()).isLessThan(before.rmseBins());
		assertThat(Optimizer.fit(histories)).isEqualTo(fitted);
	}

	@Test
	void a_log_too_small_to_learn_from_keeps_the_defaults() {
		ReviewHistories histories = ReviewHistories.of(JoshLog.records().subList(0, 20));
		assertThat(Optimizer.fit(histories)).isEqualTo(Parameters.defaults());
	}

	@Test
	void auc_counts_ties_as_half() {
		assertThat(Evaluation.auc(new double[] { 0.1, 0.4, 0.4, 0.9 }, new int[] { 0, 0, 1, 1 })).isEqualTo(0.875);
	}

}
