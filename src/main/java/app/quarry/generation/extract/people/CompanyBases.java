package app.quarry.generation.extract.people;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import app.quarry.generation.extract.EntityFact;

/**
 * Where a company is, in the shapes business news writes it beside the company's name and
 * that the other readers leave: the town "of" a company whose name ends in a suffix
 * ("Brovo Ltd. of Leeds", "Brovo PLC of Leeds, England", "Brovo Inc., of Tulsa, Okla.,"),
 * a town and its state made a qualifier ("Tulsa, Okla.-based Brovo"), and the town alone
 * set off by commas before the company's verb ("Brovo Ltd., Leeds, said"). Each is read
 * as "based in" the place.
 */
final class CompanyBases {

	private static final int MAX_PLACE_WORDS = 3;

	/** "N.Y.", "N.J.", "D.C.": a state abbreviated by its two initials. */
	private static final Pattern DOTTED_STATE = Pattern.compile("\\p{Lu}\\.\\p{Lu}\\.");

	/**
	 * "Aluminum Co. of America", "Bank of America": a name that goes on with "of" and the
	 * continent's name is the company's own.
	 */
	private static final Set<String> NAME_PLACES = NameLexicon.words("america", "the");

	/**
	 * Words after "of" and the place that show the place goes on as part of a name or a
	 * list: "Brovo Inc. of Leeds Holdings", "of Leeds and York".
	 */
	private static final Set<String> GOES_ON = NameLexicon.words("and", "&", "amp", "or");

	/** Capitalized words that open no place's name: "New York" is one, "The" none. */
	private static final Set<String> NOT_PLACE_WORDS = NameLexicon.words("the", "a", "an", "and", "or", "of", "in",
			"at", "for", "to", "by", "with", "from", "on", "mr.", "mrs.", "ms.", "dr.");

	private CompanyBases() {
	}

	/** The company named from {@code start} to {@code end} with where it is based. */
	static Optional<EntityFact> fact(DocumentTokens doc, int start, int end, boolean[] person, boolean[] named) {
		String base = of(doc, start, end, person, named);
		if (base == null) {
			return Optional.empty();
		}
		int from = doc.get(start).start();
		int to = doc.get(end - 1).end();
		String name = doc.text.substring(from, to);
		return Optional.of(new EntityFact(name, from, to, name, base));
	}

	/**
	 * "Salt Lake City-based First Valley": a name run of the people rules that took in
	 * the qualifier before the name is no person's, unless a known first name follows it
	 * ("London-based John Smith").
	 */
	static boolean qualifierTakenIn(DocumentTokens doc, int start, boolean[] named) {
		boolean unhyphenated = start >= 1 && UnhyphenatedBases.placeStart(doc, start - 1) >= 0;
		if (!unhyphenated && (start < 1 || !named[start - 1] || !OrganisationShapes.qualifier(doc, start - 1, start))) {
			return false;
		}
		String first = doc.get(start).lower();
		return !NameLexicon.MALE_NAMES.contains(first) && !NameLexicon.FEMALE_NAMES.contains(first);
	}

	/**
	 * "Tulsa-based First Bancorp", "Tulsa, Okla.-based New Horizons": a capitalized word
	 * right after the qualifier opens the company's name, though "first" or "new" opens
	 * none elsewhere.
	 */
	static boolean afterBase(DocumentTokens doc, int t) {
		return t > 0 && !doc.boundaryBefore(t) && doc.get(t).capitalized()
				&& (OrganisationShapes.qualifier(doc, t - 1, t) || doc.get(t - 1).lower().equals("based"));
	}

	/** Where the company named from {@code start} to {@code end} is based, or null. */
	static String of(DocumentTokens doc, int start, int end, boolean[] person, boolean[] named) {
		String base = ofPlace(doc, start, end);
		if (base == null) {
			base = townStateBefore(doc, start);
		}
		return base != null ? base : TownsSetOff.townSetOff(doc, start, end, person, named);
	}

	/**
	 * "Brovo PLC of Leeds": a suffix written without its period lets the capitalized run
	 * go on over "of" and the town; the name ends at its suffix. Returns {@code end} when
	 * the run has no such tail ("Bank of Leeds", "Brovo Co. of America").
	 */
	static int nameEnd(DocumentTokens doc, int start, int end) {
		for (int of = start + 2; of + 1 < end; of++) {
			if (doc.get(of).lower().equals("of")
					&& OrganisationWords.COMPANY_ABBREVIATIONS.contains(doc.get(of - 1).lower())
					&& !NAME_PLACES.contains(doc.get(of + 1).lower()) && placeEnd(doc, of + 1) == end) {
				return of;
			}
		}
		return end;
	}

