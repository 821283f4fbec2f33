package app.quarry.generation.extract.people;

import java.util.Set;
import java.util.regex.Pattern;

import static app.quarry.generation.extract.people.RoleWords.COPULAS;
import static app.quarry.generation.extract.people.RoleWords.INDEFINITE;
import static app.quarry.generation.extract.people.RoleWords.MAX_APPOSITION_TOKENS;
import static app.quarry.generation.extract.people.RoleWords.MODIFIERS;
import static app.quarry.generation.extract.people.RoleWords.VERBS;
import static app.quarry.generation.extract.people.RoleWords.corporateStop;
import static app.quarry.generation.extract.people.RoleWords.roleWordNearStart;

/**
 * A role set off by commas after the name: "Kim Yo Jong, the influential sister of North
 * Korean leader Kim Jong Un,", "Jane Roe, formerly an Acme executive,", "Jane Holloway,
 * who is the director of the Riverside Trust,".
 */
final class Appositions {

	/** "Fla.-based": a place that goes on as a modifier. */
	private static final Pattern BASED = Pattern.compile("(?s)\\p{Lu}[\\p{L}.]{0,5}-based\\b.*");

	private static final Set<String> OPENERS_REJECTED = NameLexicon.words("who", "whom", "whose", "which", "that",
			"and", "or", "but", "while", "as", "when", "where", "because", "although", "along", "together", "alongside",
			"unlike", "like", "with", "without", "after", "before", "including", "not", "also", "too", "both", "then",
			"however", "meanwhile", "in", "on", "at", "for", "from", "by", "to", "of", "whereas");

	private static final Set<String> PAST_ADVERBS = NameLexicon.words("formerly", "previously", "once");

	private Appositions() {
	}

