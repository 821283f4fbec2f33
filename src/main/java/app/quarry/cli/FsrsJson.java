package app.quarry.cli;

import app.quarry.srs.fsrs.Metrics;
import app.quarry.srs.fsrs.Parameters;
import app.quarry.srs.fsrs.ReplayStep;
import app.quarry.srs.fsrs.ReviewHistories;
import app.quarry.srs.fsrs.ReviewOutcome;

/**
 * The JSON the fsrs commands print, written by hand to keep the command line
 * dependency-free.
 */
final class FsrsJson {

	private FsrsJson() {
	}

	static void replayLine(ReplayStep step, StringBuilder json) {
		ReviewOutcome outcome = step.outcome();
		json.append("{\"card_id\":");
		string(step.record().cardId(), json);
		json.append(",\"review_time\":\"").append(step.record().time()).append('"');
		json.append(",\"rating\":").append(outcome.rating().value());
		json.append(",\"elapsed_days\":").append(outcome.elapsedDays());
		json.append(",\"retrievability\":").append(number(outcome.retrievability()));
		json.append(",\"state\":\"").append(outcome.card().state().jsonName()).append('"');
		json.append(",\"step\":").append(outcome.card().step());
		json.append(",\"stability\":").append(number(outcome.card().memory().stability()));
		json.append(",\"difficulty\":").append(number(outcome.card().memory().difficulty()));
		json.append(",\"scheduled_days\":").append(outcome.scheduledDays());
		json.append(",\"due\":\"").append(outcome.card().due()).append("\"}");
	}

	static String optimizeResult(Parameters fitted, ReviewHistories histories, Metrics after, Metrics before,
			double seconds) {
		return "{\"parameters\":[" + fitted + "],\"reviews\":" + histories.reviewCount() + ",\"cards\":"
				+ histories.cardCount() + ",\"log_loss\":" + number(after.logLoss()) + ",\"rmse_bins\":"
				+ number(after.rmseBins()) + ",\"default_log_loss\":" + number(before.logLoss())
				+ ",\"default_rmse_bins\":" + number(before.rmseBins()) + ",\"seconds\":" + number(seconds) + "}";
	}

	static String metrics(Metrics metrics) {
		return "{\"log_loss\":" + number(metrics.logLoss()) + ",\"rmse_bins\":" + number(metrics.rmseBins())
				+ ",\"auc\":" + number(metrics.auc()) + ",\"reviews\":" + metrics.reviews() + "}";
	}

	private static String number(Double value) {
		return value == null || value.isNaN() || value.isInfinite() ? "null" : value.toString();
	}

	private static void string(String text, StringBuilder json) {
		json.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"' || c == '\\') {
				json.append('\\').append(c);
			}
			else if (c < 0x20) {
				json.append(String.format("\\u%04x", (int) c));
			}
			else {
				json.append(c);
			}
		}
		json.append('"');
	}

}
