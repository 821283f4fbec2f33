package app.quarry.generation.extract.people;

import java.util.Set;

import static app.quarry.generation.extract.people.RoleWords.COPULAS;
import static app.quarry.generation.extract.people.RoleWords.MODIFIERS;
import static app.quarry.generation.extract.people.RoleWords.VERBS;

/**
 * The first word after the comma that says what follows a name is no description of the
 * person: a function word, a verb, a clause, a second name. Kept apart from Appositions,
 * which reads the description once its opener has passed these tests.
 */
final class AppositionOpeners {

	private static final Set<String> OPENERS_REJECTED = NameLexicon.words("who", "whom", "whose", "which", "that",
			"and", "or", "but", "while", "as", "when", "where", "because", "although", "along", "together", "alongside",
			"unlike", "like", "with", "without", "after", "before", "including", "not", "also", "too", "both", "then",
			"however", "meanwhile", "in", "on", "at", "for", "from", "by", "to", "of", "whereas");

	private AppositionOpeners() {
	}

	/**
	 * Whether the word at {@code first} opens no description of the name before the
	 * comma; {@code afterPastAdverb} when "formerly" or "then" stood before it.
	 */
	static boolean rejected(DocumentTokens doc, int first, boolean afterPastAdverb) {
		Token opener = doc.get(first);
		if (!opener.word() || OPENERS_REJECTED.contains(opener.lower())
				|| SpeechVerbs.isSpeechVerb(opener.lower()) && !AppositionBounds.modifiesRoleNoun(doc, first)
				|| opener.nameLike() && isNameStart(doc, first) && !afterPastAdverb
						&& !StatedPlaces.ownedRun(doc, first) && !postOfNamedBody(doc, first)
						&& !OwnersNamedWithTheirKind.at(doc, first) && !nationalTitle(doc, first)
				|| clauseOpener(doc, first)) {
			return true;
		}
		if (pastVerb(doc, first)) {
			// "Quist's finance chief, Paul Dorne, resigned and its chairman, ...": the
			// name was the apposition, and what follows it is the sentence's verb
			return true;
		}
		// "Jane Roe and Ann Doe, members of the council,": a plural is the list's, which
		// each holds one of
		return SharedRoles.singular(opener) != null;
	}

	/**
	 * "resigned and", "quit in": a past tense followed by no noun, where "retired
	 * chairman" would follow one.
	 */
	private static boolean pastVerb(DocumentTokens doc, int first) {
		Token opener = doc.get(first);
		if (ActVerbs.irregularPast(opener)) {
			// "Their son, Mark Roe, paid tribute to his father": a past tense not spelled
			// with "-ed" is the sentence's verb as surely, whatever follows it
			return true;
		}
		if (opener.capitalized() || !opener.lower().endsWith("ed") || first + 1 >= doc.size()) {
			return false;
		}
		Token next = doc.get(first + 1);
		return !next.word() || NameLexicon.FUNCTION_WORDS.contains(next.lower())
				|| NameLexicon.PREPOSITIONS.contains(next.lower()) || next.lower().equals("and");
	}

	/**
	 * "X, was a king" or "X, overwhelming them" goes on with the sentence's verb or a
	 * participle clause: what follows is not a description of X.
	 */
	private static boolean clauseOpener(DocumentTokens doc, int first) {
		Token opener = doc.get(first);
		String lower = opener.lower();
		// "Acme's chairman, Jane Roe, echoed the official view": a past tense before an
		// article is the sentence's verb, not a description
		boolean pastTense = lower.endsWith("ed") && !opener.capitalized() && first + 1 < doc.size()
				&& RoleWords.ARTICLES.contains(doc.get(first + 1).lower());
		return VERBS.contains(lower) || COPULAS.contains(lower) || pastTense || lower.endsWith("ing")
				&& !opener.capitalized() && !MODIFIERS.contains(lower) && !kindOfPost(doc, first);
	}

