package app.quarry.generation.extract.people;

import java.util.Set;

import static app.quarry.generation.extract.people.RoleWords.INDEFINITE;
import static app.quarry.generation.extract.people.RoleWords.MAX_APPOSITION_TOKENS;
import static app.quarry.generation.extract.people.RoleWords.corporateStop;
import static app.quarry.generation.extract.people.RoleWords.roleWordNearStart;

/**
 * A role set off by commas after the name: "Kim Yo Jong, the influential sister of North
 * Korean leader Kim Jong Un,", "Jane Roe, formerly an Acme executive,", "Jane Holloway,
 * who is the director of the Riverside Trust,".
 */
final class Appositions {

	private static final Set<String> PAST_ADVERBS = NameLexicon.words("formerly", "previously", "once");

	/** Before a role that an owner opens: "formerly the firm's chief". */
	private static final String FORMERLY = "formerly ";

	/** Before a role with its article: "former district attorney". */
	private static final String FORMER = "former ";

	private Appositions() {
	}

	static void find(DocumentTokens doc, Mention name) {
		boolean unmarked = lostItsOpeningComma(doc, name);
		int comma = unmarked ? name.endToken - 1 : afterBracketedTag(doc, name.endToken);
		if (!unmarked && !opensApposition(doc, comma)) {
			return;
		}
		int first = afterAge(doc, comma + 1);
		String past = pastAdverb(doc, first);
		first = afterAlso(doc, first + wordsOfPast(past));
		first = descriptionStart(doc, name, first);
		if (first < 0 || AppositionOpeners.rejected(doc, first, !past.isEmpty())) {
			return;
		}
		int end = AppositionStops.end(doc, first);
		if (holdsRole(doc, name, first, end, unmarked)) {
			takeRole(doc, name, first, end, past);
		}
	}

	/**
	 * "Jane Roe an equity strategist at Acme, said": a sentence's subject whose
	 * apposition lost the comma before it, the one after it kept.
	 */
	private static boolean lostItsOpeningComma(DocumentTokens doc, Mention name) {
		int after = name.endToken;
		return after + 1 < doc.size() && INDEFINITE.contains(doc.get(after).lower()) && !doc.boundaryBefore(after)
				&& doc.boundaryBefore(name.phraseStartToken);
	}

	private static final int MAX_TAG_TOKENS = 5;

	/**
	 * "Jane Roe (WES), Westria coach", "Sen. Tom Roe (D-Ohio), chair of the panel,": a
	 * short tag in brackets right after the name (a country's code, a party and state)
	 * stands between it and its apposition's comma. The token after the closing bracket,
	 * or {@code after} itself when no such tag follows the name.
	 */
	private static int afterBracketedTag(DocumentTokens doc, int after) {
		if (after >= doc.size() || !doc.get(after).is("(") || doc.boundaryBefore(after)) {
			return after;
		}
		for (int t = after + 1; t < doc.size() && t - after <= MAX_TAG_TOKENS && !doc.boundaryBefore(t); t++) {
			if (doc.get(t).is("(")) {
				return after;
			}
			if (doc.get(t).is(")")) {
				return t > after + 1 && t + 1 < doc.size() && doc.get(t + 1).is(",") ? t + 1 : after;
			}
		}
		return after;
	}

	/** A comma in the sentence with more of the sentence after it. */
	private static boolean opensApposition(DocumentTokens doc, int comma) {
		return comma + 1 < doc.size() && doc.get(comma).is(",") && !doc.boundaryBefore(comma + 1);
	}

	/** "Jane Roe, 47, an airline pilot,": the age stands before the role. */
	private static int afterAge(DocumentTokens doc, int first) {
		if (first + 2 < doc.size() && age(doc.get(first)) && doc.get(first + 1).is(",")
				&& !doc.boundaryBefore(first + 2)) {
			return first + 2;
		}
		return first;
	}

	/**
	 * "Jane Roe, formerly an Acme executive," is a former Acme executive, and "Roe, then
	 * the district attorney," a former district attorney; "then the firm's chief" stays
	 * "formerly the firm's chief". The words to put before the role, or "".
	 */
	private static String pastAdverb(DocumentTokens doc, int first) {
		if (first + 2 < doc.size() && PAST_ADVERBS.contains(doc.get(first).lower())
				&& INDEFINITE.contains(doc.get(first + 1).lower()) && !doc.boundaryBefore(first + 1)
				|| first + 2 < doc.size() && doc.get(first).lower().equals("then")
						&& RoleWords.ARTICLES.contains(doc.get(first + 1).lower()) && !doc.boundaryBefore(first + 1)) {
			boolean owned = first + 3 < doc.size() && possessive(doc, first + 3);
			return owned ? FORMERLY : FORMER;
		}
		return "";
	}

	/**
	 * How many words {@link #pastAdverb} stands for: "formerly" replaces the adverb and
	 * keeps the article before an owner ("formerly the firm's chief"), "former" replaces
	 * both.
	 */
	private static int wordsOfPast(String past) {
		return past.isEmpty() ? 0 : past.equals(FORMERLY) ? 1 : 2;
	}

