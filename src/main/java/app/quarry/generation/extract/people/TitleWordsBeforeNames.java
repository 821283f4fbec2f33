package app.quarry.generation.extract.people;

import java.util.Set;

import static app.quarry.generation.extract.people.RoleWords.MODIFIERS;
import static app.quarry.generation.extract.people.RoleWords.corporateStop;

/**
 * How far back from a name the words of its title reach: capitalised words and role
 * nouns, links to a body ("Secretary of State"), a department's name with its "and", a
 * bracketed short form, lower-case roles ("US bank chief"), a hedge ("alleged"). Apart
 * from {@link TitlesBeforeNames}, which decides what of these words is the title.
 */
final class TitleWordsBeforeNames {

	private static final Set<String> QUANTIFIERS = NameLexicon.words("both", "all", "each", "every", "either",
			"neither", "many", "most", "some", "several", "few", "two", "three");

	/** Words that say a title is only charged or reported. */
	private static final Set<String> HEDGES = NameLexicon.words("alleged", "accused", "suspected", "reputed",
			"purported", "self-styled", "convicted");

	private TitleWordsBeforeNames() {
	}

	/**
	 * The last word before the title that ends at {@code titleEnd}, walking back no
	 * further than {@code floor}.
	 */
	static int wordBeforeTitle(DocumentTokens doc, int titleEnd, int floor, Mention previous) {
		int t = titleEnd - 1;
		int lowerNouns = 0;
		while (t >= floor && !doc.boundaryBefore(t + 1)) {
			if (prefixWord(doc, t, titleEnd)) {
				t--;
			}
			else if (t + 1 == titleEnd && SecondPostsSetOff.firstPostBefore(doc, t) >= 0) {
				// "Norland goalkeeper, and captain, Pedro Alves": the second post set off
				// by commas, then the first and what comes before it
				t = SecondPostsSetOff.firstPostBefore(doc, t);
			}
			else if (PortfoliosInDepartmentNames.andInsideDepartment(doc, t, titleEnd, previous)) {
				// "Health and Human Services Secretary Jane Roe": the department's name
				// holds the "and"
				t--;
			}
			else if (PortfoliosInDepartmentNames.commaInsideDepartment(doc, t, titleEnd)) {
				// "Industry, Trade and Finance Minister Jane Roe": a list of portfolios
				// without the comma before its "and"
				t--;
			}
			else if (t + 1 == titleEnd && BracketedTitles.spelledOutBefore(doc, t) > 0) {
				// "Liberal MP (Member of Parliament) Jane Roe": the bracket spells out
				// the short title before it, and the title goes on before that
				t = BracketedTitles.spelledOutBefore(doc, t) - 1;
			}
			else if (BracketedTitles.acronymAt(doc, t)) {
				// "Director of the Federal Bureau of Investigation (FBI) Jane Roe": the
				// short name of the body belongs to the title
				t -= 3;
			}
			else if (lowerNouns < 2 && t + 1 < titleEnd && LowerCaseTitles.qualifier(doc, t)
					&& LowerCaseTitles.qualifiesLowerRole(doc, t + 1)) {
				// "US bank chief Ben Bernanke", "German economy minister Rainer
				// Bruederle"
				lowerNouns++;
				t--;
			}
			else if (LowerCaseTitles.participleOfRole(doc, t, titleEnd)) {
				// "chief operating officer Jane Roe", "Chief operating officer Jane Roe
				// said" at a sentence's start: the -ing word says which officer
				t--;
			}
			else if (t + 1 == titleEnd && LowerCaseTitles.roleOfNoun(doc, t) >= 0) {
				// "head of state Jane Roe", "chief of staff John Roe", "spokesman for the
				// ministry John Roe": a role and what it heads, all in lower case
				t = LowerCaseTitles.roleOfNoun(doc, t) - 1;
			}
			else if (HEDGES.contains(doc.get(t).lower()) && TitlesBeforeNames.roleNounBetween(doc, t + 1, titleEnd)) {
				// "alleged terrorist mastermind Jane Roe": the hedge is part of what the
				// text says she is
				t--;
				break;
			}
			else {
				break;
			}
		}
		return t;
	}

