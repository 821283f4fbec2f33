package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which named company a description refers back to, for {@link CompanyAnaphora}: the last
 * name before it that no rule took for a person, a place or a date, when no other
 * organisation is named or introduced in between.
 */
final class CompanyReferents {

	/** Sentences before the description's own in which its company may be named. */
	private static final int SENTENCES_BACK = 2;

	private static final Set<String> PREDICATIVE = NameLexicon.words("is", "was", "be", "been", "as", "remains",
			"became", "becomes");

	private CompanyReferents() {
	}

	/**
	 * The company the description at {@code at} refers back to: the last name before it
	 * that no rule took for a person, a place or a date, when nothing else in its
	 * sentence or since is another organisation; by the lead company's full name when it
	 * is that company's short one.
	 */
	static String referent(DocumentTokens doc, int at, boolean[] person, boolean[] named, int[] lead) {
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
			if (!token.capitalized() || token.text().length() == 1 || ReferentRuns.initial(token) || title) {
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
			end = Math.min(at, ReferentRuns.possessiveNameEnd(doc, end));
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
			if (!ofLead && ReferentRuns.affiliation(doc, k, person, named)) {
				// "an analyst at Tellwin Co.": a story describes its subject, not the
				// firm of someone it quotes
				k = end - 1;
				continue;
			}
			int place = SetOffPlaces.end(doc, k, end);
			if (place > 0 && (ofLead || !ReferentRuns.other(doc, k, end, person))) {
				// "Brovo Inc., Trenton, N.J., said": where the company is, no other name
				runs.add(new int[] { k, end });
				k = place - 1;
				continue;
			}
			if (ReferentRuns.joinedByAnd(doc, end) && !OrganisationWords.companyName(doc, k, end)) {
				unsure = end - 1; // "AT and T.": where the name ends is unclear
			}
			else if (ofLead || !ReferentRuns.other(doc, k, end, person)) {
				runs.add(new int[] { k, end });
			}
			else if (end == k + 1 && doc.startsSentence[k] && CompanyAnaphora.verbAfter(doc, end)) {
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
		if (!OrganisationWords.companyName(doc, nearest[0], nearest[1])
				&& ReferentRuns.anyOf(named, nearest[0], nearest[1])) {
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

}
