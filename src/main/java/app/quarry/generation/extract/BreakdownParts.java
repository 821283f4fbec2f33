package app.quarry.generation.extract;

import java.util.List;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;

/**
 * A count broken down after a dash or a colon into bare numbers counts the same thing in
 * each part: "shortlisted in six categories — four for the album and two for the song",
 * "cut 500 jobs: 300 in Ruritania, 200 in Vardenia". Each part opens with its number and
 * says with a preposition what it is for or where; each is smaller than the whole.
 */
final class BreakdownParts {

	private BreakdownParts() {
	}

	/** The dash or colon that opens the breakdown, right after the whole's noun. */
	private static final Pattern OPENS = Pattern.compile("\\s*[—–:]\\s*|\\s+-\\s+");

	/** ", and ", "; ": what opens a later part. */
	private static final Pattern NEXT_PART_BEFORE = Pattern.compile("(?:[;,]\\s*(?:and\\s+)?|\\s+and\\s+)$");

	/** What a part says after its number: "for", "in", "from", "at". */
	private static final Pattern PART_AFTER = Pattern.compile("\\s+(?:for|in|from|at|on|by|to|with|of\\s+which)\\b");

	/** Gives each bare part of a broken-down count that count's unit. */
	static void parts(DocumentText document, String clean, List<CountCandidate> found) {
		for (int i = 0; i < found.size(); i++) {
			CountCandidate whole = found.get(i);
			if (!whole.countsThings()) {
				continue;
			}
			int gapEnd = i + 1 < found.size() ? found.get(i + 1).start : -1;
			if (gapEnd < whole.unitEnd || !OPENS.matcher(clean).region(whole.unitEnd, gapEnd).matches()) {
				continue;
			}
			for (int j = i + 1; j < found.size(); j++) {
				CountCandidate part = found.get(j);
				boolean first = j == i + 1;
				if (part.unit != null || part.ordinal || part.value >= whole.value
						|| !CountWords.sameSentence(document, whole.start, part.start)
						|| !PART_AFTER.matcher(clean).region(part.end, clean.length()).lookingAt()
						|| !first && !NEXT_PART_BEFORE.matcher(clean.substring(Math.max(0, part.start - 8), part.start))
							.find()) {
					break;
				}
				part.unit = whole.unit; // "five categories — three for the album"
				part.unitEnd = part.end;
			}
		}
	}

}
