package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * A seat on a company's board, given by the verb that fills it: "Acme Corp. elected Rita
 * Hagen a director" and "Acme Corp. named three new directors: Rita Hagen, Tom Roe and
 * Ann Lee" make each a director of Acme Corp. The company is named only when the sentence
 * names one company before the seat; else the role is "director" alone.
 */
final class BoardSeats {

	private static final Set<String> VERBS = NameLexicon.words("elected", "named", "appointed", "elects", "names",
			"appoints", "added", "adds", "nominated", "nominates");

	private static final Set<String> SEATS = NameLexicon.words("director", "directors");

	private static final Set<String> INCLUDE = NameLexicon.words("include", "includes", "included");

	private static final int MAX_WORDS_BEFORE_SEAT = 3;

	private BoardSeats() {
	}

	static void find(DocumentTokens doc, Mention name) {
		int verb = name.phraseStartToken - 1;
		if (verb >= 0 && !doc.boundaryBefore(name.phraseStartToken) && VERBS.contains(doc.get(verb).lower())) {
			int seat = seatAfter(doc, name.endToken, "a", "an");
			if (seat > 0 && doc.get(seat).lower().equals("director")) {
				name.role = ofCompany(doc, verb); // "elected Rita Hagen a director"
			}
			return;
		}
		int start = NameList.listStart(doc, name.firstToken);
		String included = includedSeat(doc, start - 1);
		if (included == null) {
			// "Other new board members include Rita Hagen of Halden Bank, Ann Lee ..."
			start = AffiliatedLists.start(doc, start);
			included = includedSeat(doc, start - 1);
		}
		if (included != null && wholeList(doc, start, name)) {
			name.role = included; // "New board members include Rita Hagen and Tom Roe."
			return;
		}
		int colon = listOpening(doc, name.phraseStartToken);
		if (colon > 0 && SEATS.contains(doc.get(colon - 1).lower()) && wholeList(doc, start, name)) {
			// "named three new directors: Rita Hagen, Tom Roe and Ann Lee"
			for (int t = colon - 2; t >= 0 && colon - 1 - t <= MAX_WORDS_BEFORE_SEAT + 1; t--) {
				if (VERBS.contains(doc.get(t).lower())) {
					name.role = ofCompany(doc, t);
					return;
				}
				if (!doc.get(t).word() || doc.get(t).capitalized()) {
					return;
				}
			}
		}
	}

	/**
	 * "Other new board members include": a sentence that opens on board seats and lists
	 * who fills them; the seat, or null.
	 */
	private static String includedSeat(DocumentTokens doc, int include) {
		if (include < 2 || !INCLUDE.contains(doc.get(include).lower()) || doc.boundaryBefore(include)) {
			return null;
		}
		int seat = include - 1;
		boolean board = doc.get(seat).lower().equals("members") && doc.get(seat - 1).lower().equals("board");
		if (!board && !doc.get(seat).lower().equals("directors")) {
			return null;
		}
		int t = board ? seat - 2 : seat - 1;
		boolean fresh = false;
		while (t >= 0 && !doc.startsSentence[t + 1] && (doc.get(t).lower().equals("new")
				|| doc.get(t).lower().equals("other") || doc.get(t).lower().equals("the"))) {
			fresh |= doc.get(t).lower().equals("new");
			t--;
		}
		if (!doc.startsSentence[t + 1]) {
			return null;
		}
		return (fresh ? "new " : "") + (board ? "board member" : "director");
	}

	/**
	 * Whether the list the name stands in ends the sentence: a list cut short ("Rita
	 * Hagen and Tom Roe of Acme, Ann Lee and ...") would leave names that fill the same
	 * seats without one, to be offered as wrong answers.
	 */
	private static boolean wholeList(DocumentTokens doc, int start, Mention name) {
		int end = AffiliatedLists.end(doc, start);
		return end >= name.endToken && (end >= doc.size() || doc.boundaryBefore(end)
				|| doc.get(end).is(".") && (end + 1 >= doc.size() || doc.boundaryBefore(end + 1)));
	}

	/** The seat noun after an article and at most a few words, or -1. */
	private static int seatAfter(DocumentTokens doc, int t, String... articles) {
		if (t >= doc.size() || doc.boundaryBefore(t) || !Set.of(articles).contains(doc.get(t).lower())) {
			return -1;
		}
		for (int u = t + 1; u < doc.size() && u <= t + MAX_WORDS_BEFORE_SEAT && !doc.boundaryBefore(u); u++) {
			if (SEATS.contains(doc.get(u).lower())) {
				boolean ends = u + 1 >= doc.size() || doc.boundaryBefore(u + 1) || !doc.get(u + 1).word()
						|| !doc.get(u + 1).lower().equals("of");
				return ends ? u : -1;
			}
			if (!doc.get(u).word() || doc.get(u).capitalized()) {
				return -1;
			}
		}
		return -1;
	}

	/**
	 * The colon that opens the list a name stands in, with only names, commas and "and"
	 * between them; -1 when there is none.
	 */
	private static int listOpening(DocumentTokens doc, int start) {
		for (int t = start - 1; t > 0 && !doc.boundaryBefore(t + 1); t--) {
			Token token = doc.get(t);
			if (token.is(":")) {
				return t;
			}
			if (!(token.is(",") || token.is(".") || token.lower().equals("and") || token.capitalized())) {
				return -1;
			}
		}
		return -1;
	}

	private static String ofCompany(DocumentTokens doc, int verb) {
		String company = CompanyRoles.onlyCompanyBefore(doc, verb);
		return company == null ? "director" : "director of " + company;
	}

}
