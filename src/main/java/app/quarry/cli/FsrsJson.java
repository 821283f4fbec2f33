package app.quarry.cli;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import app.quarry.srs.fsrs.Metrics;
import app.quarry.srs.fsrs.Parameters;
import app.quarry.srs.fsrs.ReplayStep;
import app.quarry.srs.fsrs.ReviewHistories;
import app.quarry.srs.fsrs.ReviewOutcome;

/**
 * The JSON lines the fsrs commands print, field names as the FSRS reference tools use.
 */
final class FsrsJson {

	private FsrsJson() {
	}

	static String replayLine(ReplayStep step) {
		ReviewOutcome outcome = step.outcome();
		ObjectNode json = CliJson.mapper().createObjectNode();
		json.put("card_id", step.record().cardId());
		json.put("review_time", step.record().time().toString());
		json.put("rating", outcome.rating().value());
		json.put("elapsed_days", outcome.elapsedDays());
		json.put("retrievability", finite(outcome.retrievability()));
		json.put("state", outcome.card().state().jsonName());
		json.put("step", outcome.card().step());
		json.put("stability", finite(outcome.card().memory().stability()));
		json.put("difficulty", finite(outcome.card().memory().difficulty()));
		json.put("scheduled_days", outcome.scheduledDays());
		json.put("due", outcome.card().due().toString());
		return CliJson.compact(json);
	}

	static String optimizeResult(Parameters fitted, ReviewHistories histories, Metrics after, Metrics before,
			double seconds) {
		ObjectNode json = CliJson.mapper().createObjectNode();
		ArrayNode parameters = json.putArray("parameters");
		fitted.toList().forEach(parameters::add);
		json.put("reviews", histories.reviewCount());
		json.put("cards", histories.cardCount());
		json.put("log_loss", finite(after.logLoss()));
		json.put("rmse_bins", finite(after.rmseBins()));
		json.put("default_log_loss", finite(before.logLoss()));
		json.put("default_rmse_bins", finite(before.rmseBins()));
		json.put("seconds", finite(seconds));
		return CliJson.compact(json);
	}

	static String metrics(Metrics metrics) {
		ObjectNode json = CliJson.mapper().createObjectNode();
		json.put("log_loss", finite(metrics.logLoss()));
		json.put("rmse_bins", finite(metrics.rmseBins()));
		json.put("auc", finite(metrics.auc()));
		json.put("reviews", metrics.reviews());
		return CliJson.compact(json);
	}

	/** JSON has no NaN or infinity: an undefined metric is null. */
	private static Double finite(Double value) {
		return value == null || value.isNaN() || value.isInfinite() ? null : value;
	}

}