	static void find(DocumentTokens doc, Mention name) {
		int comma = name.endToken;
		// "Jane Roe an equity strategist at Acme, said": a sentence's subject whose
		// apposition lost the comma before it, the one after it kept
		boolean unmarked = comma + 1 < doc.size() && INDEFINITE.contains(doc.get(comma).lower())
				&& !doc.boundaryBefore(comma) && doc.boundaryBefore(name.phraseStartToken);
		if (unmarked) {
			comma--;
		}
		else if (comma + 1 >= doc.size() || !doc.get(comma).is(",") || doc.boundaryBefore(comma + 1)) {
			return;
		}
		int first = comma + 1;
		if (first + 2 < doc.size() && age(doc.get(first)) && doc.get(first + 1).is(",")
				&& !doc.boundaryBefore(first + 2)) {
			first += 2; // "Jane Roe, 47, an airline pilot,": the age stands before the
						// role
		}
		String past = "";
		if (first + 2 < doc.size() && PAST_ADVERBS.contains(doc.get(first).lower())
				&& INDEFINITE.contains(doc.get(first + 1).lower()) && !doc.boundaryBefore(first + 1)
				|| first + 2 < doc.size() && doc.get(first).lower().equals("then")
						&& RoleWords.ARTICLES.contains(doc.get(first + 1).lower()) && !doc.boundaryBefore(first + 1)) {
			// "Jane Roe, formerly an Acme executive," is a former Acme executive, and
			// "Roe, then the district attorney," a former district attorney;
			// "then the firm's chief" stays "formerly the firm's chief"
			boolean owned = first + 3 < doc.size() && possessive(doc, first + 3);
			past = owned ? "formerly " : "former ";
			first += owned ? 1 : 2;
		}
		if (first + 2 < doc.size() && doc.get(first).lower().equals("also")
				&& RoleWords.ARTICLES.contains(doc.get(first + 1).lower()) && !doc.boundaryBefore(first + 1)) {
			// "Jane Roe, also a Green councillor,": the adverb ties her to someone named
			// before; the role after it is hers all the same
			first++;
		}
		Token opener = doc.get(first);
		if (opener.lower().equals("whose")) {
			WhoseClauses.find(doc, name, first);
			return;
		}
		if (opener.lower().equals("who")) {
			// "Jane Roe, who is the director of the museum,": the clause is an
			// apposition with its copula; other clauses say a role their own way
			int copula = RelativeClauseRoles.afterCopula(doc, first);
			if (copula < 0) {
				RelativeClauseRoles.find(doc, name, first);
				return;
			}
			first = copula;
			opener = doc.get(first);
		}
		if (!opener.word() || OPENERS_REJECTED.contains(opener.lower())
				|| SpeechVerbs.isSpeechVerb(opener.lower()) && !AppositionBounds.modifiesRoleNoun(doc, first)
				|| opener.nameLike() && isNameStart(doc, first) && past.isEmpty() && !StatedPlaces.ownedRun(doc, first)
						&& !postOfNamedBody(doc, first) && !OwnersNamedWithTheirKind.at(doc, first)
				|| clauseOpener(doc, first)) {
			return;
		}
		if (pastVerb(doc, first)) {
			// "Quist's finance chief, Paul Dorne, resigned and its chairman, ...": the
			// name was the apposition, and what follows it is the sentence's verb
			return;
		}
		if (SharedRoles.singular(opener) != null) {
			// "Jane Roe and Ann Doe, members of the council,": a plural is the list's,
			// which each holds one of
			return;
		}
		int end = first;
		int depth = 0;
		while (end < doc.size() && end - first < MAX_APPOSITION_TOKENS && (end == first || !doc.boundaryBefore(end))) {
			Token token = doc.get(end);
			if (token.is("(")) {
				depth++;
			}
			else if (token.is(")")) {
				depth--;
			}
			// "_" is the wire services' dash: "the delegation _ including Jane Roe,
			// assembly president _ arrived" closes the apposition as a dash does
			else if (depth <= 0 && !token.word() && ",;.:—–”\"_".contains(token.text()) && !corporateStop(doc, end)
					&& !placeCutAt(doc, end) && !abbreviationBeforeHyphen(doc, end)
					&& !StatedPlaces.insideModifier(doc, first, end) && !adjectivesGoOn(doc, first, end)
					&& !AppositionBounds.subtitleColon(doc, end) && !ListedNamesInAppositions.goesOn(doc, first, end)) {
				// "an Apple Inc. executive": the stop of a company's suffix goes on
				break;
			}
			else if (end > first && !token.capitalized() && SpeechVerbs.isSpeechVerb(token.lower())
					&& !AppositionBounds.speechWordAsNoun(doc, end)) {
				// "Ralph Crosby, EADS's North America CEO, commented": the apposition
				// ends where the clause's verb begins ("State" in a name is none)
				break;
			}
			else if (end > first && RunOnAppositions.verbAfterName(doc, end)) {
				break;
			}
			end++;
		}
		// "Jane Roe, an arms dealer,": a doer no list holds, heading the phrase, is a
		// role of someone the text names in full, who is no firm
		boolean role = roleWordNearStart(doc, StatedPlaces.roleStart(doc, first, end), end)
				|| name.multiWordName() && AgentNouns.headsPhrase(doc, first, end);
		if (end == first || end - first >= MAX_APPOSITION_TOKENS || !role
				|| opener.capitalized() && !possessive(doc, first + 1) && !capitalizedUpToRoleWord(doc, first, end)
						&& !OwnersNamedWithTheirKind.at(doc, first)
				|| unmarked && (end >= doc.size() || !doc.get(end).is(",")) || placeCutAt(doc, end)
				|| AppositionBounds.listItem(doc, end)) {
			return;
		}
		if (TitledNameInApposition.holds(doc, first, end)) {
			return;
		}
		int roleEnd = AppositionBounds.roleEnd(doc, first, end);
		// "Jane Roe, MP for Upton, Worcestershire, said": the county goes with the role
		end = PlacesAfterAppositions.end(doc, first, end);
		if (AppositionBounds.holdsClause(doc, first, roleEnd)) {
			// "In Norland, the boy's father was angry": what follows the comma is a
			// sentence, and the name before it no person
			return;
		}
		name.appositionEndToken = end;
		String apposition = past + doc.span(first, roleEnd);
		if (opener.lower().equals("another") && RoleWords.oneOf(doc, first)) {
			// "another of Mara's great-uncles" compares with a relative the card does
			// not show: on its own he is one of them
			apposition = past + "one" + doc.span(first, roleEnd).substring(opener.text().length());
		}
		name.role = name.role == null ? apposition : name.role;
		name.appositionRole = apposition;
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

	private static final int OLDEST = 120;

	/** A number that can be someone's age: "47" in "Jane Roe, 47, said". */
	private static boolean age(Token token) {
		String text = token.text();
		return text.length() <= 3 && text.chars().allMatch(Character::isDigit) && Integer.parseInt(text) <= OLDEST;
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

	/**
	 * "publisher of Orlando, Fla.-based Confectioner Magazine": the comma after a town
	 * and before a state's abbreviation is inside the apposition, which goes on past it:
	 * what stands before it ("publisher of Orlando") would be a wrong role.
	 */
	private static boolean placeCutAt(DocumentTokens doc, int comma) {
		if (comma + 1 >= doc.size() || !doc.get(comma).is(",") || doc.boundaryBefore(comma + 1)
				|| !doc.get(comma - 1).capitalized()) {
			return false;
		}
		// "Orlando, Fla., on Monday" ends the apposition after the state: only a place
		// that goes on as a modifier ("Fla.-based") cuts it
		String after = doc.span(comma + 1, Math.min(doc.size(), comma + 5));
		return BASED.matcher(after).matches();
	}

	/** "Fla.-based": the abbreviation's stop goes on into the word it is part of. */
	private static boolean abbreviationBeforeHyphen(DocumentTokens doc, int t) {
		Token token = doc.get(t);
		return token.is(".") && token.end() < doc.text.length() && doc.text.charAt(token.end()) == '-';
	}

	/** "Apple's senior vice president": an organisation's role. */
	private static boolean possessive(DocumentTokens doc, int t) {
		return t < doc.size() && NameFinder.isPossessiveMark(doc.get(t));
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

	private static boolean isNameStart(DocumentTokens doc, int t) {
		return t + 1 < doc.size() && doc.get(t + 1).nameLike() && !NameLexicon.NOT_NAMES.contains(doc.get(t).lower())
				&& !CapitalisedTitles.opensTitle(doc, t);
	}

	/**
	 * "Washington correspondent" is a role; "Chung voiced optimism about President ..."
	 * is not.
	 */
	private static boolean capitalizedUpToRoleWord(DocumentTokens doc, int first, int end) {
		for (int t = first; t < end; t++) {
			Token token = doc.get(t);
			if (NameLexicon.isRoleNoun(token.lower())) {
				return true;
			}
			if (t > first && NameFinder.isPossessiveMark(token) && (doc.get(t - 1).capitalized()
					|| OwnersNamedWithTheirKind.possessiveAfterKind(doc, t - 1) == t)) {
				// "Acme Steel's famous designer", "La Vela newspaper's famous critic": an
				// owner's name, however long, and then the post it owns
				return true;
			}
			if (!token.capitalized() && !NameFinder.isPossessiveMark(token) && !corporateStop(doc, t)
					&& !StatedPlaces.pluralPossessive(doc, t)
					&& OwnersNamedWithTheirKind.possessiveAfterKind(doc, t) == t) {
				return false;
			}
		}
		return false;
	}

	/**
	 * "a soft-spoken, hard-working teacher": the comma at {@code comma} separates the
	 * adjectives of a description its article opens at {@code first}.
	 */
	private static boolean adjectivesGoOn(DocumentTokens doc, int first, int comma) {
		return RoleWords.ARTICLES.contains(doc.get(first).lower()) && CoordinateAdjectives.joins(doc, first + 1, comma);
	}

}
