package app.quarry.generation.extract;

import java.util.List;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;
import app.quarry.corpus.Sentence;

/**
 * A number that opens a clause as its subject without a noun counts what the count before
 * it in the sentence counted: "killing 91 foxes – only four were killed by hounds", "5.2
 * million adults read poorly, while 14.9 million have weak numeracy", "60 guards were on
 * duty by day and about 20 stayed at night". The second clause drops the noun because the
 * first has just named it; a conjunction opens it even without a comma, unless it joins
 * two numbers ("between 10 and 20 were").
 */
final class BareSubjects {

	private BareSubjects() {
	}

	/**
	 * A clause break, a conjunction that may open the clause and a word that may bound
	 * its number: ", while ", " – only ", "; ", ", and just ".
	 */
	private static final Pattern CLAUSE_OPENS_BEFORE = Pattern
		.compile("(?:(?:[,;–—]|\\s-|\\s{3})\\s*(?:(?:while|whereas|and|but|yet)\\s+)?" + "|(?<![\\d,]|\\b(?i:"
				+ NumberWords.CARDINAL_REGEX + "))\\s(?:while|whereas|and|but|yet)\\s+)"
				+ "(?:(?:only|just|another|some|a\\s+further|about|around|nearly|almost)\\s+)?$");

	/** The verb the number is the subject of: "four were", "14.9 million have". */
	private static final Pattern VERB_AFTER = Pattern
		.compile("\\s+(?:were|are|have|had|will|would|could|did|do|remain|remained|stayed|left|survived|returned"
				+ "|escaped)\\b");

	/**
	 * Lends the noun of the count before to each bare number that is a clause's subject.
	 */
	static void lend(DocumentText document, String clean, List<CountCandidate> found) {
		for (int i = 1; i < found.size(); i++) {
			CountCandidate c = found.get(i);
			if (c.alreadyRead() || !VERB_AFTER.matcher(clean).region(c.end, clean.length()).lookingAt()) {
				continue;
			}
			Sentence sentence = document.sentenceAt(c.start);
			if (sentence == null
					|| !CLAUSE_OPENS_BEFORE.matcher(clean.substring(Math.max(sentence.start(), c.start - 40), c.start))
						.find()) {
				continue;
			}
			CountCandidate named = countBefore(found, i, sentence.start());
			if (named != null && named.scaled == c.scaled) {
				c.unit = named.unit; // "91 foxes – only four were killed"
			}
		}
	}

	/**
	 * The count before in the same sentence that names a noun, passing over lengths of
	 * time ("worse than 11 year olds"), which describe rather than count the subjects.
	 */
	private static CountCandidate countBefore(List<CountCandidate> found, int i, int sentenceStart) {
		for (int j = i - 1; j >= 0 && found.get(j).start >= sentenceStart; j--) {
			CountCandidate b = found.get(j);
			if (b.unit == null || b.ordinal || CountWords.isTimeUnit(b.unit)) {
				continue;
			}
			return b.end < found.get(i).start ? b : null;
		}
		return null;
	}

}
