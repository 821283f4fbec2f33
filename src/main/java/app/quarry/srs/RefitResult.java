package app.quarry.srs;

/**
 * What a personal re-fit did.
 *
 * @param replaced whether the new parameters were kept
 * @param reviews reviews in the learner's log
 * @param previousLogLoss log loss of the parameters in use on the held-out recent reviews
 * @param fittedLogLoss log loss of the newly fitted parameters on the same reviews
 * @param reason why, in words
 */
public record RefitResult(boolean replaced, int reviews, Double previousLogLoss, Double fittedLogLoss, String reason) {
}
