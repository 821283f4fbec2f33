package app.quarry.study;

/**
 * How much of one document a learner knows: its questions, how many they have studied,
 * and how many are mature (remembered for three weeks or more).
 */
public record DocumentMastery(String documentId, String title, int questions, int studied, int mature) {

	/** Mature share, 0 to 1. */
	public double masteredShare() {
		return (this.questions == 0) ? 0 : (double) this.mature / this.questions;
	}

}
