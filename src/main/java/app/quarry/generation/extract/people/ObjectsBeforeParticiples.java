package app.quarry.generation.extract.people;

import java.util.List;
import java.util.Set;

/**
 * "Westria attacked Norland, saying …", "The board came down on Acme, saying …": a
 * participle set off after a clause speaks for that clause's subject. When no subject of
 * the clause was read as a mention, the name nearest the participle is the clause's
 * object, the one attacked or spoken of, and never the speaker.
 */
final class ObjectsBeforeParticiples {

	/** Verbs, not ending in "-ed", that take a person or a body as their object. */
	private static final Set<String> IRREGULAR_VERBS = NameLexicon.words("hit", "met", "told", "sent", "took", "gave",
			"beat", "left", "led", "sought", "fought", "struck", "thanks", "urges", "warns", "accuses", "blames",
			"attacks", "criticises", "criticizes", "praises", "slams", "joins", "calls");

	private ObjectsBeforeParticiples() {
	}

	/**
	 * Whether the mention, which is no subject, stands as the object of a verb or of a
	 * preposition inside its clause: after "on", "at", "with", or after a verb such as
	 * "attacked" that follows some other words of the clause.
	 */
	static boolean objectOfClause(DocumentTokens doc, Mention mention) {
		if (mention.subject || mention.possessive) {
			return false; // "… to Roe's remarks calling it …": the remarks are the
							// owner's
		}
		int before = mention.phraseStartToken - 1;
		if (before >= 0 && !doc.boundaryBefore(before + 1)
				&& AttributionClauses.DETERMINERS.contains(doc.get(before).lower())) {
			before--;
		}
		if (before < 1 || doc.boundaryBefore(before + 1) || doc.boundaryBefore(before) || !doc.get(before).word()
				|| doc.get(before).capitalized()) {
			return false; // a name opening its sentence, or only one word after its start
		}
		String lower = doc.get(before).lower();
		if (NameLexicon.PREPOSITIONS.contains(lower)) {
			// "was praised by Roe, saying" leaves the one who spoke unsure either way
			return !lower.equals("by");
		}
		boolean verb = lower.endsWith("ed") || IRREGULAR_VERBS.contains(lower);
		String previous = doc.get(before - 1).lower();
		// "the embattled Roe": a participle after an article describes the name
		return verb && !AttributionClauses.DETERMINERS.contains(previous) && !previous.equals("'s")
				&& !previous.equals("’s") && !POSSESSIVES.contains(previous);
	}

	/**
	 * "Later Roe hit out at Acme, saying …": a name read earlier in the object's clause,
	 * itself no object, that was not marked as the subject; null when there is none.
	 */
	static Mention subjectBeforeObject(DocumentTokens doc, List<Mention> mentions, Mention object) {
		for (Mention mention : mentions) {
			if (mention.sentence == object.sentence && mention.firstToken < object.firstToken && !mention.inQuote
					&& !mention.embedded && !mention.possessive && mention.person != null
					&& mention.kind != Mention.Kind.PRONOUN && !objectOfClause(doc, mention)
					&& !afterGerund(doc, mention)) {
				return mention;
			}
		}
		return null;
	}

	/** "After meeting Roe, …": a name after a gerund is what a fronted phrase did. */
	private static boolean afterGerund(DocumentTokens doc, Mention mention) {
		int before = mention.phraseStartToken - 1;
		return before >= 0 && !doc.boundaryBefore(before + 1) && doc.get(before).word()
				&& doc.get(before).lower().endsWith("ing");
	}

	private static final Set<String> POSSESSIVES = NameLexicon.words("his", "her", "its", "their", "our", "my", "your");

}
