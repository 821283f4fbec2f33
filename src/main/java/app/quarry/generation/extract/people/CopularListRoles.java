package app.quarry.generation.extract.people;

import java.util.Locale;
import java.util.Set;

/**
 * A role in the plural that a copula gives a list of names, either way round: "Jane Roe
 * and Tom Hale were the first leaders of the project" (the list is the subject) or
 * "Producers are Jane Roe, Tom Hale and Ann Lee" (a bare plural is the subject and the
 * list its complement). Each of them holds the role, written so that no one is asked as
 * if they held it alone ("one of the first leaders of the project", "a producer").
 */
final class CopularListRoles {

	private static final Set<String> PLURAL_COPULAS = NameLexicon.words("were", "are");

	/** Words between the copula and the role that say all of them hold it. */
	private static final Set<String> ALL = NameLexicon.words("both", "all");

	/**
	 * Parts in a contest, a deal or a dispute that firms, clubs and countries play as
	 * often as people do: "Acme and Bolt were the biggest losers", "Sponsors are Acme and
	 * Bolt". A list given one of them may be of bodies, and asking "Who is Acme?" would
	 * make a person of a firm.
	 */
	private static final Set<String> ROLES_BODIES_PLAY = NameLexicon.words("winner", "loser", "faller", "riser",
			"gainer", "sponsor", "bidder", "host", "rival", "backer", "supplier", "buyer", "seller", "shareholder",
			"investor", "donor", "lender", "creditor", "finalist", "semi-finalist", "quarter-finalist", "contender",
			"favourite", "champion", "runner-up", "signatory", "competitor", "victor", "beneficiary");

	private static final int MAX_ROLE_TOKENS = 12;

	private static final int MAX_QUALIFIERS = 2;

	private CopularListRoles() {
	}

	static void find(DocumentTokens doc, Mention name) {
		int start = NameList.listStart(doc, name.firstToken);
		int end = NameList.listEnd(doc, start);
		if (end < name.endToken || !several(doc, start, end)) {
			return;
		}
		String role = doc.boundaryBefore(start) ? null : subjectRole(doc, start);
		if (role == null && subjectPlace(doc, start)) {
			role = complementRole(doc, end);
		}
		if (role != null) {
			name.role = role;
		}
	}

	/**
	 * "Producers are" or "Executive producers were" opening the sentence right before the
	 * list at {@code start}: "a producer", "an executive producer".
	 */
	private static String subjectRole(DocumentTokens doc, int start) {
		int copula = start - 1;
		if (copula < 1 || !PLURAL_COPULAS.contains(doc.get(copula).lower()) || doc.boundaryBefore(copula)) {
			return null;
		}
		int head = copula - 1;
		String singular = personSingular(doc.get(head), doc.boundaryBefore(head));
		if (singular == null) {
			return null;
		}
		int from = head;
		while (!doc.boundaryBefore(from) && head - from < MAX_QUALIFIERS && qualifier(doc.get(from - 1))) {
			from--;
		}
		if (!doc.boundaryBefore(from)) {
			return null; // "the producers are" is read by the clause rules; "they said
							// producers are" is no role
		}
		String words = (from < head ? doc.span(from, head).toLowerCase(Locale.ROOT) + " " : "") + singular;
		return article(words) + words;
	}

	/**
	 * ", were the first leaders of the project," after the list that ends at {@code end}:
	 * "one of the first leaders of the project"; null when no plural kind of person
	 * follows the copula.
	 */
	private static String complementRole(DocumentTokens doc, int end) {
		int t = end;
		if (t + 2 >= doc.size() || doc.boundaryBefore(t) || !PLURAL_COPULAS.contains(doc.get(t).lower())) {
			return null;
		}
		t++;
		if (ALL.contains(doc.get(t).lower())) {
			t++;
		}
		boolean definite = doc.get(t).lower().equals("the");
		int first = definite ? t + 1 : t;
		int stop = SubjectActs.clauseEnd(doc, first);
		if (stop <= first || stop - first > MAX_ROLE_TOKENS) {
			return null;
		}
		int head = -1;
		for (int w = first; w < stop; w++) {
			Token token = doc.get(w);
			String lower = token.lower();
			if (SpeechVerbs.isSpeechVerb(lower) || RoleWords.VERBS.contains(lower)) {
				return null;
			}
			if (personSingular(token, false) != null) {
				head = w;
				break;
			}
			if (token.capitalized() || w - first >= MAX_QUALIFIERS || !qualifier(token)) {
				return null;
			}
		}
		if (head < 0) {
			return null;
		}
		// the role stops where a new clause starts: "were leaders and each had a vote"
		int last = head + 1;
		while (last < stop && !RoleWords.VERBS.contains(doc.get(last).lower()) && !doc.get(last).lower().equals("and")
				&& !doc.get(last).lower().equals("who")) {
			last++;
		}
		if (definite) {
			return "one of the " + doc.span(first, last);
		}
		String singular = personSingular(doc.get(head), false);
		String words = (first < head ? doc.span(first, head) + " " : "") + singular
				+ (head + 1 < last ? " " + doc.span(head + 1, last) : "");
		return article(words) + words;
	}

	/** The singular of a plural noun for a kind of person ("producers"), or null. */
	private static String personSingular(Token token, boolean opening) {
		if (!token.word() || token.capitalized() && !opening) {
			return null;
		}
		String singular = PersonNouns.singular(token.lower());
		return singular != null && PersonNouns.namesPerson(singular) && !ROLES_BODIES_PLAY.contains(singular) ? singular
				: null;
	}

	/** A lower-case word that may say which kind: "initial", "executive", "former". */
	private static boolean qualifier(Token token) {
		String lower = token.lower();
		if (!token.word() || SpeechVerbs.isSpeechVerb(lower) || RoleWords.VERBS.contains(lower)
				|| NameLexicon.PREPOSITIONS.contains(lower)) {
			return false;
		}
		return RoleWords.MODIFIERS.contains(lower) || !NameLexicon.FUNCTION_WORDS.contains(lower);
	}

	/**
	 * Whether the list at {@code start} may be its clause's subject: it opens the
	 * sentence, follows an opening phrase set off by a comma ("According to the report,
	 * Jane Roe and ...") or opens a reported clause ("said that Jane Roe and ...", "said
	 * Jane Roe and ...").
	 */
	private static boolean subjectPlace(DocumentTokens doc, int start) {
		return doc.boundaryBefore(start) || doc.get(start - 1).is(",") || doc.get(start - 1).lower().equals("that")
				|| SpeechVerbs.isSpeechVerb(doc.get(start - 1).lower());
	}

	private static boolean several(DocumentTokens doc, int start, int end) {
		for (int t = start; t < end; t++) {
			if (doc.get(t).lower().equals("and")) {
				return true;
			}
		}
		return false;
	}

	private static String article(String words) {
		return "aeiou".indexOf(Character.toLowerCase(words.charAt(0))) >= 0 ? "an " : "a ";
	}

}
