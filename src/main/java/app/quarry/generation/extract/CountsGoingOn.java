package app.quarry.generation.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;
import app.quarry.corpus.Sentence;

/**
 * A bare number that goes on with what the sentence before counted last: "The governor
 * toured five counties. He added one more today." (one more county), "Seventeen tenants
 * signed up. Eight of them are on the second floor." (eight tenants).
 */
final class CountsGoingOn {

	/** " more." or " more today": more of something, its noun left out. */
	private static final Pattern MORE_AFTER = Pattern
		.compile("\\s+more(?=\\s*(?:[.;,]|$)|\\s+(?:today|yesterday|tonight|on|in|last|this|next|since|so\\s+far)\\b)");

	/**
	 * Measures a part of a group is never told of: "a 17-foot boat" measures the boat,
	 * "ten of those on board" counts its people.
	 */
	private static final Set<String> MEASURES = Set.of("foot", "inch", "yard", "mile", "meter", "metre", "kilometer",
			"kilometre", "acre", "hectare", "ton", "tonne", "pound", "kilogram", "gallon", "liter", "litre", "story",
			"storey", "degree");

	private CountsGoingOn() {
	}

	static void read(DocumentText document, String clean, List<CountCandidate> found) {
		// found is in the text's order: the count before the i-th, when it lies in the
		// sentence just before, is the last that sentence counted
		for (int i = 1; i < found.size(); i++) {
			CountCandidate c = found.get(i);
			if (c.unit != null || c.ordinal || c.scaled) {
				continue;
			}
			boolean more = MORE_AFTER.matcher(clean).region(c.end, clean.length()).lookingAt();
			Sentence own = document.sentenceAt(c.start);
			if (!more && !(c.ofThem && own != null && clean.substring(own.start(), c.start).isBlank())) {
				continue; // "Eight of them" opens its sentence, or the group is this
							// one's
			}
			CountCandidate last = lastCountedBefore(document, clean, found, i, own);
			if (last != null && (more || last.value > c.value)) {
				c.unit = last.unit;
				c.unitEnd = c.end;
			}
		}
	}

	/**
	 * The last count of things (not of time, nor a measure) the sentence just before the
	 * i-th count's told, when no count comes between.
	 */
	private static CountCandidate lastCountedBefore(DocumentText document, String clean, List<CountCandidate> found,
			int i, Sentence own) {
		Sentence before = document.sentenceAt(found.get(i - 1).start);
		if (own == null || before == null || before == own || !clean.substring(before.end(), own.start()).isBlank()) {
			return null;
		}
		for (int k = i - 1; k >= 0 && found.get(k).start >= before.start(); k--) {
			CountCandidate p = found.get(k);
			if (!p.ordinal && p.unit != null && !p.upperBound && !CountWords.isTimeUnit(p.unit)
					&& !MEASURES.contains(p.unit)) {
				return p;
			}
		}
		return null;
	}

}
