package app.quarry.generation.extract.people;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a lone capitalized word with no title ("Biden", "Smith") names a
 * person: it does when it is the subject of a speech verb ("Smith told reporters"), or
 * when the part-of-speech model reads it as a proper noun followed by a verb ("Biden met
 * Xi"). Places used for their governments ("Pyongyang said") are in the lexicon of
 * non-names.
 */
final class SingleNames {

	private static final Set<String> BETWEEN = NameLexicon.words("also", "later", "then", "again", "had", "has", "have",
			"did", "was", "would", "will", "could", "earlier", "previously", "recently", "reportedly", "publicly",
			"once", "quickly", "repeatedly");

	private static final Set<String> DETERMINERS = NameLexicon.words("the", "a", "an", "this", "that", "its", "our",
			"their");

	private SingleNames() {
	}

	/**
	 * "Tom's grandmother, Ana, told reporters": a word set off by commas right after a
	 * noun only a person is, with a verb after it, is that person's name.
	 */
	private static boolean namedAfterKin(DocumentTokens doc, Mention name) {
		int first = name.firstToken;
		int after = name.endToken;
		return first >= 2 && after + 1 < doc.size() && doc.get(first - 1).is(",") && !doc.boundaryBefore(first)
				&& PERSON_NOUNS.contains(doc.get(first - 2).lower()) && doc.get(after).is(",")
				&& !doc.boundaryBefore(after + 1) && doc.get(after + 1).word() && !doc.get(after + 1).capitalized()
				&& (doc.get(after + 1).lower().endsWith("ed") || SpeechVerbs.isSpeechVerb(doc.get(after + 1).lower()));
	}

	private static boolean afterDeterminer(DocumentTokens doc, int first) {
		return first > 0 && !doc.boundaryBefore(first) && DETERMINERS.contains(doc.get(first - 1).lower());
	}

	/**
	 * Nouns only a person is: "William, the Duke of Normandy", "Alexander was tutored by
	 * Aristotle" (the tutor of Alexander).
	 */
	private static final Set<String> PERSON_NOUNS = NameLexicon.words("king", "queen", "duke", "duchess", "prince",
			"princess", "emperor", "empress", "pharaoh", "lord", "lady", "earl", "countess", "sultan", "pope", "bishop",
			"archbishop", "son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "widow",
			"widower", "nephew", "niece", "uncle", "aunt", "cousin", "grandson", "granddaughter", "grandmother",
			"grandfather", "tutor", "teacher", "mentor", "pupil", "philosopher", "poet", "painter", "composer");

	private static final int ROLE_HEAD_WORDS = 5;

	/** What parts a role's words; compiled once, not on every name asked about. */
	private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}-]+");

	/**
	 * A lone capitalized word with no title names a person when it speaks or acts as one
	 * ({@link #actsAsPerson}) or when the role the text gives it is one only a person
	 * holds.
	 */
	static boolean isPerson(DocumentTokens doc, Mention name) {
		// a title before the word is left to the name rules: "Duke of Normandy" names a
		// place
		return name.titled || actsAsPerson(doc, name)
				|| name.phraseStartToken == name.firstToken && personalRole(name.role)
				|| personalRole(name.appositionRole);
	}

	private static boolean personalRole(String role) {
		if (role == null) {
			return false;
		}
		String[] words = NON_WORD.split(role.toLowerCase(java.util.Locale.ROOT));
		for (int i = 0; i < Math.min(words.length, ROLE_HEAD_WORDS); i++) {
			if (PERSON_NOUNS.contains(words[i])) {
				return true;
			}
		}
		return false;
	}

	static boolean actsAsPerson(DocumentTokens doc, Mention name) {
		if (namedAfterKin(doc, name)) {
			return true;
		}
		if (!name.possessive && !afterDeterminer(doc, name.firstToken)
				&& SubjectsSetOffBeforeSpeaking.speaksAfterApposition(doc, name.endToken)) {
			return true; // "Mirwani, 31, says": an age or a person's apposition, then
							// speech
		}
		if (name.possessive || name.endToken >= doc.size() || doc.boundaryBefore(name.endToken)
				|| name.surface.endsWith("s") || afterDeterminer(doc, name.firstToken)) {
			return false; // "Ministers agree", "The Rijksmuseum said"
		}
		int v = name.endToken;
		while (v < doc.size() - 1 && doc.get(v).word() && BETWEEN.contains(doc.get(v).lower())) {
			v++;
		}
		Token next = doc.get(v);
		if (!next.word() || next.capitalized()) {
			return false;
		}
		return SpeechVerbs.isSpeechVerb(next.lower()) && !SpeechVerbs.isParticiple(next.lower());
	}

}
