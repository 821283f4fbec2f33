package app.quarry.generation.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;
import app.quarry.corpus.Sentence;

/**
 * What a bare number counts when its noun stands elsewhere in the clause: "brought to six
 * the number of boats sunk" (boats), "The victims numbered 213" (victims), "who at 77 is
 * flying again" and "died at 84," (years of age).
 */
final class StatedCounts {

	/** "brought to nine", "raising to 12": a total the words after name. */
	private static final Pattern RAISED_TO_BEFORE = Pattern.compile(
			"(?i)\\b(?:brought|brings?|bringing|raised?|raising|pushed|pushes|pushing|puts?|putting|lifted|lifting)"
					+ "\\s+to\\s+$");

	/** " the number of people", " the total of dead": the noun the total counts. */
	private static final Pattern NUMBER_OF_AFTER = Pattern.compile(
			"(?i)\\s+the\\s+(?:number|total|toll|count)\\s+of\\s+(?:(?:known|confirmed|reported)\\s+)?(?<noun>\\p{Ll}+)\\b");

	/** "numbered 213", "totaled 40": a total whose noun is the clause's subject. */
	private static final Pattern TOTAL_VERB_BEFORE = Pattern.compile("(?i)\\b(?:numbered|totaled|totalled)\\s+$");

	/** "The victims", "Protesters": the plural noun that opens the sentence. */
	private static final Pattern PLURAL_SUBJECT = Pattern.compile(
			"^\\s*(?:[Tt]he\\s+|[Tt]heir\\s+|[Ii]ts\\s+)?(?:\\p{Ll}+\\s+)?(?<noun>\\p{Ll}{3,}s|people|men|women|children)\\b");

	/** "who at 77", ", at 77", "died at 84": an age told with "at". */
	private static final Pattern AT_AGE_BEFORE = Pattern
		.compile("(?i)(?:\\bwho\\s+|,\\s*|\\b(?:died|dies|retired|retires|married|marries)\\s+)at\\s+$");

	/** What may follow an age told with "at": its clause goes on or ends. */
	private static final Pattern AFTER_AGE = Pattern
		.compile("\\s*(?:[,;.]|\\s(?:is|was|has|had|remains|still|he|she|in|after|of|and|when)\\b)");

	private StatedCounts() {
	}

	/**
	 * Reads the unit of a number that has none after it from the words around it; leaves
	 * the candidate as it was when they name none.
	 */
	static void read(CountCandidate c, DocumentText document, String clean, String before) {
		if (c.unit != null || c.ordinal || c.ofThem) {
			return;
		}
		Sentence sentence = document.sentenceAt(c.start);
		String sentenceBefore = sentence == null ? "" : clean.substring(sentence.start(), c.start);
		String rest = clean.substring(c.end, Math.min(clean.length(), c.end + 80));
		if (RAISED_TO_BEFORE.matcher(before).find()) {
			Matcher n = NUMBER_OF_AFTER.matcher(rest);
			if (n.lookingAt() && !Nouns.FUNCTION_WORDS.contains(n.group("noun"))) {
				c.unit = Nouns.singular(n.group("noun").toLowerCase(Locale.ROOT));
				return;
			}
		}
		if (TOTAL_VERB_BEFORE.matcher(before).find()) {
			Matcher s = PLURAL_SUBJECT.matcher(sentenceBefore);
			if (s.lookingAt() && !Nouns.FUNCTION_WORDS.contains(s.group("noun"))
					&& !CardinalUnits.NOT_COUNTED.contains(Nouns.singular(s.group("noun")))) {
				c.unit = Nouns.singular(s.group("noun"));
				return;
			}
		}
		if (c.value >= 12 && c.value <= 115 && AT_AGE_BEFORE.matcher(before).find()
				&& AFTER_AGE.matcher(rest).lookingAt() && !List.of(".", ",").contains(rest.strip())) {
			c.unit = "year";
		}
	}

}
