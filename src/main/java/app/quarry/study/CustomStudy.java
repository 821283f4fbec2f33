package app.quarry.study;

import app.quarry.bank.QuestionFormat;

import java.util.Objects;

/**
 * A study session outside the schedule: which cards (a filter, a format, a selection) and
 * how many. Its answers change the cards' schedule only when {@code reschedule} is set;
 * otherwise they are practice and nothing is stored.
 *
 * @param format only cards of this format, or null for any
 * @param cards at most this many cards, 1 to 9999
 */
public record CustomStudy(StudyFilter filter, QuestionFormat format, Selection selection, int cards,
		boolean reschedule) {

	/** Which of the learner's cards a custom session takes. */
	public enum Selection {

		/** Studied cards before they are due, the soonest due first. */
		AHEAD("Review ahead of schedule"),
		/** Cards answered Again in the last {@value CustomStudy#FORGOTTEN_DAYS} days. */
		FORGOTTEN("Forgotten in the last week"),
		/** Cards the learner flagged as bad questions. */
		FLAGGED("Flagged cards"),
		/** Cards never studied, beyond the day's new-card limit. */
		NEW("New cards");

		private final String label;

		Selection(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/** How far back "forgotten recently" looks, in study days. */
	public static final int FORGOTTEN_DAYS = 7;

	public CustomStudy {
		Objects.requireNonNull(filter, "filter");
		Objects.requireNonNull(selection, "selection");
		if (cards < 1 || cards > 9999) {
			throw new IllegalArgumentException("A custom session has 1 to 9999 cards, not " + cards + ".");
		}
	}

	/** Whether the card passes the filter and the format. */
	public boolean admits(StudyCard card) {
		return this.filter.matches(card) && (this.format == null || this.format == card.format());
	}

}
