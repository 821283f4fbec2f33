package app.quarry.generation.extract.people;

/**
 * A list of people may give some of them their firm on the way: "Rita Hagen and Tom Roe
 * of Halden Bank, Ann Lee and Carl Moss". The "of" and the firm's name are no end of the
 * list; its start and end are found across them.
 */
final class AffiliatedLists {

	private AffiliatedLists() {
	}

	/** The start of the list that {@link NameList#listStart} found at {@code start}. */
	static int start(DocumentTokens doc, int start) {
		int t = start;
		while (t > 1 && !doc.boundaryBefore(t) && doc.get(t - 1).lower().equals("of") && doc.get(t - 2).capitalized()
				&& !doc.boundaryBefore(t - 1)) {
			int before = NameList.listStart(doc, t - 2);
			if (before >= t - 2) {
				break;
			}
			t = before;
		}
		return t;
	}

	/** The end of the list that starts at {@code start}, read past each "of" a firm. */
	static int end(DocumentTokens doc, int start) {
		int end = NameList.listEnd(doc, start);
		while (end + 1 < doc.size() && doc.get(end).lower().equals("of") && doc.get(end + 1).capitalized()
				&& !doc.boundaryBefore(end + 1)) {
			int next = NameList.listEnd(doc, end + 1);
			if (next <= end + 1) {
				break;
			}
			end = next;
		}
		return end;
	}

}
