package app.quarry.generation;

import app.quarry.generation.extract.CountFact;
import app.quarry.generation.extract.Fact;
import java.util.regex.Pattern;

/**
 * A count the story already told, named again as a known group: "police arrested 14
 * foreigners ... The 14 foreigners were rounded up", "the three foreign ministers signed
 * ... from the three countries' ministers". Asking its number again asks what the reader
 * was told before, not the sentence's news; a first "the two banks" still tells how many,
 * and "the 10 largest banks" takes its "the" from the superlative, not from a group told.
 */
final class CountsToldBefore {

	/** "the ", "these " right before the number: the group is one the reader knows. */
	private static final Pattern THE_BEFORE = Pattern.compile("(?i)(?<![\\w-])(?:the|these|those)\\s+$");

	private CountsToldBefore() {
	}

	/**
	 * Whether a definite "the N" repeats a number the document told before: for the same
	 * noun, or itself as "the N", or, from three on, under another noun in the sentence
	 * just before ("Eight of the 14 killings were solved. Of the eight victims, ..."): a
	 * known group of that size is the one just told, where two of another kind may be
	 * new.
	 */
	static boolean repeats(SourceDocument document, CountFact fact) {
		if (fact.ordinal() || fact.countsTime() || !definite(document.text(), fact)
				|| RankedGroups.cutOffByRank(document.text(), fact)) {
			return false;
		}
		for (Fact f : document.facts()) {
			if (f.start() >= fact.start()) {
				continue;
			}
			if (f instanceof CountFact told && !told.ordinal() && !told.countsTime() && told.value() == fact.value()
					&& (fact.unit().equals(told.unit()) || definite(document.text(), told)
							|| NounsAfter.share(document.text(), told.end(), fact.end())
							|| fact.value() > 2 && justBefore(document, told, fact))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the told count stands in the count's sentence or the one just before it,
	 * where "the eight victims" points back to "eight of the killings"; a count told far
	 * back under another noun is news again when a story retells it.
	 */
	private static boolean justBefore(SourceDocument document, CountFact told, CountFact fact) {
		int at = document.sentences().indexOf(document.sentenceOf(fact));
		int toldAt = document.sentences().indexOf(document.sentenceOf(told));
		return at >= 0 && toldAt >= 0 && at - toldAt <= 1;
	}

	private static boolean definite(String text, CountFact fact) {
		return THE_BEFORE.matcher(text)
			.useTransparentBounds(true)
			.region(Math.max(0, fact.start() - 12), fact.start())
			.find();
	}

}
