package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.quarry.generation.extract.EntityFact;

/**
 * A business story names a company once and then varies how it refers to it: "Brovex
 * Corp. said ... But the pharmaceutical company said ...", "The Tulsa, Okla., company
 * earned ...", "a gloomy outlook by the snack maker", "Norway's largest grocery chain
 * said". The description is the named company's when that company is the last one named
 * before it, in its sentence or the two before, with no other organisation named or
 * introduced ("a Dutch firm") in between: the link a reader makes without a second
 * thought.
 */
final class CompanyAnaphora {

	/** Sentences before the description's own in which its company may be named. */
	private static final int SENTENCES_BACK = 2;

	private static final Set<String> AFFILIATIONS = NameLexicon.words("of", "at", "with", "for", "from");

	private static final Set<String> PREDICATIVE = NameLexicon.words("is", "was", "be", "been", "as", "remains",
			"became", "becomes");

	private CompanyAnaphora() {
	}

	static List<EntityFact> find(DocumentTokens doc, String text, boolean[] person, boolean[] named, int[] lead) {
		List<EntityFact> facts = new ArrayList<>();
		for (int t = 0; t < doc.size(); t++) {
			int[] found = CompanyDescriptions.description(doc, t);
			if (found == null) {
				continue;
			}
			int last = found[1];
			if (namedAfterComma(doc, last)) {
				// "settled with the band's record company, Velvet Records": the name set
				// off after the description is the company it describes
				t = last;
				continue;
			}
			String name = referent(doc, found[0], person, named, lead);
			if (name == null) {
				name = SubjectsCarriedOn.name(doc, text, t, last);
			}
			if (name != null) {
				Token from = doc.get(t);
				String description = doc.get(t).lower().equals("the") ? "the " + doc.span(t + 1, last + 1)
						: doc.span(t, last + 1);
				facts.add(new EntityFact(text.substring(from.start(), doc.get(last).end()), from.start(),
						doc.get(last).end(), name, description));
			}
			t = last;
		}
		return facts;
	}

	/** A capitalized name set off by a comma right after the description's last word. */
	private static boolean namedAfterComma(DocumentTokens doc, int last) {
		if (last + 2 >= doc.size() || !doc.get(last + 1).is(",") || doc.boundaryBefore(last + 2)) {
			return false;
		}
		Token next = doc.get(last + 2);
		return next.word() && next.capitalized() && !NameLexicon.FUNCTION_WORDS.contains(next.lower())
				&& !NameLexicon.PREPOSITIONS.contains(next.lower());
	}

	/** What a story calls the company it is telling of, with no word of what it is. */
	private static final Set<String> PLAIN_NOUNS = NameLexicon.words("company", "concern", "firm");

	/**
	 * "The company said its Dorset Steel division ...": the company a plain "the company"
	 * before {@code its} in its sentence refers back to, or null when the sentence has
	 * none or more than one such phrase.
	 */
	static String ofPlainSubject(DocumentTokens doc, int its, boolean[] person, boolean[] named) {
		int start = its;
		while (start > 0 && !doc.boundaryBefore(start)) {
			start--;
		}
		int article = -1;
		for (int t = start; t + 1 < its; t++) {
			if (doc.get(t).lower().equals("the") && PLAIN_NOUNS.contains(doc.get(t + 1).lower())) {
				if (article >= 0) {
					return null;
				}
				article = t;
			}
		}
		return article < 0 ? null : referent(doc, article, person, named, null);
	}

