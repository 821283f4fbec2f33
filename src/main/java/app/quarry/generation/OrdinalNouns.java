package app.quarry.generation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the sentence says what an ordinal ranks: a noun after it ("the fourth letter"),
 * the subject it ranks ("The letter is the fourth"), or a placing that needs none
 * ("finished third"). An ordinal that ranks nothing named ("The first was") makes no
 * question.
 */
final class OrdinalNouns {

	/**
	 * "The dividend increase was Acme's ", "Moreover, the result was the ": a subject
	 * (after an opening adverb), its verb and the ordinal's owner.
	 */
	private static final Pattern RANKED_SUBJECT = Pattern
		.compile("^\\s*(?:\\p{Lu}\\p{Ll}+,\\s+|In\\s+addition,\\s+)?(?:The|the|This|this|Its|its)\\s+(?:[a-z]+\\s+)?"
				+ "([a-z]+)\\s+(?:is|was|became|will\\s+be|would\\s+be)\\s+(?:the|his|her|its|their"
				+ "|(?:\\p{Lu}[\\p{L}.&-]*\\s+){0,2}\\p{Lu}[\\p{L}.&-]*[’']s)\\s+$");

	/**
	 * ", and the ", " and his ": an ordinal joined to what was said before it, whose noun
	 * the sentence has named already ("the twelfth win for Acme, and the ninth for
	 * Zenith").
	 */
	private static final Pattern JOINED_BEFORE = Pattern.compile(
			"(?:,\\s*(?:and\\s+|but\\s+)?|\\s(?:and|but|while)\\s+)(?:the|his|her|its|their)\\s+(?:[\\p{Ll}-]+-[\\p{Ll}]+\\s+)?$");

	/** The words after an ordinal up to the first mark that ends a phrase. */
	private static final Pattern PHRASE = Pattern.compile("[^,.;:!?\\n\"“”]+");

	/** The unit of a placing in a race or a ranking. */
	private static final String PLACE = "place";

	private OrdinalNouns() {
	}

	/**
	 * Whether the sentence names what the ordinal between {@code from} and {@code to}
	 * ranks.
	 */
	static boolean named(String sentence, int from, int to, String unit) {
		// a placing ("finished third") names no noun after it, and needs none
		// "The rise was Acme's second": the subject before it names what it ranks
		// "on lap 22": a point in a series writes its noun just before the number
		return unit.equals(PLACE) || countsNounAfter(sentence.substring(to), unit)
				|| ranksSubject(sentence.substring(0, from), unit) || namesNounBefore(sentence.substring(0, from), unit)
				|| namedBefore(sentence.substring(0, from), unit);
	}

	/**
	 * An ordinal standing alone ranks the subject its sentence opens with: "The dividend
	 * increase was Acme's", "The letter is the".
	 */
	private static boolean ranksSubject(String before, String unit) {
		Matcher subject = RANKED_SUBJECT.matcher(before);
		return subject.find() && Prose.normalize(subject.group(1)).startsWith(Prose.normalize(unit));
	}

	/** "lap 22", "round three": the noun written just before a numbered point. */
	private static boolean namesNounBefore(String before, String unit) {
		String[] words = before.stripTrailing().split("\\s+");
		return words.length > 0 && words[words.length - 1].equalsIgnoreCase(unit);
	}

	/**
	 * An ordinal standing alone in a clause joined to one that named its noun leaves the
	 * noun out: "the twelfth win for Acme, and the ninth for Zenith", "his second race of
	 * the season, and his third at the circuit".
	 */
	private static boolean namedBefore(String before, String unit) {
		if (!JOINED_BEFORE.matcher(before).find()) {
			return false;
		}
		String noun = Prose.normalize(unit);
		for (String word : Prose.normalize(before).split(" ")) {
			if (word.startsWith(noun)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * An ordinal's noun follows it ("fourth letter", "third such lawsuit"), not "The
	 * first was".
	 */
	private static boolean countsNounAfter(String after, String unit) {
		String[] words = Prose.normalize(after).split(" ");
		String noun = Prose.normalize(unit);
		for (int i = 0; i < Math.min(4, words.length); i++) {
			if (words[i].startsWith(noun)) {
				return true;
			}
		}
		return nounClosesPhrase(after, noun);
	}

	/**
	 * "his fifth straight Northfield open singles title", "a second housing bill": the
	 * noun, or the last word of a compound, ends a longer phrase before the clause goes
	 * on.
	 */
	private static boolean nounClosesPhrase(String after, String noun) {
		Matcher clause = PHRASE.matcher(after);
		if (!clause.lookingAt()) {
			return false;
		}
		String[] words = Prose.normalize(clause.group()).split(" ");
		String last = noun.substring(noun.lastIndexOf(' ') + 1);
		for (int i = 0; i < Math.min(8, words.length); i++) {
			if (words[i].startsWith(last)) {
				return true;
			}
		}
		return false;
	}

}