	/** What may follow a post that an -ing word names the kind of. */
	private static final Set<String> AFTER_POST = Set.of(",", ".", ";", "of", "at", "for", "in");

	/**
	 * "Jane Roe, managing director of Acme,", "Tom Roe, presiding judge at the trial,":
	 * an -ing word right before a role noun in the singular, closed or carried on by what
	 * it is of, names the kind of post, as "managing" does in a title; "Jane Roe, leading
	 * officers into the hall," is a clause, its noun plural and an object.
	 */
	private static boolean kindOfPost(DocumentTokens doc, int first) {
		if (first + 2 >= doc.size() || doc.boundaryBefore(first + 1) || doc.boundaryBefore(first + 2)) {
			return false;
		}
		Token noun = doc.get(first + 1);
		String lower = noun.lower();
		return noun.word() && !noun.capitalized() && NameLexicon.isRoleNoun(lower) && !lower.endsWith("s")
				&& AFTER_POST.contains(doc.get(first + 2).lower());
	}

	/** Marks that close an apposition with no article: a comma, a dash, a full stop. */
	private static final Set<String> CLOSERS = Set.of(",", "_", "—", "–", "-", ".", ";");

	private static final int MAX_BODY_WORDS = 5;

	/**
	 * "Ostland National Assembly president," after a name: a capitalized run that ends in
	 * a post in lower case, and the apposition with it, is the post in a named body
	 * ("Acme Steel chairman"), not a second person of a list.
	 */
	private static boolean postOfNamedBody(DocumentTokens doc, int first) {
		int t = first;
		while (t < doc.size() && t - first < MAX_BODY_WORDS && doc.get(t).capitalized() && !doc.boundaryBefore(t)) {
			t++;
		}
		return t > first + 1 && t + 1 < doc.size() && !doc.boundaryBefore(t) && doc.get(t).word()
				&& !doc.get(t).capitalized() && NameLexicon.isRoleNoun(doc.get(t).lower())
				&& (doc.boundaryBefore(t + 1) || CLOSERS.contains(doc.get(t + 1).text()));
	}

	/**
	 * "Jane Roe, Danish Minister of Fisheries,": a people's word before a title in
	 * capitals is the country the post is of, not the first name of a second person.
	 */
	private static boolean nationalTitle(DocumentTokens doc, int first) {
		if (!Demonyms.is(doc.get(first))) {
			return false;
		}
		for (int t = first + 1; t < doc.size() && t - first <= MAX_BODY_WORDS && !doc.boundaryBefore(t)
				&& doc.get(t).word() && doc.get(t).capitalized(); t++) {
			String lower = doc.get(t).lower();
			boolean last = t + 1 >= doc.size() || doc.boundaryBefore(t + 1) || !titleWord(doc.get(t + 1));
			if (last && NameLexicon.isRoleNoun(lower)) {
				// "Danish Minister of", "Danish Prime Minister,": the title ends where
				// no name goes on ("Danish Minister Jane Roe" names her)
				return t + 1 >= doc.size() || doc.boundaryBefore(t + 1) || !doc.get(t + 1).nameLike();
			}
			if (!titleWord(doc.get(t))) {
				return false;
			}
		}
		return false;
	}

	private static boolean titleWord(Token token) {
		String lower = token.lower();
		// "Pakistani Information Minister": a portfolio's word is as much a title's as
		// "Prime" is
		return token.word() && token.capitalized() && (NameLexicon.isRoleNoun(lower)
				|| RoleWords.MODIFIERS.contains(lower) || CapitalisedTitles.qualifier(lower));
	}

	private static boolean isNameStart(DocumentTokens doc, int t) {
		return t + 1 < doc.size() && doc.get(t + 1).nameLike() && !NameLexicon.NOT_NAMES.contains(doc.get(t).lower())
				&& !CapitalisedTitles.opensTitle(doc, t);
	}

}