	/**
	 * The company the description at {@code at} refers back to: the last name before it
	 * that no rule took for a person, a place or a date, when nothing else in its
	 * sentence or since is another organisation; by the lead company's full name when it
	 * is that company's short one.
	 */
	private static String referent(DocumentTokens doc, int at, boolean[] person, boolean[] named, int[] lead) {
		int firstSentence = Math.max(0, doc.sentence[at] - SENTENCES_BACK);
		Set<String> leadWords = lead == null ? Set.of() : OrganisationWords.nameWords(doc, lead[0], lead[1]);
		List<int[]> runs = new ArrayList<>();
		// where a name the rules hold for no one's in particular last was
		int unsure = -1;
		int unsureStart = -1;
		int t = at - 1;
		while (t >= 0 && doc.sentence[t] >= firstSentence) {
			t--;
		}
		for (int k = t + 1; k < at; k++) {
			Token token = doc.get(k);
			boolean title = NameLexicon.isRoleNoun(token.lower()) && k + 1 < at && (named[k + 1] || person[k + 1]);
			if (!token.capitalized() || token.text().length() == 1 || initial(token) || title) {
				continue; // "Chairman Ann Lee": the title goes with the person
			}
			int end = Math.min(at, StrippedAmpersands.wholeName(doc, k, OrganisationNameRuns.runEnd(doc, k)));
			boolean startsNamed = named[k] || person[k];
			// "Ocean Trawling amp Salvage Co.": one firm's name, however its words were
			// read
			boolean ampersand = StrippedAmpersands.within(doc, k, end) && OrganisationWords.companyName(doc, k, end);
			for (int w = k + 1; w < end; w++) {
				if (!ampersand && (named[w] || person[w]) != startsNamed
						|| NameLexicon.isRoleNoun(doc.get(w).lower())) {
					// "Halden Chairman Ann Lee": the company is what comes before
					end = w;
					break;
				}
			}
			end = Math.min(at, possessiveNameEnd(doc, end));
			Set<String> words = OrganisationWords.nameWords(doc, k, end);
			boolean ofLead = !words.isEmpty() && leadWords.containsAll(words);
			if ((named[k] || person[k]) && !ofLead && !ampersand) {
				// "its chairman, Rita Hagen,": set off after a role, a person
				boolean titled = k > 1 && doc.get(k - 1).is(",") && NameLexicon.isRoleNoun(doc.get(k - 2).lower());
				boolean shown = person[k];
				int nameStart = k;
				while (k + 1 < at && (named[k + 1] || person[k + 1])) {
					shown |= person[++k];
				}
				if (!shown && !titled) {
					// "Garvin Foods stopped work": a company's name, or a person's
					unsure = k;
					unsureStart = nameStart;
				}
				continue;
			}
			if (!ofLead && affiliation(doc, k, person, named)) {
				// "an analyst at Tellwin Co.": a story describes its subject, not the
				// firm of someone it quotes
				k = end - 1;
				continue;
			}
			int place = SetOffPlaces.end(doc, k, end);
			if (place > 0 && (ofLead || !other(doc, k, end, person))) {
				// "Brovo Inc., Trenton, N.J., said": where the company is, no other name
				runs.add(new int[] { k, end });
				k = place - 1;
				continue;
			}
			if (joinedByAnd(doc, end) && !OrganisationWords.companyName(doc, k, end)) {
				unsure = end - 1; // "AT and T.": where the name ends is unclear
			}
			else if (ofLead || !other(doc, k, end, person)) {
				runs.add(new int[] { k, end });
			}
			else if (end == k + 1 && doc.startsSentence[k] && verbAfter(doc, end)) {
				unsure = k; // "Brovo said": a name the tagger does not know as one
				unsureStart = k;
			}
			k = end - 1;
		}
		int[] subject = unsureStart >= 0 && (runs.isEmpty() || unsure > runs.get(runs.size() - 1)[0])
				? new int[] { unsureStart, unsure + 1 } : runs.isEmpty() ? null : runs.get(runs.size() - 1);
		if (subject != null && SubjectDescriptions.describesSubject(doc, subject[0], subject[1], at)) {
			// "Garvin Foods stopped work on a plant, indicating a gloomy outlook by the
			// snack maker"
			return fullName(doc, OrganisationWords.nameWords(doc, subject[0], subject[1]), at,
					doc.span(subject[0], subject[1]));
		}
		if (runs.isEmpty()) {
			return null;
		}
		int[] nearest = runs.get(runs.size() - 1);
		boolean bought = TakeoverTargets.bought(doc, at);
		if (!oneCompany(doc, runs)) {
			// "Halden's Brovo unit ... the Ohio company": either may be meant, unless the
			// description is bought and so is only one of them
			List<int[]> boughtRuns = bought ? runs.stream().filter(run -> TakeoverTargets.bought(doc, run[0])).toList()
					: List.of();
			if (boughtRuns.isEmpty() || !oneCompany(doc, boughtRuns)) {
				return null;
			}
			nearest = boughtRuns.get(boughtRuns.size() - 1);
		}
		if (ownedUnit(doc, nearest)) {
			// "Southern's Gulf Power unit ... the Atlanta-based company": the owner,
			// however
			// its name was read, may be the one described as well as the unit
			return null;
		}
		Set<String> words = OrganisationWords.nameWords(doc, nearest[0], nearest[1]);
		if (unsure > nearest[0] || words.isEmpty() || !bought && introducedBetween(doc, nearest[1], at)) {
			// an organisation met without a name may be the one described, unless the
			// description is what is bought and that organisation the buyer
			return null;
		}
		if (!leadWords.isEmpty() && leadWords.containsAll(words)) {
			return doc.span(lead[0], lead[1]);
		}
		if (!OrganisationWords.companyName(doc, nearest[0], nearest[1]) && anyOf(named, nearest[0], nearest[1])) {
			return null;
		}
		return fullName(doc, words, at, doc.span(nearest[0], nearest[1]));
	}

	/** A name between an owner's possessive and the noun for a unit it owns. */
	private static boolean ownedUnit(DocumentTokens doc, int[] run) {
		return run[0] > 0 && NameFinder.isPossessiveMark(doc.get(run[0] - 1)) && !doc.boundaryBefore(run[0])
				&& run[1] < doc.size() && !doc.boundaryBefore(run[1]) && OwnedUnits.unitNounAt(doc, run[1]);
	}

