package app.quarry.generation.extract.people;

import java.util.Set;

import static app.quarry.generation.extract.people.PhrasesReadAsRoles.opensRole;
import static app.quarry.generation.extract.people.PhrasesReadAsRoles.readsAsRole;
import static app.quarry.generation.extract.people.RoleWords.VERBS;

/**
 * Where a role set off before a name opens inside a clause: after a preposition, a word
 * that opens a clause, or a verb whose object it is ("prompted by the influential county
 * president, Lord Hawke,"). Apart from {@link RolesSetOffBefore} because a role in the
 * middle of a clause is read from what stands before its article.
 */
final class RolePhrasesOpeningMidClause {

	/**
	 * Verbs of thinking and finding, whose object may be a role set off before a name
	 * ("whether he found the pilot's brother, Tom Roe, was ..."), and which no -ed ending
	 * marks.
	 */
	private static final Set<String> THINKING = NameLexicon.words("thought", "think", "thinks", "believe", "believes",
			"knew", "know", "knows", "felt", "feel", "feels", "found", "find", "finds", "suspect", "suspects", "fear",
			"fears", "hope", "hopes", "doubt", "doubts");

	/** Words after which a clause, and with it a phrase, begins. */
	private static final Set<String> CLAUSE_OPENERS = NameLexicon.words("that", "if", "whether", "while", "when",
			"because", "although", "though", "since", "after", "before", "until", "unless", "once", "and", "but",
			"where");

	private RolePhrasesOpeningMidClause() {
	}

	/**
	 * "a Communist plot hatched by the hated dictator, Jane Roe,": the start of the first
	 * phrase from {@code from} that reads as a role, not the first that opens; the comma
	 * when none does.
	 */
	static int firstRolePhrase(DocumentTokens doc, int from, int comma) {
		int object = from;
		while (object < comma && !(opensRole(doc.get(object).lower()) && object > 0
				&& (opensPhrase(doc, object - 1) || objectOfInfinitive(doc, object, comma))
				&& readsAsRole(doc, object, comma))) {
			object++;
		}
		return object;
	}

	/**
	 * The token before an article makes it open a phrase of its own: a preposition ("by
	 * the county president"), a word that opens a clause ("that the boy's father", "while
	 * the Democrat"), a verb whose object the phrase is ("praised the mayor, Jane Roe,"),
	 * or the comma after an opening phrase ("In the race for mayor, the Republican
	 * candidate, Jane Roe,"), not the comma after a name, which lists people.
	 */
	private static boolean opensPhrase(DocumentTokens doc, int t) {
		Token token = doc.get(t);
		if (token.is(",")) {
			return t > 0 && doc.get(t - 1).word() && !doc.get(t - 1).capitalized()
					|| OpeningPhraseCommas.closesOpening(doc, t);
		}
		String lower = token.lower();
		boolean verb = token.word() && !token.capitalized() && (VERBS.contains(lower) || SpeechVerbs.isSpeechVerb(lower)
				|| lower.endsWith("ed") || THINKING.contains(lower));
		return NameLexicon.PREPOSITIONS.contains(lower) || CLAUSE_OPENERS.contains(lower) || verb;
	}

	/**
	 * "to try the suspect, Jane Roe": a plain word after "to" is a verb whose object the
	 * phrase from {@code article} to the comma is, unless a word inside opens a clause of
	 * its own ("to delay the vote after the party's candidate, Jane Roe,").
	 */
	private static boolean objectOfInfinitive(DocumentTokens doc, int article, int comma) {
		int verb = article - 1;
		if (verb < 1 || doc.boundaryBefore(verb) || doc.boundaryBefore(article)
				|| !doc.get(verb - 1).lower().equals("to")) {
			return false;
		}
		Token token = doc.get(verb);
		if (!token.word() || token.capitalized() || NameLexicon.FUNCTION_WORDS.contains(token.lower())) {
			return false;
		}
		for (int t = article + 1; t < comma; t++) {
			if (CLAUSE_OPENERS.contains(doc.get(t).lower()) && !doc.get(t).lower().equals("and")) {
				return false;
			}
		}
		return true;
	}

}
