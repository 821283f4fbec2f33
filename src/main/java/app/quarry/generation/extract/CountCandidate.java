package app.quarry.generation.extract;

/** A number found, with its unit once known and where the word naming it ends. */
final class CountCandidate {

	final int start;

	final int end;

	final long value;

	final boolean ordinal;

	String unit;

	int unitEnd;

	/**
	 * "450" in "300 to 450 jobs": the upper end of a range, whose value is its lower one.
	 */
	boolean upperBound;

	/** "350 million": a scaled number without its noun is most often money. */
	boolean scaled;

	/** "25,000 of them": the noun is the one counted before. */
	boolean ofThem;

	/** "eight of the top ten teams": the noun is the one the next number counts. */
	boolean partOfNext;

	/**
	 * "10" in "nine out of 10 voters", "four" in "the third of the four big brewers":
	 * told only as the background of the number before it, so not asked.
	 */
	boolean background;

	/** "four" in "four times as many": how many times one amount is another. */
	boolean multiplier;

	CountCandidate(int start, int end, long value, boolean ordinal) {
		this.start = start;
		this.end = end;
		this.value = value;
		this.ordinal = ordinal;
		this.unitEnd = end;
	}

	/**
	 * Counts things: a noun is known and it is neither a rank, a length of time ("three
	 * years" tells how long, not how many) nor a rate ("per cent", "per hour"), so a bare
	 * number near it may be read as more of the same things.
	 */
	boolean countsThings() {
		return this.unit != null && !this.ordinal && !CountWords.isTimeUnit(this.unit) && !this.unit.startsWith("per ");
	}

	/**
	 * Settled before the rules that lend a bare number a noun: it has its noun, is a
	 * rank, takes its value from the lower end of a range, or counts the noun of "of
	 * them" or of the number after it. Lending such a number another noun would misread
	 * it.
	 */
	boolean alreadyRead() {
		return this.unit != null || this.ordinal || this.upperBound || this.ofThem || this.partOfNext;
	}

}
