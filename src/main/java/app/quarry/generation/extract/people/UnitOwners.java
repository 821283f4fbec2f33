package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Which company an "its" or a possessive before an owned business stands for. "its" is
 * the company joined to it by "and" ("Tarnwell Group Corp. and its main lending arm",
 * "Delmar Gauges Inc., Fresno, Calif., and its twin operation"), or else the one
 * organisation its sentence names before it ("Pasto S.p.A., through its ... unit"). The
 * owner must be a name that says it is a company's, here or where the story names it in
 * full: a person, a place or a bare name the rules cannot tell gives no owner.
 */
final class UnitOwners {

	/**
	 * Words that make a name a region of the business, not a business: "its Latin America
	 * unit".
	 */
	private static final Set<String> REGIONS = NameLexicon.words("north", "south", "east", "west", "central", "america",
			"american", "asia", "asian", "europe", "european", "africa", "african", "pacific", "atlantic", "canadian",
			"mexican", "overseas", "domestic", "worldwide", "mideast", "middle", "far", "england", "coast", "gulf",
			"valley", "bay", "island", "islands", "midwest", "northeast", "northwest", "southeast", "southwest",
			"region", "county", "city", "state", "province", "area", "kingdom", "zealand", "york", "jersey");

	private UnitOwners() {
	}

	/** The owner "its" at {@code its} stands for, or null. */
	static String ofIts(DocumentTokens doc, int its, boolean[] person, boolean[] named) {
		if (its < 1 || doc.boundaryBefore(its)) {
			return null;
		}
		if (doc.get(its - 1).lower().equals("and")) {
			int end = its - 1;
			if (end >= 1 && doc.get(end - 1).is(",")) {
				end--;
			}
			end = beforePlaceSetOff(doc, end);
			int start = nameStart(doc, end);
			return start < end && company(doc, start, end, person) ? doc.span(start, end) : null;
		}
		String owner = onlyOrganisationBefore(doc, its, person);
		return owner != null ? owner : CompanyAnaphora.ofPlainSubject(doc, its, person, named);
	}

	/**
	 * "Halvern Group's" or "Brovo Co.'s" right before {@code start}: the owner, or null.
	 */
	static String possessive(DocumentTokens doc, int start, boolean[] person, boolean[] named) {
		int mark = start - 1;
		if (mark >= 1 && doc.get(mark).lower().equals("s") && doc.get(mark - 1).is("'")) {
			mark--; // "Co.'s" splits its possessive
		}
		else if (mark < 1 || !NameFinder.isPossessiveMark(doc.get(mark))) {
			return null;
		}
		if (doc.boundaryBefore(mark) || doc.boundaryBefore(start)) {
			return null;
		}
		int owner = nameStart(doc, mark);
		return owner < mark && company(doc, owner, mark, person) ? doc.span(owner, mark) : null;
	}

	/**
	 * The end of the name that starts at {@code start}, with its abbreviation's period
	 * and the parts a hyphen joins ("Dell-Mart Drug Co.").
	 */
	static int nameEnd(DocumentTokens doc, int start) {
		int end = OrganisationNameRuns.runEnd(doc, start);
		while (end + 1 < doc.size() && doc.get(end).is("-") && joined(doc, end) && joined(doc, end + 1)
				&& doc.get(end + 1).capitalized()) {
			end = OrganisationNameRuns.runEnd(doc, end + 1);
		}
		return OrganisationWords.withAbbreviationPeriod(doc, end);
	}

	/** Whether a name's last word makes it a region of a business ("North American"). */
	static boolean region(DocumentTokens doc, int start, int end) {
		String last = doc.get(end - 1).lower();
		return REGIONS.contains(last) || OrganisationWords.PLACES.contains(last)
				|| OrganisationNameRuns.placeOrPeople(doc, start, end);
	}

	private static boolean joined(DocumentTokens doc, int t) {
		return doc.get(t).start() == doc.get(t - 1).end();
	}

