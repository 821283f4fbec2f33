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

	/** ", ", ": ", " — ": what opens the first part of a breakdown told later on. */
	private static final Pattern FIRST_PART_BEFORE = Pattern.compile("(?:[,:—–]|\\s-)\\s*$");

	/**
	 * "Nine dogs were saved, five on a lower floor and four shut in a van on the roof":
	 * bare numbers after a comma later in the sentence of a count, which add up to it
	 * exactly, break it down and count the same thing; the sum tells them from other bare
	 * numbers.
	 */
	static void summedParts(DocumentText document, String clean, List<CountCandidate> found) {
		for (int i = 0; i + 2 < found.size(); i++) {
			CountCandidate whole = found.get(i);
			CountCandidate first = found.get(i + 1);
			if (!whole.countsThings() || first.unit != null || first.ordinal || first.start < whole.end
					|| !FIRST_PART_BEFORE.matcher(clean.substring(Math.max(0, first.start - 4), first.start)).find()) {
				continue;
			}
			long sum = 0;
			int last = i;
			for (int j = i + 1; j < found.size() && sum < whole.value; j++) {
				CountCandidate part = found.get(j);
				if (part.unit != null || part.ordinal || part.value >= whole.value
						|| !CountWords.sameSentence(document, whole.start, part.start)
						|| j > i + 1
								&& !NEXT_PART_BEFORE.matcher(clean.substring(Math.max(0, part.start - 8), part.start))
									.find()) {
					break;
				}
				sum += part.value;
				last = j;
			}
			if (sum == whole.value && last > i + 1) {
				for (int j = i + 1; j <= last; j++) {
					found.get(j).unit = whole.unit;
					found.get(j).unitEnd = found.get(j).end;
				}
			}
		}
	}

}
