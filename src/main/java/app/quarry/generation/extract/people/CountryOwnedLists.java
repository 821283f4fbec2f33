package app.quarry.generation.extract.people;

/**
 * People listed after a country's possessive share it: "Norway's Anna Lund, Per Vik and
 * Ola Berg all scored" makes all three someone from Norway, as the first one is
 * ({@link CountriesBeforeNames}). Sport reports name a side's players this way. Every
 * member must be a plain two- or three-word name, so a member with a word or body of its
 * own ("and independent Per Vik", "Per Vik of Acme") breaks the list, and one of the
 * names must read as a person's, since business news owns its firms by country too.
 */
final class CountryOwnedLists {

	/** Names before this one in the list, the first included. */
	private static final int MAX_MEMBERS_BEFORE = 8;

	private static final int MAX_NAME_TOKENS = 3;

	private CountryOwnedLists() {
	}

	static void find(DocumentTokens doc, Mention name) {
		if (name.role != null || name.possessive || !name.multiWordName() || ownBody(doc, name.endToken)
				|| !OwnedListMembers.personLike(doc, name.phraseStartToken, name.endToken)) {
			return;
		}
		int separator = name.phraseStartToken - 1;
		if (separator >= 1 && NameFinder.isPossessiveMark(doc.get(separator))) {
			if (!doc.boundaryBefore(name.phraseStartToken) && laterMemberReadsAsPerson(doc, name.endToken)) {
				ownedByCountry(doc, name, separator);
			}
			return;
		}
		boolean last = true;
		boolean person = CountriesBeforeNames.readsAsPerson(doc, name);
		for (int members = 0; members < MAX_MEMBERS_BEFORE; members++) {
			int end = endOfMemberBefore(doc, separator, last);
			if (end < 0) {
				return;
			}
			int start = end;
			while (start > 0 && end - start < MAX_NAME_TOKENS && !doc.boundaryBefore(start) && doc.get(start - 1).word()
					&& doc.get(start - 1).capitalized()) {
				start--;
			}
			if (!OwnedListMembers.personLike(doc, start, end) || start < 2 || doc.boundaryBefore(start)) {
				return;
			}
			person = person || CountriesBeforeNames.readsAsPerson(doc, start, end - 1);
			Token before = doc.get(start - 1);
			if (NameFinder.isPossessiveMark(before)) {
				if (person || laterMemberReadsAsPerson(doc, name.endToken)) {
					ownedByCountry(doc, name, start - 1);
				}
				return;
			}
			separator = start - 1;
			last = false;
		}
	}

	/**
	 * Whether a member listed after the first one, which ends at {@code end}, reads as a
	 * person's name: "Norway's Ola Berg, Anna Lund and Per Vik" where the document knows
	 * Anna.
	 */
	private static boolean laterMemberReadsAsPerson(DocumentTokens doc, int end) {
		int t = end;
		for (int members = 0; members < MAX_MEMBERS_BEFORE && t + 1 < doc.size() && !doc.boundaryBefore(t); members++) {
			boolean and = doc.get(t).lower().equals("and");
			if (!and && !doc.get(t).is(",")) {
				return false;
			}
			int start = t + 1;
			if (!and && doc.get(start).lower().equals("and") && !doc.boundaryBefore(start)) {
				and = true;
				start++;
			}
			int stop = start;
			while (stop < doc.size() && stop - start < MAX_NAME_TOKENS && !doc.boundaryBefore(stop)
					&& doc.get(stop).word() && doc.get(stop).capitalized()) {
				stop++;
			}
			if (!OwnedListMembers.personLike(doc, start, stop)) {
				return false;
			}
			if (CountriesBeforeNames.readsAsPerson(doc, start, stop - 1)) {
				return true;
			}
			if (and) {
				return false;
			}
			t = stop;
		}
		return false;
	}

	/**
	 * The end of the member before the separator at {@code t}: "and" (or ", and") before
	 * the last member, a comma before every other one; or -1.
	 */
	private static int endOfMemberBefore(DocumentTokens doc, int t, boolean last) {
		if (t < 1 || doc.boundaryBefore(t + 1) || doc.boundaryBefore(t)) {
			return -1;
		}
		String word = doc.get(t).lower();
		if (last && word.equals("and")) {
			return doc.get(t - 1).is(",") && !doc.boundaryBefore(t - 1) ? t - 1 : t;
		}
		return doc.get(t).is(",") ? t : -1;
	}

	private static void ownedByCountry(DocumentTokens doc, Mention name, int mark) {
		if (doc.boundaryBefore(mark)) {
			return;
		}
		int opening = CountriesBeforeNames.countryOpening(doc, mark);
		if (opening >= 0) {
			name.role = CountriesBeforeNames.someoneFrom(doc, opening, mark);
		}
	}

	/** "Per Vik of Acme", "Per Vik from Acme": the member carries a body of its own. */
	private static boolean ownBody(DocumentTokens doc, int end) {
		if (end >= doc.size() || doc.boundaryBefore(end)) {
			return false;
		}
		String next = doc.get(end).lower();
		return next.equals("of") || next.equals("from") || NameFinder.isPossessiveMark(doc.get(end));
	}

}