	/**
	 * Where a name ending at {@code end} starts: back over capitals, "&", an
	 * abbreviation's period and joining hyphens.
	 */
	private static int nameStart(DocumentTokens doc, int end) {
		int start = end;
		while (start > 0 && end - start < OrganisationNameRuns.MAX_NAME_TOKENS && !doc.boundaryBefore(start)) {
			Token token = doc.get(start - 1);
			boolean period = token.is(".") && start >= 2
					&& OrganisationWords.COMPANY_ABBREVIATIONS.contains(doc.get(start - 2).lower());
			boolean hyphen = token.is("-") && start >= 2 && joined(doc, start) && joined(doc, start - 1);
			if (!(token.capitalized() || token.is("&") || period || hyphen)
					|| OrganisationFinder.ARTICLES.contains(token.lower())) {
				break;
			}
			start--;
		}
		return start;
	}

	/**
	 * "Delmar Systems Inc., Orange, Calif.,": the end of the name before its city and
	 * state.
	 */
	private static int beforePlaceSetOff(DocumentTokens doc, int end) {
		int k = end;
		if (k >= 1 && doc.get(k - 1).is(".")) {
			k--;
		}
		if (k < 4 || !OrganisationWords.PLACES.contains(doc.get(k - 1).lower()) || !doc.get(k - 2).is(",")) {
			return end;
		}
		int cityEnd = k - 2;
		int cityStart = nameStart(doc, cityEnd);
		return cityStart < cityEnd && cityStart >= 1 && doc.get(cityStart - 1).is(",") ? cityStart - 1 : end;
	}

	/**
	 * The one organisation the sentence names before {@code its}, skipping people,
	 * places, dates and a capitalized first word that is no name; null when there is none
	 * or more than one.
	 */
	static String onlyOrganisationBefore(DocumentTokens doc, int its, boolean[] person) {
		int sentenceStart = its;
		while (sentenceStart > 0 && !doc.boundaryBefore(sentenceStart)) {
			sentenceStart--;
		}
		int[] found = null;
		for (int t = sentenceStart; t < its; t++) {
			Token token = doc.get(t);
			if (!token.capitalized() || NameLexicon.FUNCTION_WORDS.contains(token.lower())
					|| NameLexicon.HONORIFICS.contains(token.lower()) && anyPerson(person, t, t + 2)) {
				continue;
			}
			int end = Math.min(its, nameEnd(doc, t));
			boolean commonFirstWord = end == t + 1 && doc.startsSentence[t]
					&& !OrganisationWords.companyName(doc, t, end)
					&& !PartOfSpeech.isProperNounAtSentenceStart(doc, t, end);
			boolean calendar = OrganisationWords.CALENDAR.contains(token.lower());
			if (!commonFirstWord && !calendar && !anyPerson(person, t, end)
					&& !OrganisationNameRuns.placeOrPeople(doc, t, end) && !OrganisationShapes.qualifier(doc, t, end)) {
				if (found != null) {
					return null;
				}
				found = new int[] { t, end };
			}
			t = end - 1;
		}
		return found != null && company(doc, found[0], found[1], person) ? doc.span(found[0], found[1]) : null;
	}

	/**
	 * A name that says it is a company's, or that the story gives in full somewhere as
	 * one ("Du Pont" after "Du Pont Co."), and that no rule took for a person's.
	 */
	static boolean company(DocumentTokens doc, int start, int end, boolean[] person) {
		if (anyPerson(person, start, end) || region(doc, start, end)) {
			return false;
		}
		if (OrganisationWords.companyName(doc, start, end) || splitSuffix(doc, start, end)) {
			return true;
		}
		Set<String> words = OrganisationWords.nameWords(doc, start, end);
		if (words.isEmpty()) {
			return false;
		}
		for (int t = 0; t < doc.size(); t++) {
			if (!doc.get(t).capitalized()) {
				continue;
			}
			int runEnd = nameEnd(doc, t);
			if ((OrganisationWords.companyName(doc, t, runEnd) || splitSuffix(doc, t, runEnd))
					&& OrganisationWords.nameWords(doc, t, runEnd).containsAll(words)
					&& !anyPerson(person, t, runEnd)) {
				return true;
			}
			t = runEnd - 1;
		}
		return false;
	}

	/** "S.p.A.", which the tokenizer cuts after its second period. */
	private static boolean splitSuffix(DocumentTokens doc, int start, int end) {
		return end - start >= 3
				&& OrganisationWords.COMPANY_SUFFIXES.contains(doc.get(end - 2).lower() + doc.get(end - 1).lower());
	}

	private static boolean anyPerson(boolean[] person, int from, int to) {
		for (int t = from; t < Math.min(to, person.length); t++) {
			if (person[t]) {
				return true;
			}
		}
		return false;
	}

}
