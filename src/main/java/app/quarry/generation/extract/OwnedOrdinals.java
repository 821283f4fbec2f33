package app.quarry.generation.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;
import app.quarry.corpus.Sentence;

/**
 * An ordinal owned by "his", "her", "its" or "their" that stands without its noun ranks
 * what its sentence has just named: the noun before the comma it is set after ("holding
 * pole position, her season-high fourth of the year", "a loss, its third in a row"), or
 * the noun of the ordinal before it in the sentence ("his second race of the season, and
 * his fifth at the track"). News drops the noun it has just said.
 */
final class OwnedOrdinals {

	private OwnedOrdinals() {
	}

	/** "his ", "her season-high ": an owner and at most a hyphened modifier. */
	private static final Pattern OWNER_BEFORE = Pattern
		.compile("\\b(?:his|her|its|their)\\s+(?:\\p{Ll}+-\\p{Ll}+\\s+)?$");

	/** "pole position, his ": the noun an ordinal set after a comma stands for. */
	private static final Pattern APPOSED_NOUN_BEFORE = Pattern
		.compile("\\b(?<noun>\\p{Ll}{3,}),\\s+(?:his|her|its|their)\\s+(?:\\p{Ll}+-\\p{Ll}+\\s+)?$");

	/**
	 * What the words after the ordinal may be for it to stand alone: the end of the
	 * clause or a word that says among what or where ("fourth of the season", "fifth at
	 * the track", "third in a row", "second this year").
	 */
	private static final Pattern ALONE_AFTER = Pattern
		.compile("\\s*(?:[.,;:)]|$|\\s(?:of|at|in|on|for|since|this|last|overall|and|or)\\b)");

	/**
	 * The unit an owned ordinal standing alone ranks, or null when it is not one or its
	 * sentence names nothing it could rank.
	 */
	static String unit(DocumentText document, String clean, int start, int end, List<CountFact> ordinals) {
		String before = clean.substring(Math.max(0, start - 60), start);
		if (!OWNER_BEFORE.matcher(before).find()
				|| !ALONE_AFTER.matcher(clean).region(end, clean.length()).lookingAt()) {
			return null;
		}
		Matcher apposed = APPOSED_NOUN_BEFORE.matcher(before);
		if (apposed.find()) {
			String noun = apposed.group("noun");
			return Nouns.FUNCTION_WORDS.contains(noun) || CountWords.isTimeUnit(Nouns.singular(noun)) ? null
					: Nouns.singular(noun);
		}
		Sentence sentence = document.sentenceAt(start);
		for (int i = ordinals.size() - 1; i >= 0; i--) {
			CountFact o = ordinals.get(i);
			if (sentence == null || o.start() < sentence.start()) {
				break;
			}
			if (o.end() <= start) {
				return o.unit(); // "his second race ..., and his third at the circuit"
			}
		}
		return null;
	}

}
