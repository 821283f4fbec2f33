package app.quarry.srs.fsrs;

/**
 * How well parameters predict a review log, the measures of the FSRS benchmark.
 *
 * @param logLoss mean binary cross-entropy of predicted recall
 * @param rmseBins root mean squared error of recall after grouping reviews by interval,
 * review count and lapse count (srs-benchmark's RMSE(bins))
 * @param auc area under the ROC curve of predicted recall
 * @param reviews number of reviews predicted
 */
public record Metrics(double logLoss, double rmseBins, double auc, int reviews) {
}
