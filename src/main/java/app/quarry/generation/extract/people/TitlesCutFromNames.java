package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Cuts the titles, roles, employers and people's nouns off the front of a capitalized
 * run, so that what is left is the name ("Acme Chief Executive Jane Roe" -> "Jane Roe").
 * Kept apart from the name finder because where a name starts is its own question: a word
 * there may be a title, a surname or a given name, and each reading has its own signs.
 */
final class TitlesCutFromNames {

	private static final Set<String> ORGANIZATION_LINKS = Set.of("of", "on", "for");

	/**
	 * "Ambassador to Ruritania Jane Roe": a title that names the country it is sent to.
	 */
	private static final Set<String> TITLE_LINKS = Set.of("of", "on", "for", "to");

	private TitlesCutFromNames() {
	}

	/** Where the name starts in a run, and whether a title stood before it. */
	record Cut(int nameStart, boolean titled) {
	}

	/**
	 * Where the name in the run from {@code runStart} to {@code runEnd} starts, or null
	 * when the run is the end of an organisation's name.
	 */
	static Cut cut(DocumentTokens doc, int runStart, int runEnd, boolean loneTitle) {
		Cut inside = titleInsideRun(doc, runStart, runEnd, loneTitle);
		int nameStart = inside.nameStart();
		boolean titled = inside.titled();
		if (!titled && runEnd - runStart == 1 && runStart > 0 && !doc.boundaryBefore(runStart)
				&& NameLexicon.TITLES.contains(doc.get(runStart - 1).text())) {
			titled = true; // "said American president Obama"
		}
		int lastNotName = -1;
		for (int t = nameStart; t < runEnd; t++) {
			String lower = doc.get(t).lower();
			if (NameLexicon.NOT_NAMES.contains(lower) || NameLexicon.PORTFOLIOS.contains(lower)) {
				lastNotName = t;
			}
		}
		if (lastNotName >= nameStart && runEnd - lastNotName > 2) {
			// "Secretary of the Navy John Roe", "Minister of Finance Jane Doe":
			// the
			// title's organisation or portfolio ends where the name begins
			nameStart = lastNotName + 1;
			titled = true;
		}
		if (titled && Demonyms.opensRun(doc, nameStart, nameStart, runEnd)
				&& !BodyNouns.closes(doc.get(runEnd - 1).lower())) {
			// "Fellow Briton Jane Roe" opening a sentence: the people's noun after the
			// capitalized title word describes her, as it does in lower case
			nameStart++;
		}
		if (!titled && nameStart == runStart && DemonymsBeforeKnownNames.adjectiveAt(doc, runStart, runEnd)) {
			nameStart++; // "a Polish Acme pilot", where "Acme" is written alone elsewhere
		}
		if (!titled) {
			return untitledStart(doc, runStart, runEnd, nameStart);
		}
		return new Cut(nameStart, true);
	}

	/**
	 * The last title, role or employer word inside the run, read from its end: the name
	 * starts after it.
	 */
	private static Cut titleInsideRun(DocumentTokens doc, int runStart, int runEnd, boolean loneTitle) {
		for (int t = loneTitle ? -1 : runEnd - 1; t >= runStart; t--) {
			String lower = doc.get(t).lower();
			// "Apple CEO Steve Jobs", "Aer Lingus Chief Executive Dermot Mannion": a role
			// word inside the run ends the title, if a name follows it
			if (t == runStart && NameLexicon.GIVEN_NAME_ROLES.contains(lower)) {
				continue; // "Dean Acheson": a given name far more often than a post
			}
			if (t == runStart && runEnd - t > 2 && openingPersonNoun(doc, t)) {
				// "Midwife Jane Roe said": a noun for a kind of person opening the
				// sentence is capitalized for the sentence, not part of the name
				return new Cut(t + 1, false);
			}
			if (TitleSurnames.at(doc, runStart, t, runEnd)) {
				continue; // "Ruth King", "Mr Major": a title that is a surname
			}
			if (NameLexicon.TITLES.contains(lower) && !(t == runEnd - 1 && Nicknames.at(doc, t - 3) > 0)
					|| t < runEnd - 1 && (NameLexicon.isRoleNoun(lower) || NameLexicon.ROLE_ACRONYMS.contains(lower)
							|| PluralTitles.opensList(doc, t, runStart))) {
				return new Cut(t + 1, true);
			}
			if (runEnd - t > 2 && describesBeforeName(doc.get(t))) {
				// "Boeing Commercial Airplanes CEO Scott Carson", "Fort Pitt Capital
				// Group
				// Charlie Smith": an employer and a role run into the name
				return new Cut(t + 1, false);
			}
		}
		return new Cut(runStart, false);
	}

