package app.quarry.generation.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;
import app.quarry.corpus.Sentence;

/**
 * A bare number set after "the most" of something tells how many that was: "received the
 * most nominations — nine —", "led the most laps with 70", "had the largest number of
 * votes (412)", "won the fewest seats, four". The number is the count of the noun the
 * superlative names, given by a dash, a bracket, a comma or "with".
 */
final class MostOfAKind {

	private MostOfAKind() {
	}

	/**
	 * "the most laps with ", "the largest number of awards at the show — ": the noun, a
	 * few words of what it was of, and what sets the number off.
	 */
	private static final Pattern MOST_BEFORE = Pattern.compile("(?i)\\bthe\\s+(?:most|fewest|(?:largest|highest"
			+ "|greatest|biggest|smallest|lowest)\\s+number\\s+of)\\s+(?-i:(?<noun>\\p{Ll}{3,}s|people|men|women"
			+ "|children))\\b(?:\\s+(?:[\\p{L}’'-]+)){0,5}?(?:\\s+with\\s+|\\s*[—–(]\\s*|\\s+-\\s+|,\\s+)(?:(?:about"
			+ "|around|nearly|almost|some|over|more\\s+than|at\\s+least|just|only)\\s+)?$");

	/**
	 * The number ends where it was set off: a dash, a bracket, a comma, the clause or a
	 * word that goes on about when or where ("with 81 this season").
	 */
	private static final Pattern SET_OFF_AFTER = Pattern
		.compile("\\s*(?:[—–),;.]|\\s-\\s|$)|\\s+(?:this|last|in|on|at|for|of|and|but|while|during|since|to)\\b");

	/** Gives a bare number set after "the most" of a noun that noun as its unit. */
	static void read(DocumentText document, String clean, List<CountCandidate> found) {
		for (CountCandidate c : found) {
			if (c.alreadyRead()) {
				continue;
			}
			Sentence sentence = document.sentenceAt(c.start);
			if (sentence == null || !SET_OFF_AFTER.matcher(clean).region(c.end, clean.length()).lookingAt()) {
				continue;
			}
			Matcher most = MOST_BEFORE.matcher(clean.substring(Math.max(sentence.start(), c.start - 90), c.start));
			if (most.find() && !Nouns.FUNCTION_WORDS.contains(most.group("noun"))) {
				c.unit = Nouns.singular(most.group("noun"));
			}
		}
	}

}
