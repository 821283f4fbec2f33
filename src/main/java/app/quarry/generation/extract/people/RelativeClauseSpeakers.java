package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "Roe was backed by Jane Doe, who said: “…”", "Roe praised the architect, Tom Lee, who
 * said …": a speech verb whose subject is a "who" set off after a name belongs to that
 * name, whoever the main clause is about.
 */
final class RelativeClauseSpeakers {

	/**
	 * Prepositions whose name a "who" takes up whole: "by Roe" names a doer, and in
	 * "spoke with Roe" or "talked to Roe" no other noun stands between.
	 */
	private static final Set<String> TAKEN_UP = NameLexicon.words("by", "with", "to");

	private RelativeClauseSpeakers() {
	}

	/**
	 * The name a "who" right before the speech verb stands for, or null when the verb has
	 * no such subject or the name cannot be told ("the wife of Roe, who said": the wife
	 * may be meant).
	 */
	static Mention antecedent(DocumentPeople people, int verb) {
		int comma = commaBeforeWho(people.doc, verb);
		if (comma < 0) {
			return null;
		}
		for (Mention mention : people.mentions) {
			if (mention.firstToken >= comma) {
				break;
			}
			if (setOff(mention, comma) && !mention.inQuote && !mention.possessive && mention.person != null
					&& !afterPreposition(people.doc, mention)) {
				return mention;
			}
		}
		return null;
	}

	/**
	 * Whether a "who" before the speech verb stands for someone no name tells: "met the
	 * widow of Roe, who said", "thanked the nurses, who said". The one who speaks is then
	 * not the main clause's subject, though no name can be given for them.
	 */
	static boolean someoneUntold(DocumentPeople people, int verb) {
		int comma = commaBeforeWho(people.doc, verb);
		if (comma < 0) {
			return false;
		}
		Token before = people.doc.get(comma - 1);
		if (before.word() && !before.capitalized()) {
			return true; // "the widow, who said"
		}
		for (Mention mention : people.mentions) {
			if (setOff(mention, comma) && !mention.inQuote && mention.phraseStartToken > 0
					&& people.doc.get(mention.phraseStartToken - 1).lower().equals("of")) {
				return true;
			}
		}
		return false;
	}

	/** The comma before a "who" that is the speech verb's subject, or -1. */
	private static int commaBeforeWho(DocumentTokens doc, int verb) {
		int who = verb - 1;
		while (who > 0 && doc.get(who).word()
				&& AttributionClauses.BETWEEN_SUBJECT_AND_VERB.contains(doc.get(who).lower())) {
			who--;
		}
		if (who < 2 || !doc.get(who).lower().equals("who") || !doc.get(who - 1).is(",") || doc.boundaryBefore(who)) {
			return -1;
		}
		return who - 1;
	}

	private static boolean setOff(Mention mention, int comma) {
		return mention.endToken == comma || mention.appositionEndToken == comma;
	}

	/** "of Roe", "for Roe": a name some other noun may be told of. */
	private static boolean afterPreposition(DocumentTokens doc, Mention mention) {
		int before = mention.phraseStartToken - 1;
		if (before < 0 || doc.boundaryBefore(mention.phraseStartToken)) {
			return false;
		}
		String lower = doc.get(before).lower();
		return !TAKEN_UP.contains(lower) && NameLexicon.PREPOSITIONS.contains(lower);
	}

}
