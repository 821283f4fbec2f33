package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * What one organisation is to another, told in an apposition after its name: "Pacifica
 * Airlines, its launch customer,", "Tarrant Dynamics, Velon's rival during the contest,",
 * "Dunmore Co., its longtime partner in the venture,". The relation says nothing without
 * whose it is, so "its" must have an owner the rules can name, and the description ends
 * at the relation's noun: what follows it ("during the contest") only says when or where.
 */
final class RelationsSetOffAfter {

	/** Nouns for what an organisation is to another. */
	private static final Set<String> RELATIONS = NameLexicon.words("customer", "client", "partner", "rival",
			"competitor", "supplier", "neighbor", "neighbour", "ally");

	/** Words that may close the relation's noun: a mark, or a phrase of time or place. */
	private static final Set<String> CLOSERS = NameLexicon.words(",", ".", ";", "in", "during", "at", "since", "for");

	/** Modifiers between the owner and the noun: "its longtime joint-venture partner". */
	private static final int MAX_MODIFIERS = 3;

	private RelationsSetOffAfter() {
	}

	/**
	 * The relation set off after the organisation named at {@code start}..{@code end},
	 * with its owner named ("Velon Aerospace's launch customer"), or null; none when the
	 * owner is a person.
	 */
	static String after(DocumentTokens doc, int start, int end, boolean[] person) {
		int opener = end + 1;
		if (opener + 1 >= doc.size() || !doc.get(end).is(",") || doc.boundaryBefore(opener)) {
			return null;
		}
		String owner;
		int from;
		if (doc.get(opener).lower().equals("its")) {
			owner = ItsOwners.ownerOfIts(doc, opener);
			from = opener + 1;
		}
		else {
			int possessive = ownerEnd(doc, opener);
			if (possessive < 0) {
				return null;
			}
			for (int t = opener; t < possessive; t++) {
				if (person[t]) {
					return null; // "Jane Roe's rival" is a person's, and likely one too
				}
			}
			owner = doc.span(opener, possessive);
			from = possessive + 1;
		}
		String name = doc.span(start, end);
		if (owner == null || owner.equals(name) || owner.startsWith(name) || name.startsWith(owner)) {
			return null; // "Velon, its rival": nobody is its own rival
		}
		int head = from;
		while (head < doc.size() && head - from <= MAX_MODIFIERS && !doc.boundaryBefore(head)
				&& !RELATIONS.contains(doc.get(head).lower())) {
			if (!modifier(doc.get(head))) {
				return null;
			}
			head++;
		}
		if (head >= doc.size() || doc.boundaryBefore(head) || !RELATIONS.contains(doc.get(head).lower())) {
			return null;
		}
		boolean closed = head + 1 >= doc.size() || doc.boundaryBefore(head + 1)
				|| CLOSERS.contains(doc.get(head + 1).lower());
		if (!closed) {
			return null;
		}
		return owner + (owner.endsWith("s") ? "' " : "'s ") + doc.span(from, head + 1);
	}

	/**
	 * "Velon Aerospace's": the index of the possessive mark after the capitalized run
	 * that starts at {@code t}, or -1.
	 */
	private static int ownerEnd(DocumentTokens doc, int t) {
		int mark = t;
		while (mark < doc.size() && mark - t < OrganisationNameRuns.MAX_NAME_TOKENS && !doc.boundaryBefore(mark)
				&& (doc.get(mark).capitalized() && doc.get(mark).word()
						|| mark > t && doc.get(mark).is(".") && doc.get(mark - 1).capitalized())) {
			mark++;
		}
		return mark > t && mark < doc.size() && !doc.boundaryBefore(mark) && NameFinder.isPossessiveMark(doc.get(mark))
				? mark : -1;
	}

	/** A lower-case word that may stand between a possessive and its noun. */
	private static boolean modifier(Token token) {
		String lower = token.lower();
		return (token.word() || token.is("-")) && !token.capitalized() && !OrganisationFinder.VERBS.contains(lower)
				&& !SpeechVerbs.isSpeechVerb(lower) && !NameLexicon.FUNCTION_WORDS.contains(lower)
				&& !NameLexicon.PREPOSITIONS.contains(lower);
	}

}