	/**
	 * With no title, the words before the name that are no part of it: an employer, a
	 * party, a people's adjective. Null when the run ends a longer organisation's name.
	 */
	private static Cut untitledStart(DocumentTokens doc, int runStart, int runEnd, int nameStart) {
		boolean organization = false;
		while (nameStart < runEnd
				&& (leadingNonName(doc, nameStart) || PartiesBeforeNames.labelBeforeName(doc, nameStart, runEnd)
						|| Demonyms.opensRun(doc, nameStart, runStart, runEnd))
				&& !WordSurnames.surnameOfNamedPerson(doc, nameStart, runEnd)) {
			organization |= NameLexicon.NOT_NAMES.contains(doc.get(nameStart).lower());
			nameStart++;
		}
		if (organization && runEnd - nameStart == 1 || runEnd - runStart <= 2 && continuesOrganization(doc, runStart)) {
			// "the Project on Government Oversight": the end of a longer name
			return null;
		}
		if (nameStart == runStart && (continuesOrganization(doc, runStart) || continuesTitle(doc, runStart, runEnd))) {
			// "Undersecretary of the Air Force for Acquisition Jane Roe"
			nameStart++;
		}
		return new Cut(nameStart, false);
	}

	/**
	 * "Project on Public Spending", "Museum of Modern Art": a run after "of" an
	 * organisation.
	 */
	private static boolean continuesOrganization(DocumentTokens doc, int runStart) {
		if (runStart < 2 || doc.boundaryBefore(runStart) || doc.boundaryBefore(runStart - 1)) {
			return false;
		}
		Token link = doc.get(runStart - 1);
		Token head = doc.get(runStart - 2);
		return ORGANIZATION_LINKS.contains(link.text()) && head.capitalized()
				&& NameLexicon.NOT_NAMES.contains(head.lower());
	}

	/**
	 * "Commissioner for Competition Jane Roe", "ambassador to Ruritania Jane Roe": the
	 * run's first word ends the title. A given name there starts the name instead
	 * ("secretary to Jane Mary Roe").
	 */
	private static boolean continuesTitle(DocumentTokens doc, int runStart, int runEnd) {
		return runEnd - runStart > 2 && runStart >= 2 && !doc.boundaryBefore(runStart)
				&& TITLE_LINKS.contains(doc.get(runStart - 1).text())
				&& NameLexicon.TITLES.contains(doc.get(runStart - 2).lower())
				&& !(doc.get(runStart - 1).is("to") && NameFinder.givenName(doc.get(runStart)));
	}

	/**
	 * A listed noun for a kind of person, no given name, opening a sentence right before
	 * a given name.
	 */
	private static boolean openingPersonNoun(DocumentTokens doc, int t) {
		Token token = doc.get(t);
		return doc.boundaryBefore(t) && PersonNounLexicon.listed(token.lower()) && !NameFinder.givenName(token)
				&& NameFinder.givenName(doc.get(t + 1));
	}

	private static boolean describesBeforeName(Token token) {
		String lower = token.lower();
		boolean acronym = token.text().length() > 1 && token.text().chars().allMatch(Character::isUpperCase)
				&& !NameSuffix.regnal(token);
		return acronym || NameLexicon.isRoleNoun(lower) || NameLexicon.NOT_NAMES.contains(lower);
	}

	private static boolean leadingNonName(DocumentTokens doc, int t) {
		Token token = doc.get(t);
		String lower = token.lower();
		return !token.nameLike() || NameLexicon.FUNCTION_WORDS.contains(lower) || NameLexicon.NOT_NAMES.contains(lower);
	}

}
