package app.quarry.generation;

import app.quarry.corpus.Sentence;
import app.quarry.generation.extract.CountFact;
import app.quarry.generation.extract.Fact;
import java.util.regex.Pattern;

/**
 * "The two Sunday papers employ 340 reporters", "the two nations signed a ten-year pact":
 * "the two" names a pair the story already knows, as "both" does, and beside another
 * count its size is no news; the other count is what the sentence tells. Alone in its
 * sentence ("The two banks merged in May") it still tells how many, and is asked; a
 * larger group named with "the" ("the 11 victims were killed with five guards") is often
 * what the sentence counts, and is asked too.
 */
final class KnownGroups {

	/** "the ", "these ", "those " right before the number. */
	private static final Pattern THE_BEFORE = Pattern.compile("(?i)(?<![\\w-])(?:the|these|those)\\s+$");

	private KnownGroups() {
	}

	/**
	 * Whether the count is "the two" of a known pair and its sentence tells another count
	 * of things or time.
	 */
	static boolean besideTheNews(SourceDocument document, CountFact fact) {
		if (fact.ordinal() || fact.value() != 2 || fact.countsTime() || !pairNamedWithThe(document.text(), fact)) {
			return false;
		}
		Sentence sentence = document.sentenceOf(fact);
		if (sentence == null) {
			return false;
		}
		for (Fact f : document.facts()) {
			if (f != fact && f instanceof CountFact other && other.start() >= sentence.start()
					&& other.end() <= sentence.end() && other.unit() != null && other.value() >= 1
					&& (other.start() >= fact.end() || other.end() <= fact.start())) {
				return true;
			}
		}
		return false;
	}

	private static boolean pairNamedWithThe(String text, CountFact fact) {
		return THE_BEFORE.matcher(text)
			.useTransparentBounds(true)
			.region(Math.max(0, fact.start() - 12), fact.start())
			.find();
	}

}
