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
		if (RunsThatNameNoPerson.at(doc, runStart, runEnd)) {
			return null;
		}
		// "King, an amateur from ...": a title with no name after it may be a surname
		// ("the King" is the title)
		boolean loneTitle = runEnd - runStart == 1 && NameLexicon.TITLES.contains(doc.get(runStart).lower())
				&& (runStart == 0 || doc.boundaryBefore(runStart)
						|| !NameLexicon.FUNCTION_WORDS.contains(doc.get(runStart - 1).lower()));
		TitlesCutFromNames.Cut cut = TitlesCutFromNames.cut(doc, runStart, runEnd, loneTitle);
		if (cut == null) {
			return null;
		}
		int nameStart = cut.nameStart();
		boolean titled = cut.titled();
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
		if (!allNameWords(doc, runStart, nameStart, runEnd)) {
			return null;
		}
		// "Ottokar VII": a word that a regnal number follows is a name wherever it stands
		boolean certainName = nameStart + 1 < runEnd && NameSuffix.length(doc, nameStart + 1) == runEnd - nameStart - 1;
		// "Jean Léopold Cuvier (1769–1832)": a biography's opening name
		certainName |= runEnd - nameStart > 2 && maxWords(doc, nameStart, runEnd) > MAX_NAME_WORDS;
		if (!titled && !certainName && nameStart == runStart && doc.startsSentence[nameStart] && runEnd - nameStart > 1
				&& !PartOfSpeech.isProperNounAtSentenceStart(doc, nameStart, runEnd)
				&& !SurnamesUsedAlone.givenNameAndSurname(doc, nameStart, runEnd)
				&& !NamesWrittenInsideSentences.writtenInside(doc, nameStart, runEnd)
				&& !SubjectsSetOffBeforeSpeaking.speaksAfterApposition(doc, runEnd)) {
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
	 * Whether every word from {@code nameStart} can be part of a person's name, allowing
	 * the particles, nicknames and suffixes names carry.
	 */
	private static boolean allNameWords(DocumentTokens doc, int runStart, int nameStart, int runEnd) {
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
				return false;
			}
		}
		return true;
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

	static boolean givenName(Token token) {
		return NameLexicon.MALE_NAMES.contains(token.lower()) || NameLexicon.FEMALE_NAMES.contains(token.lower());
	}

	static boolean isPossessiveMark(Token token) {
		return token.word() && token.text().length() == 2
				&& (token.text().charAt(0) == '\'' || token.text().charAt(0) == '’');
	}

}