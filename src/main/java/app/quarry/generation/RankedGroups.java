package app.quarry.generation;

import app.quarry.generation.extract.CountFact;
import app.quarry.generation.extract.Superlatives;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "the 10 largest lenders", "the five richest nations": a group cut off by a ranking. Its
 * "the" comes with the superlative, not from the story having told of the group before,
 * so its size is the sentence's own claim and is asked in every sentence that makes it.
 */
final class RankedGroups {

	/** The word right after the number. */
	private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{L}+)");

	private RankedGroups() {
	}

	/** Whether a superlative follows the count's number ("the 10 largest lenders"). */
	static boolean cutOffByRank(String text, CountFact fact) {
		Matcher next = NEXT_WORD.matcher(text).region(fact.end(), text.length());
		return next.lookingAt() && Superlatives.is(next.group(1).toLowerCase(Locale.ROOT));
	}

}