	/**
	 * "Jane Roe, also a Green councillor,": the adverb ties her to someone named before;
	 * the role after it is hers all the same.
	 */
	private static int afterAlso(DocumentTokens doc, int first) {
		if (first + 2 < doc.size() && doc.get(first).lower().equals("also")
				&& RoleWords.ARTICLES.contains(doc.get(first + 1).lower()) && !doc.boundaryBefore(first + 1)) {
			return first + 1;
		}
		return first;
	}

	/**
	 * Where the description starts, or -1 when a relative clause says the role its own
	 * way and its reader has taken it. "Jane Roe, who is the director of the museum,":
	 * the clause is an apposition with its copula.
	 */
	private static int descriptionStart(DocumentTokens doc, Mention name, int first) {
		String opener = doc.get(first).lower();
		if (opener.equals("whose")) {
			WhoseClauses.find(doc, name, first);
			return -1;
		}
		if (opener.equals("who")) {
			int copula = RelativeClauseRoles.afterCopula(doc, first);
			if (copula < 0) {
				RelativeClauseRoles.find(doc, name, first);
				return -1;
			}
			return copula;
		}
		return first;
	}

	/**
	 * Whether the words from {@code first} to {@code end} name a role of the person.
	 * "Jane Roe, an arms dealer,": a doer no list holds, heading the phrase, is a role of
	 * someone the text names in full, who is no firm.
	 */
	private static boolean holdsRole(DocumentTokens doc, Mention name, int first, int end, boolean unmarked) {
		Token opener = doc.get(first);
		boolean role = roleWordNearStart(doc, StatedPlaces.roleStart(doc, first, end), end)
				|| name.multiWordName() && AgentNouns.headsPhrase(doc, first, end)
				|| name.multiWordName() && SingledOutDescriptions.opens(doc, first, end)
				|| name.multiWordName() && MembersOfNamedBodies.opens(doc, first, end);
		if (end == first || end - first >= MAX_APPOSITION_TOKENS || !role
				|| opener.capitalized() && !possessive(doc, first + 1) && !capitalizedUpToRoleWord(doc, first, end)
						&& !OwnersNamedWithTheirKind.at(doc, first)
				|| unmarked && (end >= doc.size() || !doc.get(end).is(",")) || AppositionStops.placeCutAt(doc, end)
				|| AppositionBounds.listItem(doc, end)) {
			return false;
		}
		return !TitledNameInApposition.holds(doc, first, end);
	}

	/** Gives the person the role, unless what follows the comma is a sentence. */
	private static void takeRole(DocumentTokens doc, Mention name, int first, int end, String past) {
		Token opener = doc.get(first);
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

	private static final int OLDEST = 120;

	/** Lower-case words a post may carry between its owner's name and its noun. */
	private static final int MAX_MODIFIERS = 2;

	/**
	 * A lower-case word that can qualify a post ("foreign", "senior", "trade") and is no
	 * function word, preposition, verb or clause: "Westria said" and "Acme, which" are no
	 * posts.
	 */
	private static boolean modifierOfPost(Token token) {
		String lower = token.lower();
		return token.word() && !token.capitalized() && lower.chars().allMatch(Character::isLetter)
				&& (RoleWords.MODIFIERS.contains(lower) || !NameLexicon.FUNCTION_WORDS.contains(lower)
						&& !NameLexicon.PREPOSITIONS.contains(lower) && !RoleWords.VERBS.contains(lower)
						&& !RoleWords.COPULAS.contains(lower) && !SpeechVerbs.isSpeechVerb(lower)
						&& !lower.endsWith("ed") && !lower.endsWith("ly") && !lower.endsWith("ing"));
	}

	/** A number that can be someone's age: "47" in "Jane Roe, 47, said". */
	private static boolean age(Token token) {
		String text = token.text();
		return text.length() <= 3 && text.chars().allMatch(Character::isDigit) && Integer.parseInt(text) <= OLDEST;
	}

	/** "Apple's senior vice president": an organisation's role. */
	private static boolean possessive(DocumentTokens doc, int t) {
		return t < doc.size() && NameFinder.isPossessiveMark(doc.get(t));
	}

	/**
	 * "Washington correspondent" is a role; "Chung voiced optimism about President ..."
	 * is not.
	 */
	private static boolean capitalizedUpToRoleWord(DocumentTokens doc, int first, int end) {
		int modifiers = 0;
		for (int t = first; t < end; t++) {
			Token token = doc.get(t);
			if (NameLexicon.isRoleNoun(token.lower()) || SportingPositions.afterTeam(doc, t)
					|| t > first && MembersOfNamedBodies.memberNoun(doc, t)) {
				// "Norcon engineer", "Norcon welder": a post, or a kind of person the
				// body's name makes its member
				return true;
			}
			if (t > first && modifiers < MAX_MODIFIERS && modifierOfPost(token)) {
				// "Westria foreign minister", "Acme senior vice president": the place or
				// the body, then the words that say which post of it
				modifiers++;
				continue;
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

}
