package app.quarry.generation.extract;

import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;
import app.quarry.corpus.Sentence;

/**
 * "Shares closed at their lowest level in over a decade", "the firm has had no order in
 * about a year": a length said after "in" in a sentence that tells of a record or of an
 * absence is the window the record is measured over, not a length of time anything took.
 * Whether it is "a decade" or ten years is the writer's rough way of saying "long"; a
 * quiz that asks it asks a figure of speech. "It was built in over a year" (no record, no
 * absence) still counts a year.
 */
final class RecordWindows {

	/** A superlative, a first or last, or a negation: what a window is a window of. */
	private static final Pattern RECORD_OR_ABSENCE = Pattern
		.compile("(?i)\\b(?:biggest|largest|highest|lowest|worst|best|deepest|sharpest|steepest|strongest|weakest"
				+ "|smallest|fastest|slowest|greatest|longest|shortest|fewest|most|least|first|last|no|not|never"
				+ "|none|nothing)\\b|n['’]t\\b");

	private RecordWindows() {
	}

	/**
	 * Whether the length that starts at {@code at} (its bound word, "over", "about") is
	 * said after "in" ({@code afterIn}) in a sentence that, before it, tells of a record
	 * or an absence.
	 */
	static boolean measuresARecord(DocumentText document, String clean, int at, boolean afterIn) {
		if (!afterIn) {
			return false;
		}
		Sentence sentence = document.sentenceAt(at);
		int from = sentence == null ? Math.max(0, at - 200) : Math.max(sentence.start(), 0);
		return from < at && RECORD_OR_ABSENCE.matcher(clean.substring(from, at)).find();
	}

}
