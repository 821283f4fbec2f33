package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * A person's party, union, firm or paper written right after the name with "of" or
 * "from", where nobody is quoted: "Jane Roe of the Green Party was re-elected", "John Doe
 * from the KWU and Ann Lee of Halden Group lost their seats", "Tom Hale of the Daily
 * Courier broke the story". Without a speech verb the words after "of" are as often a
 * home town ("Jane Roe of Springfield won"), so only a name that says it is a body's
 * counts: a body's initials, a noun for a kind of body closing it, a newspaper's word, or
 * a name the story introduces elsewhere with a noun for its kind.
 */
final class BodiesAfterNames {

	/**
	 * Initials that are places, not bodies: "John Doe of the UAE" says where he is from.
	 */
	private static final Set<String> PLACE_INITIALS = NameLexicon.words("us", "uk", "eu", "usa", "uae", "ussr", "prc",
			"drc", "nz", "dc", "la", "nyc", "sar");

	/**
	 * Nouns closing the name of a public body, a movement or a racing team that the list
	 * of firms' nouns does not hold: "of the City Council", "of Halden Racing".
	 */
	private static final Set<String> PUBLIC_BODIES = NameLexicon.words("council", "committee", "commission", "ministry",
			"department", "authority", "trust", "society", "movement", "alliance", "coalition", "front", "congress",
			"caucus", "democrats", "republicans", "socialists", "conservatives", "liberals", "greens", "unionists",
			"nationalists", "racing", "motorsports", "motorsport");

	private BodiesAfterNames() {
	}

	/**
	 * Whether the capitalized run {@code [first, end)} after "of" or "from" at {@code of}
	 * names a body the person belongs to, read with no speech verb near.
	 */
	static boolean affiliates(DocumentTokens doc, int of, int first, int end) {
		String link = doc.get(of).lower();
		if (!link.equals("of") && !link.equals("from") || end <= first || !closes(doc, end)) {
			return false;
		}
		// "of Parents First", which the story called "the campaign group"
		if (BodiesIntroducedByKind.introduced(doc, first, end)
				&& !OrganisationNameRuns.placeOrPeople(doc, first, end)) {
			return true;
		}
		if (end - first == 1) {
			return initials(doc.get(first));
		}
		String last = doc.get(end - 1).lower();
		return bodyNoun(last) || MastheadWords.closesName(last) || bodyBeforeOf(doc, first, end);
	}

	/**
	 * The run ends the phrase: a stop, a comma, "and" or a verb follows, not a possessive
	 * ("of the Green Party's youth wing" is the wing's) nor a further word of the name.
	 */
	static boolean closes(DocumentTokens doc, int end) {
		if (end >= doc.size() || doc.boundaryBefore(end)) {
			return true;
		}
		Token next = doc.get(end);
		return !NameFinder.isPossessiveMark(next)
				&& (!next.word() && !next.is("&") && !next.is("-") || !next.capitalized());
	}

	private static boolean bodyNoun(String lower) {
		return OrganisationWords.NOUNS.contains(lower) || PUBLIC_BODIES.contains(lower)
				|| OrganisationWords.COMPANY_SUFFIXES.contains(lower);
	}

	/** "of the Bank of Halden", "of the University of Leeds": the body comes first. */
	private static boolean bodyBeforeOf(DocumentTokens doc, int first, int end) {
		for (int t = first + 1; t + 1 < end; t++) {
			if (doc.get(t).lower().equals("of")) {
				return bodyNoun(doc.get(t - 1).lower());
			}
		}
		return false;
	}

	/**
	 * "VRP", "QTU": a body's initials in capitals, no place's ("the UK") and no regnal
	 * number ("Henry VIII of England" is a king's).
	 */
	private static boolean initials(Token token) {
		String text = token.text();
		return token.word() && text.length() >= 2 && text.length() <= 6
				&& text.chars().allMatch(c -> c >= 'A' && c <= 'Z') && !NameSuffix.regnal(token)
				&& !PLACE_INITIALS.contains(token.lower()) && !OrganisationWords.PLACES.contains(token.lower());
	}

}
