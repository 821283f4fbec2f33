package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds personal names: runs of capitalized words, with titles cut off ("White House
 * Press Secretary Sarah Sanders" -> "Sarah Sanders") and runs that name places or
 * organizations ("North Korea", "Korus Journal", "Air Force One") left out. A single word
 * is kept when a title stands before it ("President Moon"); other single words are kept
 * later only if they are part of a full name the document uses.
 */
final class NameFinder {

	private static final int MAX_NAME_WORDS = 5;

	/** Honours and degrees written after a name, in capitals. */
	private static final Set<String> HONOURS = Set.of("OBE", "MBE", "CBE", "KBE", "DBE", "GBE", "QC", "KC", "MP", "MEP",
			"FRS", "VC", "GC", "OM", "KG", "CH", "DSO", "PC", "AO", "AC", "OAM");

	private static final Set<String> ORGANIZATION_LINKS = Set.of("of", "on", "for");

	/**
	 * "Ambassador to Ruritania Jane Roe": a title that names the country it is sent to.
	 */
	private static final Set<String> TITLE_LINKS = Set.of("of", "on", "for", "to");

	private NameFinder() {
	}

	static List<Mention> find(DocumentTokens doc) {
		List<Mention> names = new ArrayList<>();
		int n = doc.size();
		int i = 0;
		while (i < n) {
			if (!doc.get(i).capitalized()) {
				i++;
				continue;
			}
			int end = i + 1;
			while (end < n && !doc.boundaryBefore(end) && !NameRunBreaks.dayBeforeVerb(doc, end)
					&& (doc.get(end).capitalized() && !honour(doc, end) || SurnameParticles.particleInName(doc, end)
							|| SurnameParticles.articledSurname(doc, end) || Nicknames.at(doc, end) > 0)) {
				end += Math.max(1, Nicknames.at(doc, end));
			}
			// "Philip II" ran on with its numeral; "of Macedon" or "the Great" may follow
			int suffixStart = end - 1 > i && NameSuffix.regnal(doc.get(end - 1)) ? end - 1 : end;
			end = Math.max(end, suffixStart + NameSuffix.length(doc, suffixStart));
			Mention name = fromRun(doc, i, end);
			if (name != null) {
				names.add(name);
			}
			i = end;
		}
		return names;
	}

	private static Mention fromRun(DocumentTokens doc, int runStart, int runEnd) {
		if (followedByPossessiveOfName(doc, runEnd)) {
			return null; // "People's Republic", "Stimson Center's 38 North"
		}
		if (LinkedNameConjuncts.secondConjunct(doc, runStart)) {
			return null; // "Coalition for Migrant and Worker Rights": the end of a body's
							// name
		}
		if (FirmNamesWithAmpersands.partOfFirm(doc, runStart, runEnd)) {
			return null; // "a lawyer for Brant & Cole": a firm's name, no person's
		}
		if (OwnedUnitNames.at(doc, runStart, runEnd)) {
			return null; // "its Dorset Global shipping business": a company's unit
		}
		if (NameRunBreaks.falseStartAt(doc, runEnd - 1)) {
			return null; // "Secretary Do- Donna Roe": a speaker broke off the word
		}
		if (runEnd < doc.size() && doc.get(runEnd).word() && !doc.get(runEnd).capitalized()
				&& NameLexicon.NOT_NAMES.contains(doc.get(runEnd).lower())) {
			return null; // "the Canadian Auto Workers union"
		}
		if (OpeningAdverbs.at(doc, runStart, runEnd)) {
			return null; // "Reportedly, ...": a sentence adverb, not a name
		}
		if (CapitalisedTitles.opensTitle(doc, runStart)) {
			return null; // "Chief Executive of Acme": a title with no name in it
		}
		int nameStart = runStart;
		boolean titled = false;
		// "King, an amateur from ...": a title with no name after it may be a surname
		// ("the King" is the title)
		boolean loneTitle = runEnd - runStart == 1 && NameLexicon.TITLES.contains(doc.get(runStart).lower())
				&& (runStart == 0 || doc.boundaryBefore(runStart)
						|| !NameLexicon.FUNCTION_WORDS.contains(doc.get(runStart - 1).lower()));
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
				nameStart = t + 1;
				break;
			}
			if (TitleSurnames.at(doc, runStart, t, runEnd)) {
				continue; // "Ruth King", "Mr Major": a title that is a surname
			}
			if (NameLexicon.TITLES.contains(lower) && !(t == runEnd - 1 && Nicknames.at(doc, t - 3) > 0)
					|| t < runEnd - 1 && (NameLexicon.isRoleNoun(lower) || NameLexicon.ROLE_ACRONYMS.contains(lower)
							|| PluralTitles.opensList(doc, t, runStart))) {
				nameStart = t + 1;
				titled = true;
				break;
			}
			if (runEnd - t > 2 && describesBeforeName(doc.get(t))) {
				// "Boeing Commercial Airplanes CEO Scott Carson", "Fort Pitt Capital
				// Group
				// Charlie Smith": an employer and a role run into the name
				nameStart = t + 1;
				break;
			}
		}
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
			boolean organization = false;
			while (nameStart < runEnd
					&& (leadingNonName(doc, nameStart) || PartiesBeforeNames.labelBeforeName(doc, nameStart, runEnd)
							|| Demonyms.opensRun(doc, nameStart, runStart, runEnd))
					&& !WordSurnames.surnameOfNamedPerson(doc, nameStart, runEnd)) {
				organization |= NameLexicon.NOT_NAMES.contains(doc.get(nameStart).lower());
				nameStart++;
			}
			if (organization && runEnd - nameStart == 1
					|| runEnd - runStart <= 2 && continuesOrganization(doc, runStart)) {
				// "the Project on Government Oversight": the end of a longer name
				return null;
			}
			if (nameStart == runStart
					&& (continuesOrganization(doc, runStart) || continuesTitle(doc, runStart, runEnd))) {
				// "Undersecretary of the Air Force for Acquisition Jane Roe"
				nameStart++;
			}
		}
		if (nameStart < runEnd && !givenName(doc.get(nameStart))
				&& !SurnameParticles.particleInside(doc, nameStart, runEnd)) {
			// "Glenn Edward Murray": one word before a given name and a surname is a
			// given name the lexicon lacks, not an employer
			for (int t = runEnd - nameStart > 3 ? nameStart + 1 : runEnd; t < runEnd - 1; t++) {
				if (givenName(doc.get(t))) {
					nameStart = t; // "Air Force Communications Bill Bodie"
					break;
				}
			}
		}
		if (nameStart >= runEnd || Nicknames.words(doc, nameStart, runEnd) > maxWords(doc, nameStart, runEnd)) {
			return null;
		}
		if (!titled && TownsBeforeStates.town(doc, nameStart, runEnd)) {
			return null; // "the Menlo Park, Calif., company": a town before its state
		}
		for (int t = nameStart; t < runEnd; t++) {
			Token token = doc.get(t);
			if ((SurnameParticles.PARTICLES.contains(token.text()) || SurnameParticles.articledSurname(doc, t)
					|| SurnameParticles.innerArticle(doc, t)) && t > nameStart) {
				continue;
			}
			if (t > nameStart && Nicknames.at(doc, t) > 0) {
				t += Nicknames.at(doc, t) - 1; // John "Jack" Doe
				continue;
			}
			int suffix = t > nameStart ? NameSuffix.length(doc, t) : 0;
			if (suffix > 0 && t + suffix == runEnd) {
				break; // "Alexander III of Macedon", "Edward the Confessor"
			}
			if (!token.nameLike() || NameLexicon.NOT_NAMES.contains(token.lower())
					&& !WordSurnames.surnameAfterGivenName(doc, runStart, nameStart, t, runEnd)
					&& !WordSurnames.surnameOfNamedPerson(doc, t, runEnd) && !TitleSurnames.at(doc, runStart, t, runEnd)
					|| NameLexicon.FUNCTION_WORDS.contains(token.lower())) {
				return null;
			}
		}
		// "Ottokar VII": a word that a regnal number follows is a name wherever it stands
		boolean certainName = nameStart + 1 < runEnd && NameSuffix.length(doc, nameStart + 1) == runEnd - nameStart - 1;
		// "Jean Léopold Cuvier (1769–1832)": a biography's opening name
		certainName |= runEnd - nameStart > 2 && maxWords(doc, nameStart, runEnd) > MAX_NAME_WORDS;
		if (!titled && !certainName && nameStart == runStart && doc.startsSentence[nameStart] && runEnd - nameStart > 1
				&& !PartOfSpeech.isProperNounAtSentenceStart(doc, nameStart, runEnd)
				&& !SurnamesUsedAlone.givenNameAndSurname(doc, nameStart, runEnd)
				&& !NamesWrittenInsideSentences.writtenInside(doc, nameStart, runEnd)) {
			nameStart++;
			if (runEnd - nameStart < 1) {
				return null;
			}
		}
		String surface = Nicknames.withoutNickname(doc, nameStart, runEnd);
		String lower = surface.toLowerCase(Locale.ROOT);
		for (String phrase : NameLexicon.NON_PERSON_PHRASES) {
			if (lower.contains(phrase)) {
				return null;
			}
		}
		Token first = doc.get(nameStart);
		Token last = doc.get(runEnd - 1);
		Mention mention = new Mention(Mention.Kind.NAME, nameStart, runEnd, first.start(), last.end(), surface);
		mention.titled = titled;
		mention.surnameOnlyIfKnown = loneTitle;
		if (titled && nameStart > 0) {
			String title = doc.get(nameStart - 1).lower();
			mention.gender = NameLexicon.MALE_WORDS.contains(title) ? Gender.MALE
					: NameLexicon.FEMALE_WORDS.contains(title) ? Gender.FEMALE : Gender.UNKNOWN;
		}
		mention.phraseStartToken = nameStart;
		mention.possessive = runEnd < doc.size() && isPossessiveMark(doc.get(runEnd));
		return mention;
	}

	/**
	 * A biography may open with every given name its subject had ("Jean Léopold Nicolas
	 * Frédéric Cuvier (1769–1832) was"); elsewhere so long a run is a title or an
	 * organisation.
	 */
	private static int maxWords(DocumentTokens doc, int from, int to) {
		boolean biography = doc.startsSentence[from] && to < doc.size() && doc.get(to).is("(");
		return biography ? MAX_NAME_WORDS + 2 : MAX_NAME_WORDS;
	}

	/** "Jane Roe OBE": an honour written after a name, not part of it. */
	private static boolean honour(DocumentTokens doc, int t) {
		return t > 0 && doc.get(t - 1).nameLike() && HONOURS.contains(doc.get(t).text());
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
				&& !(doc.get(runStart - 1).is("to") && givenName(doc.get(runStart)));
	}

	/**
	 * A listed noun for a kind of person, no given name, opening a sentence right before
	 * a given name.
	 */
	private static boolean openingPersonNoun(DocumentTokens doc, int t) {
		Token token = doc.get(t);
		return doc.boundaryBefore(t) && PersonNounLexicon.listed(token.lower()) && !givenName(token)
				&& givenName(doc.get(t + 1));
	}

	static boolean givenName(Token token) {
		return NameLexicon.MALE_NAMES.contains(token.lower()) || NameLexicon.FEMALE_NAMES.contains(token.lower());
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

	private static boolean followedByPossessiveOfName(DocumentTokens doc, int runEnd) {
		return runEnd + 1 < doc.size() && isPossessiveMark(doc.get(runEnd)) && doc.get(runEnd + 1).capitalized()
				&& NameLexicon.NOT_NAMES.contains(doc.get(runEnd + 1).lower())
				|| runEnd + 1 < doc.size() && isPossessiveMark(doc.get(runEnd)) && doc.get(runEnd + 1).word()
						&& Character.isDigit(doc.get(runEnd + 1).text().charAt(0));
	}

	static boolean isPossessiveMark(Token token) {
		return token.word() && token.text().length() == 2
				&& (token.text().charAt(0) == '\'' || token.text().charAt(0) == '’');
	}

}
