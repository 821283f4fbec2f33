package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Who a person speaks or acts for, set off after the name: "Jane Roe, representing the
 * families of the victims, said" (someone representing the families of the victims), and
 * the letters of a rank British news writes right after a name: "Jane Roe QC said" (a
 * QC), "Jane Roe QC, representing four of the prisoners, said" (the QC representing four
 * of the prisoners).
 */
final class RepresentingAppositions {

	/** Ranks written in capitals after the name: counsel, and members of a parliament. */
	private static final Set<String> POST_NOMINALS = Set.of("QC", "KC", "SC", "MP", "MEP", "MSP");

	/** Words that open a phrase saying whom someone acts for. */
	private static final Set<String> ACTING_FOR = NameLexicon.words("representing");

	private static final int MIN_PARTY_TOKENS = 1;

	private static final int MAX_PARTY_TOKENS = 12;

	private RepresentingAppositions() {
	}

	static void find(DocumentTokens doc, Mention name) {
		if (name.role != null) {
			return;
		}
		int after = name.endToken;
		String rank = null;
		if (after < doc.size() && !doc.boundaryBefore(after) && POST_NOMINALS.contains(doc.get(after).text())
				&& name.multiWordName() && rankEnds(doc, after + 1)) {
			// "Jane Roe QC": the rank is the name's, not the start of another name
			rank = doc.get(after).text();
			after++;
		}
		String party = party(doc, after);
		if (party != null) {
			String role = (rank != null ? rank + " " : "someone ") + party;
			name.role = role;
			name.appositionRole = role;
			name.appositionEndToken = SubjectActs.clauseEnd(doc, after + 2);
		}
		else if (rank != null) {
			name.role = rank;
		}
	}

	/** "representing four of the prisoners" after the comma at {@code comma}, or null. */
	private static String party(DocumentTokens doc, int comma) {
		int verb = comma + 1;
		if (verb + 1 >= doc.size() || !doc.get(comma).is(",") || doc.boundaryBefore(verb)
				|| !ACTING_FOR.contains(doc.get(verb).lower()) || doc.get(verb).capitalized()) {
			return null;
		}
		int end = SubjectActs.clauseEnd(doc, verb + 1);
		if (end - verb - 1 < MIN_PARTY_TOKENS || end - verb - 1 > MAX_PARTY_TOKENS) {
			return null;
		}
		return SubjectActs.written(doc, verb, end);
	}

	/**
	 * The rank closes the name: a comma, a stop, a lower-case verb or the end follows.
	 */
	private static boolean rankEnds(DocumentTokens doc, int next) {
		return next >= doc.size() || doc.boundaryBefore(next) || !doc.get(next).word() || !doc.get(next).capitalized();
	}

}
