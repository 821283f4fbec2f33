package app.quarry.generation;

import app.quarry.generation.extract.CountFact;
import app.quarry.generation.extract.Fact;
import java.util.regex.Pattern;

/**
 * A count the story already told, named again as a known group: "police arrested 14
 * foreigners ... The 14 foreigners were rounded up", "the three foreign ministers signed
 * ... from the three countries' ministers". Asking its number again asks what the reader
 * was told before, not the sentence's news; a first "the two banks" still tells how many.
 */
final class CountsToldBefore {

	/** "the " right before the number: the group is one the reader knows. */
	private static final Pattern THE_BEFORE = Pattern.compile("(?i)(?<![\\w-])the\\s+$");

	private CountsToldBefore() {
	}

	/**
	 * Whether a definite "the N" repeats a number the document told before: for the same
	 * noun, or itself as "the N".
	 */
	static boolean repeats(SourceDocument document, CountFact fact) {
		if (fact.ordinal() || fact.countsTime() || !definite(document.text(), fact)) {
			return false;
		}
		for (Fact f : document.facts()) {
			if (f.start() >= fact.start()) {
				continue;
			}
			if (f instanceof CountFact told && !told.ordinal() && told.value() == fact.value()
					&& (fact.unit().equals(told.unit()) || definite(document.text(), told))) {
				return true;
			}
		}
		return false;
	}

	private static boolean definite(String text, CountFact fact) {
		return THE_BEFORE.matcher(text)
			.useTransparentBounds(true)
			.region(Math.max(0, fact.start() - 12), fact.start())
			.find();
	}

}