	private static boolean prefixWord(DocumentTokens doc, int t, int nameFirst) {
		Token token = doc.get(t);
		if (!token.word()) {
			// "Procter & Gamble spokeswoman Jennifer Chelune", "officer of Apple Inc.
			// Steve Jobs"
			return corporateStop(doc, t) || token.is("&") && t > 0 && doc.get(t - 1).capitalized() && t + 1 < doc.size()
					&& doc.get(t + 1).capitalized();
		}
		String lower = token.lower();
		if (token.capitalized()) {
			// "Both Senator Roe and ...": a word that counts the people opens no title
			// "Dear Mr. Roe": a letter's greeting is no title
			// "On Monday secretary of state Jane Roe": the day says when, not who
			return !NameLexicon.FUNCTION_WORDS.contains(lower) && !QUANTIFIERS.contains(lower) && !lower.equals("dear")
					&& !NameRunBreaks.weekday(token) || MODIFIERS.contains(lower);
		}
		if (RolesSetOffBefore.KIN.contains(lower) && t + 1 < nameFirst && doc.get(t + 1).capitalized()) {
			// "his brother Prince Olav", "Tom's father Emperor Kassem": the kin says
			// whose
			// relative he is, the capitalized title what he is
			return false;
		}
		if (lower.equals("and")) {
			// "Acme chairman and co-founder Jane Roe"
			return t > 0 && t + 1 < doc.size() && NameLexicon.isRoleNoun(doc.get(t - 1).lower())
					&& (NameLexicon.isRoleNoun(doc.get(t + 1).lower()) || MODIFIERS.contains(doc.get(t + 1).lower())
							|| CoordinatedTitles.qualifiedPost(doc, t + 1, nameFirst));
		}
		if (TitlesBeforeNames.LINKS.contains(lower)) {
			// "Secretary of State Jane Doe", "chief economist at Westria Savings
			// Bank John Roe"; "a successor to Major Jane Roe" is not hers:
			// a relation to the name holds no title of it
			boolean titleBefore = t > 0 && (doc.get(t - 1).capitalized() && !countsPeople(doc.get(t - 1))
					|| NameLexicon.isRoleNoun(doc.get(t - 1).lower()) && organisationBetween(doc, t + 1, nameFirst)
							&& !LowerCaseTitles.RELATIONS.contains(doc.get(t - 1).lower()));
			return titleBefore && t + 1 < doc.size() && (doc.get(t + 1).capitalized()
					|| doc.get(t + 1).lower().equals("the") && t + 2 < doc.size() && doc.get(t + 2).capitalized());
		}
		if (lower.equals("the")) {
			// "Secretary of the Navy John Roe"
			return t > 0 && TitlesBeforeNames.LINKS.contains(doc.get(t - 1).lower()) && t + 1 < doc.size()
					&& doc.get(t + 1).capitalized();
		}
		return NameLexicon.isRoleNoun(lower) || NameLexicon.TITLES.contains(lower) || MODIFIERS.contains(lower)
				|| t + 1 == nameFirst && (PersonNounLexicon.contains(lower)
						|| TitlesBeforeNames.qualifiedPersonNoun(doc, t) || AgentsBeforeNames.at(doc, t));
	}

	/**
	 * "One of President Roe's sons", "Each of Senator Roe's aides": a word that counts
	 * people before "of" is no title the name holds.
	 */
	private static boolean countsPeople(Token token) {
		return QUANTIFIERS.contains(token.lower()) || token.lower().equals("one") || token.lower().equals("none");
	}

	/**
	 * Capitalized words that are not the name stand between the link and the name: "at
	 * Fort Pitt Capital Group" before "Charlie Smith", not "at" right before the name.
	 */
	private static boolean organisationBetween(DocumentTokens doc, int from, int nameFirst) {
		if (from < doc.size() && doc.get(from).lower().equals("the")) {
			from++;
		}
		if (from >= nameFirst) {
			return false;
		}
		for (int t = from; t < nameFirst; t++) {
			if (!doc.get(t).capitalized() && !doc.get(t).is("&") && !corporateStop(doc, t)) {
				return false;
			}
		}
		return true;
	}

}
