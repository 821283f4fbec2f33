package app.quarry.srs;

import java.util.List;

/**
 * What a learner should study now.
 *
 * @param reviews question ids of started cards that are due, most overdue first
 * @param newCards question ids never reviewed, in the caller's order, within today's
 * new-card allowance
 */
public record DueCards(List<String> reviews, List<String> newCards) {
}
