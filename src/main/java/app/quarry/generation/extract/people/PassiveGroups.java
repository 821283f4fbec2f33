package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * The group a passive's verb is about, whose leader, founder or tutor the agent after
 * "by" is: "the Prussians [commanded by]", "Acme [was founded by]". Kept apart from
 * NameList, which reads the names after the verb: this reads back from the verb.
 */
final class PassiveGroups {

	private static final Set<String> DETERMINERS = NameLexicon.words("the", "a", "an", "its", "his", "her", "their");

	/** Words that may come between the group and the verb of its passive. */
	private static final Set<String> AUXILIARIES = NameLexicon.words("was", "were", "is", "are", "been", "being", "be",
			"has", "have", "had", "originally", "jointly", "first");

	/** Groups that stand for a name said elsewhere: "the company" asks nothing. */
	private static final Set<String> PRONOUNS = NameLexicon.words("it", "they", "them", "which", "who", "that", "this",
			"these", "those", "he", "she", "we", "one");

	private static final int MAX_GROUP_TOKENS = 6;

	private static final int MAX_CLAUSE_TOKENS = 12;

	private PassiveGroups() {
	}

	/**
	 * The group a passive's verb at {@code verb} is about: "the Prussians [commanded]",
	 * "Acme [was founded]", "The rebels, numbering 40 and [led]". Null when it is a
	 * pronoun or a word that stands for a name said elsewhere.
	 */
	static String before(DocumentTokens doc, int verb) {
		int g = auxiliariesStart(doc, verb) - 1;
		if (aboutPerson(doc, verb)) {
			// "Jane Roe of Norway, who was coached by": the person the clause is about
			return PersonsBeforeWho.name(doc, g);
		}
		if (g >= 0) {
			g = BracketedAsides.before(doc, g); // "the Acme Cup (Annual Contest ...) was"
		}
		if (g >= 0 && doc.get(g).lower().equals("and") && !doc.boundaryBefore(g + 1)) {
			// "The rebels, some 40 strong and led by": the group is
			// before the participle clause
			int comma = g - 1;
			while (comma > 0 && g - comma < MAX_CLAUSE_TOKENS && !doc.boundaryBefore(comma + 1)
					&& !doc.get(comma).is(",")) {
				comma--;
			}
			if (comma < 1 || !doc.get(comma).is(",") || !doc.get(comma + 1).lower().endsWith("ing")) {
				return null;
			}
			g = comma - 1;
		}
		else if (g >= 0 && doc.get(g).is(",")) {
			// "The rebels, led by"
			g--;
		}
		if (g < 0) {
			return null;
		}
		for (int t = g + 1; t <= verb; t++) {
			if (doc.boundaryBefore(t)) {
				return null;
			}
		}
		int from = g + 1;
		while (from > 0 && g + 1 - from < MAX_GROUP_TOKENS && !doc.boundaryBefore(from)) {
			Token token = doc.get(from - 1);
			String lower = token.lower();
			if (!token.word() && !token.is("&") && !NameFinder.isPossessiveMark(token)
					|| NameLexicon.PREPOSITIONS.contains(lower)
					|| AUXILIARIES.contains(lower) && !insideName(doc, from - 1) || SpeechVerbs.isSpeechVerb(lower)
					|| PRONOUNS.contains(lower)) {
				break;
			}
			from--;
			if (DETERMINERS.contains(lower)) {
				break;
			}
		}
		if (from > g) {
			return null;
		}
		Token head = doc.get(g);
		String headLower = head.lower();
		if (!head.word() || PRONOUNS.contains(headLower) || NameLexicon.FUNCTION_WORDS.contains(headLower)
				|| Character.isDigit(headLower.charAt(0)) || g - from == 1
						&& DETERMINERS.contains(doc.get(from).lower()) && OrganisationWords.NOUNS.contains(headLower)) {
			return null;
		}
		String first = doc.get(from).lower();
		if (from == g && doc.boundaryBefore(from) && first.endsWith("s")
				&& !PlacesLedBy.namedMidSentence(doc, head.text())) {
			// "Protesters, led by Jane Roe,": a plural capitalized only because it opens
			// the sentence is a common noun, no group's name to be the leader of
			return null;
		}
		if (!DETERMINERS.contains(first) && !doc.get(from).capitalized()) {
			// "surprised Prussians": a group without its determiner may be a verb's
			// object
			return null;
		}
		String group = doc.span(from, g + 1);
		if (first.equals("a") || first.equals("an")) {
			// "an army under Jane Roe": on a card, the army she commanded
			group = "the" + group.substring(first.length());
		}
		else if (first.equals("the")) {
			group = "the" + group.substring(3);
		}
		return group;
	}

	/**
	 * Whether the passive at {@code verb} is in a "who" clause: its group is a person,
	 * whom one agent, not each of a list running on, holds a role towards.
	 */
	static boolean aboutPerson(DocumentTokens doc, int verb) {
		int who = auxiliariesStart(doc, verb) - 1;
		return who >= 0 && doc.get(who).lower().equals("who") && !doc.get(who).capitalized();
	}

	/** The first of the auxiliaries right before the verb, or the verb itself. */
	private static int auxiliariesStart(DocumentTokens doc, int verb) {
		int g = verb - 1;
		while (g >= 0 && !doc.boundaryBefore(g + 1) && AUXILIARIES.contains(doc.get(g).lower())) {
			g--;
		}
		return g + 1;
	}

	/**
	 * A capitalised word inside a sentence belongs to a name: the "First" of "the First
	 * Harbour Cup" is no adverb.
	 */
	private static boolean insideName(DocumentTokens doc, int t) {
		return doc.get(t).capitalized() && !doc.boundaryBefore(t);
	}

}