	/**
	 * "Brovo" by the name the story first gave it, "Brovo Systems Inc.": the first
	 * company's name before {@code at} with all of the words.
	 */
	private static String fullName(DocumentTokens doc, Set<String> words, int at, String found) {
		for (int t = 0; t < at; t++) {
			if (!doc.get(t).capitalized()) {
				continue;
			}
			int end = StrippedAmpersands.wholeName(doc, t, OrganisationNameRuns.runEnd(doc, t));
			if (OrganisationWords.companyName(doc, t, end)
					&& OrganisationWords.nameWords(doc, t, end).containsAll(words)) {
				return doc.span(t, Math.min(end, at));
			}
			t = end - 1;
		}
		return found;
	}

	/**
	 * A person, a place or its people, a date, a qualifier, an honorific, a class of
	 * shares, or a sentence's capitalized first function word.
	 */
	private static boolean other(DocumentTokens doc, int start, int end, boolean[] person) {
		String lower = doc.get(start).lower();
		boolean companyName = OrganisationWords.companyName(doc, start, end);
		return NameLexicon.FUNCTION_WORDS.contains(lower) || NameLexicon.HONORIFICS.contains(lower)
				|| ShareClasses.at(doc, start, end) || anyOf(person, start, end) && !companyName
				|| OrganisationNameRuns.placeOrPeople(doc, start, end) || OrganisationShapes.qualifier(doc, start, end)
				|| calendar(doc, start, end) || end == start + 1 && doc.startsSentence[start] && !companyName
						&& !PartOfSpeech.isProperNounAtSentenceStart(doc, start, end);
	}

	/** "T.": an initial, no name of its own. */
	private static boolean initial(Token token) {
		String text = token.text();
		return text.length() == 2 && text.charAt(1) == '.';
	}

	/** "AT and T", "Procter and Gamble": a name that goes on past "and". */
	private static boolean joinedByAnd(DocumentTokens doc, int end) {
		return end + 1 < doc.size() && (doc.get(end).lower().equals("and") || doc.get(end).is("&"))
				&& doc.get(end + 1).capitalized() && !doc.boundaryBefore(end + 1);
	}

	static boolean verbAfter(DocumentTokens doc, int t) {
		if (t >= doc.size() || doc.boundaryBefore(t) || doc.get(t).capitalized() || !doc.get(t).word()) {
			return false;
		}
		String lower = doc.get(t).lower();
		return OrganisationFinder.VERBS.contains(lower) || SpeechVerbs.isSpeechVerb(lower) || lower.endsWith("ed");
	}

	/**
	 * "Hudson's Bay Co.": a possessive inside a company's name, which the run of capitals
	 * stops at; the end of the whole name, or {@code end}.
	 */
	private static int possessiveNameEnd(DocumentTokens doc, int end) {
		if (end + 1 >= doc.size() || !NameFinder.isPossessiveMark(doc.get(end)) || !doc.get(end + 1).capitalized()) {
			return end;
		}
		int after = OrganisationWords.withAbbreviationPeriod(doc, OrganisationNameRuns.runEnd(doc, end + 1));
		return OrganisationWords.companyName(doc, end, after) ? after : end;
	}

	/** "Ann Lee of Tellwin Co.", "an analyst at Tellwin Co.": a person's organisation. */
	private static boolean affiliation(DocumentTokens doc, int start, boolean[] person, boolean[] named) {
		if (start < 2 || doc.boundaryBefore(start) || !AFFILIATIONS.contains(doc.get(start - 1).lower())) {
			return false;
		}
		int before = start - 2;
		return person[before] || named[before] || NameLexicon.isRoleNoun(doc.get(before).lower());
	}

	/** "a Dutch firm is seeking ...": an organisation met without a name. */
	private static boolean introducedBetween(DocumentTokens doc, int from, int to) {
		for (int t = from; t < to; t++) {
			if (!CompanyDescriptions.INDEFINITES.contains(doc.get(t).lower())
					|| t > 0 && PREDICATIVE.contains(doc.get(t - 1).lower())) {
				continue; // "the company is a supplier" says what it is
			}
			for (int k = t + 1; k < Math.min(to, t + 5); k++) {
				if (CompanyDescriptions.isCompanyNoun(doc.get(k).lower())
						|| OrganisationWords.NOUNS.contains(doc.get(k).lower())) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean oneCompany(DocumentTokens doc, List<int[]> runs) {
		Set<String> last = OrganisationWords.nameWords(doc, runs.get(runs.size() - 1)[0], runs.get(runs.size() - 1)[1]);
		return runs.stream().allMatch(run -> sameCompany(last, OrganisationWords.nameWords(doc, run[0], run[1])));
	}

	private static boolean sameCompany(Set<String> a, Set<String> b) {
		return a.containsAll(b) || b.containsAll(a);
	}

	/** "October", "Friday", "Oct. 5": a date's words, not a company's. */
	private static boolean calendar(DocumentTokens doc, int from, int to) {
		for (int t = from; t < to; t++) {
			if (OrganisationWords.CALENDAR.contains(doc.get(t).lower()) || MonthAbbreviations.at(doc, t)) {
				return true;
			}
		}
		return false;
	}

	private static boolean anyOf(boolean[] marks, int from, int to) {
		for (int t = from; t < to; t++) {
			if (marks[t]) {
				return true;
			}
		}
		return false;
	}

}
