package app.quarry.generation.extract;

/**
 * Where the pass that looks for a document's date line may stop reading. Once a full date
 * has been read on a short line near the top, the dates beyond the line after it cannot
 * change which date stands alone on its line first: the pass reads from left to right,
 * and a second look joins only dates that stand close together. So the rest of the text,
 * most of a story, need not be read for its date line; a story without one is read to its
 * end.
 */
final class DateLineSearch {

	/**
	 * A line longer than this is prose, not a date line: "Tuesday, 14 September 2021,
	 * 10:42 GMT" is shorter.
	 */
	private static final int SHORT_LINE = 60;

	private final String clean;

	/**
	 * Where the line of the first date read on a short line ends; -1 until one is read.
	 */
	private int lineEnd = -1;

	DateLineSearch(String clean) {
		this.clean = clean;
	}

	/**
	 * Where to stop reading, told a date just read: the end of the line after the first
	 * full date on a short line near the top, else {@code Integer.MAX_VALUE}.
	 */
	int stopAfter(Fact fact) {
		if (this.lineEnd >= 0 || !(fact instanceof DateFact date) || date.value() == null || date.value().length() != 10
				|| date.start() >= ReferenceDateFinder.DATE_LINE_BEFORE) {
			return Integer.MAX_VALUE;
		}
		int from = this.clean.lastIndexOf('\n', date.start() - 1) + 1;
		int to = lineEnd(date.end());
		if (to - from > SHORT_LINE) {
			return Integer.MAX_VALUE;
		}
		this.lineEnd = to;
		return nextLineEnd(to);
	}

	/** Whether a date line may have been read, and the pass stopped after it. */
	boolean stoppedEarly() {
		return this.lineEnd >= 0;
	}

	/** Where the line of the first date read on a short line ends. */
	int lineEnd() {
		return this.lineEnd;
	}

	private int lineEnd(int at) {
		int end = this.clean.indexOf('\n', at);
		return end < 0 ? this.clean.length() : end;
	}

	/** The end of the first line after {@code end} that is not blank. */
	private int nextLineEnd(int end) {
		int at = end;
		while (at < this.clean.length()) {
			int next = lineEnd(at + 1);
			if (!this.clean.substring(at + 1, next).isBlank()) {
				return next;
			}
			at = next;
		}
		return this.clean.length();
	}

}
