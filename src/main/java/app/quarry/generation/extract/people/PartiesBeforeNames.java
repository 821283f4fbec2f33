package app.quarry.generation.extract.people;

import java.util.Map;
import java.util.Set;

/**
 * A political party written right before a person's name, which says which side the
 * person is on: "Tory Jane Roe branded the plan a farce" (a Tory), "Democrat John Doe
 * voted against it" (a Democrat), "Labour's Jane Roe won the seat" (someone from Labour).
 * A party word that names its members stands alone; a party that names no member
 * ("Labour") only in the possessive, where it owns the person as a firm would.
 */
final class PartiesBeforeNames {

	/** Words for a member of a party, and the role each gives. */
	private static final Map<String, String> MEMBERS = Map.of("tory", "Tory", "conservative", "Conservative",
			"democrat", "Democrat", "republican", "Republican", "socialist", "Socialist", "unionist", "Unionist");

	/** Two-word members: "Liberal Democrat Jane Roe", "Lib Dem John Doe". */
	private static final Map<String, String> TWO_WORD_MEMBERS = Map.of("liberal democrat", "Liberal Democrat",
			"lib dem", "Lib Dem");

	/**
	 * Parties named in the possessive before one of their people: "Labour's Jane Roe".
	 */
	private static final Set<String> PARTIES = NameLexicon.words("labour", "tories", "conservatives", "democrats",
			"republicans", "snp", "ukip", "plaid");

	private PartiesBeforeNames() {
	}

	static void find(DocumentTokens doc, Mention name) {
		int before = name.phraseStartToken - 1;
		if (name.role != null || !name.multiWordName() || before < 0 || doc.boundaryBefore(name.phraseStartToken)) {
			return;
		}
		if (NameFinder.isPossessiveMark(doc.get(before))) {
			owned(doc, name, before);
			return;
		}
		Token label = doc.get(before);
		if (!label.word() || !label.capitalized()) {
			return;
		}
		String two = before > 0 && !doc.boundaryBefore(before) ? doc.get(before - 1).lower() + " " + label.lower()
				: null;
		if (two != null && TWO_WORD_MEMBERS.containsKey(two) && opensPhrase(doc, before - 1)) {
			give(name, before - 1, TWO_WORD_MEMBERS.get(two));
		}
		else if (MEMBERS.containsKey(label.lower()) && opensPhrase(doc, before)) {
			give(name, before, MEMBERS.get(label.lower()));
		}
	}

	/**
	 * "Tory Jane Roe": a word for a party's member opens a run of capitalized words with
	 * two or more after it, which are the name; "Tory Burch" alone may be a name.
	 */
	static boolean labelBeforeName(DocumentTokens doc, int t, int runEnd) {
		if (runEnd - t >= 4 && t + 1 < doc.size()
				&& TWO_WORD_MEMBERS.containsKey(doc.get(t).lower() + " " + doc.get(t + 1).lower())) {
			return true; // "Liberal Democrat Jane Roe": the first of the two words
		}
		return runEnd - t >= 3 && MEMBERS.containsKey(doc.get(t).lower()) && doc.get(t).capitalized();
	}

	/** "Labour's Jane Roe": the party alone before the mark, after no other name. */
	private static void owned(DocumentTokens doc, Mention name, int mark) {
		int party = mark - 1;
		if (party < 0 || doc.boundaryBefore(mark) || !doc.get(party).capitalized()
				|| !PARTIES.contains(doc.get(party).lower())) {
			return;
		}
		int start = party > 0 && !doc.boundaryBefore(party) && doc.get(party - 1).lower().equals("the") ? party - 1
				: party;
		if (opensPhrase(doc, start)) {
			give(name, start, Affiliations.SOMEONE_FROM + doc.span(start, mark));
		}
	}

	/**
	 * The label is not the end of a longer name or title: the sentence starts there, or a
	 * lower-case word or a stop stands before it ("but Tory Jane Roe", "Young
	 * Conservative Jane Roe" is no member's label alone).
	 */
	private static boolean opensPhrase(DocumentTokens doc, int t) {
		if (t == 0 || doc.boundaryBefore(t)) {
			return true;
		}
		Token before = doc.get(t - 1);
		return !before.word() && !NameFinder.isPossessiveMark(before) || !before.capitalized();
	}

	private static void give(Mention name, int start, String role) {
		name.phraseStartToken = start;
		name.role = role;
	}

}