	/**
	 * "Brovo Ltd. of Leeds", "Brovo PLC of Leeds, England", "Brovo Inc., of Tulsa,
	 * Okla.,": "based in Leeds" when the name ends in a company's suffix and the place
	 * closes the phrase.
	 */
	static String ofPlace(DocumentTokens doc, int start, int end) {
		if (!OrganisationWords.companyName(doc, start, end)) {
			return null;
		}
		int of = end < doc.size() && doc.get(end).is(",") ? end + 1 : end;
		if (of + 1 >= doc.size() || !doc.get(of).lower().equals("of") || doc.boundaryBefore(of)
				|| doc.boundaryBefore(of + 1) || NAME_PLACES.contains(doc.get(of + 1).lower())) {
			return null;
		}
		int place = of + 1;
		int last = placeEnd(doc, place);
		if (last < 0) {
			return null;
		}
		if (last + 1 < doc.size() && doc.get(last).is(",") && !doc.boundaryBefore(last + 1)) {
			int state = stateEnd(doc, last + 1); // "of Tulsa, Okla.", "of Leeds, England"
			if (state > 0 && closes(doc, state)) {
				return "based in " + doc.span(place, state);
			}
		}
		return closes(doc, last) ? "based in " + doc.span(place, last) : null;
	}

	/**
	 * "Tulsa, Okla.-based Brovo", "Tulsa, Okla.based Brovo": the town and state before
	 * the qualifier, as "based in Tulsa, Okla."; a town alone before its "-based" is
	 * {@link OrganisationShapes#basedBefore}'s.
	 */
	static String townStateBefore(DocumentTokens doc, int start) {
		int based = start - 1;
		if (based < 4 || doc.boundaryBefore(start) || doc.boundaryBefore(based)
				|| !doc.get(based).lower().equals("based")) {
			return null;
		}
		int stop = doc.get(based - 1).is("-") ? based - 2 : based - 1;
		if (doc.boundaryBefore(stop + 1)) {
			return null;
		}
		// "Okla." is a word and its stop; "N.J." is one token
		int state = doc.get(stop).is(".") && doc.get(stop).start() == doc.get(stop - 1).end() ? stop - 1 : stop;
		if (!isState(doc.get(state)) || state < 2 || !doc.get(state - 1).is(",") || doc.boundaryBefore(state)) {
			return null;
		}
		int comma = state - 1;
		int first = comma;
		while (first > 0 && comma - first < MAX_PLACE_WORDS && !doc.boundaryBefore(first)
				&& placeWord(doc.get(first - 1))) {
			first--;
		}
		if (first == comma || first > 0 && !doc.boundaryBefore(first) && placeWord(doc.get(first - 1))) {
			return null; // no town, or a longer run of capitals whose start is unclear
		}
		return "based in " + doc.span(first, stop + 1);
	}

	/**
	 * The end of a place's name of one to three capitalized words from {@code start} that
	 * names no organisation ("of Leeds", not "of Leeds Holdings Ltd."); -1 when no such
	 * name starts there.
	 */
	static int placeEnd(DocumentTokens doc, int start) {
		int t = start;
		while (t < doc.size() && t - start < MAX_PLACE_WORDS && (t == start || !doc.boundaryBefore(t))
				&& placeWord(doc.get(t))) {
			if (OrganisationWords.NOUNS.contains(doc.get(t).lower())
					|| OrganisationWords.COMPANY_ABBREVIATIONS.contains(doc.get(t).lower())) {
				return -1;
			}
			t++;
			if (t < doc.size() && doc.get(t).is(".") && doc.get(t).start() == doc.get(t - 1).end()
					&& doc.get(t - 1).text().length() <= 3 && t < doc.size() - 1 && doc.get(t + 1).capitalized()) {
				t++; // "St. Louis", "Ft. Worth"
			}
		}
		if (t == start || t < doc.size() && !doc.boundaryBefore(t) && placeWord(doc.get(t))) {
			return -1;
		}
		return t;
	}

	/**
	 * The end of a state, province or country after a town's comma: "Okla.", "N.Y.",
	 * "England", "Texas"; -1 when none is there.
	 */
	static int stateEnd(DocumentTokens doc, int start) {
		Token first = doc.get(start);
		if (!first.word() || !first.capitalized()) {
			return -1;
		}
		if (isState(first) && start + 1 < doc.size() && doc.get(start + 1).is(".")
				&& doc.get(start + 1).start() == first.end()) {
			return start + 2; // "Okla."
		}
		if (isState(first)) {
			return start + 1; // "N.Y.", "Texas"
		}
		int end = placeEnd(doc, start);
		return end == start + 1 ? end : -1; // "England": one word, as a country is
	}

	/** A mark, a clause's end, or a lower-case word closes the place. */
	private static boolean closes(DocumentTokens doc, int t) {
		if (t >= doc.size() || doc.boundaryBefore(t)) {
			return true;
		}
		Token next = doc.get(t);
		if (!next.word()) {
			return next.is(",") || next.is(".") || next.is(";") || next.is(")");
		}
		return !next.capitalized() && !GOES_ON.contains(next.lower());
	}

	/** "Okla", "Texas", "N.Y.": a state's name or abbreviation. */
	private static boolean isState(Token token) {
		return token.word() && token.capitalized()
				&& (OrganisationWords.PLACES.contains(token.lower()) || DOTTED_STATE.matcher(token.text()).matches());
	}

	private static boolean placeWord(Token token) {
		return token.word() && token.capitalized() && !NameFinder.isPossessiveMark(token)
				&& !NOT_PLACE_WORDS.contains(token.lower());
	}

}
