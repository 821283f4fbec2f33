package app.quarry.generation.extract.people;

import java.util.Set;

import static app.quarry.generation.extract.people.RoleWords.ARTICLES;
import static app.quarry.generation.extract.people.RoleWords.COPULAS;
import static app.quarry.generation.extract.people.RoleWords.VERBS;
import static app.quarry.generation.extract.people.RoleWords.roleWordNearStart;
import static app.quarry.generation.extract.people.RoleWords.skipParenthesis;

/**
 * The role a copula gives the subject of its clause: "Jane Roe (1801–1870) was a Scottish
 * botanist", "Jane Roe is the chair of the Riverside Trust", "she served as mayor of
 * Leeds".
 */
final class CopularRoles {

	private static final int MAX_COPULAR_ROLE_TOKENS = 16;

	private static final Set<String> SERVED = NameLexicon.words("served", "serves", "serving");

	private static final Set<String> AUXILIARIES = NameLexicon.words("has", "had", "have");

	private static final Set<String> ALIAS_ADVERBS = NameLexicon.words("commonly", "also", "better", "popularly",
			"widely", "often", "simply");

	private static final int MAX_ALIAS_TOKENS = 10;

	/** Honours and degrees written after a name: "OBE", "QC", "MP". */
	private static final java.util.regex.Pattern POSTNOMINAL = java.util.regex.Pattern.compile("\\p{Lu}{2,4}");

	/** Words that end the role a copula gives: a relative clause, another clause. */
	private static final Set<String> ROLE_ENDS = NameLexicon.words("who", "whom", "whose", "which", "that", "but",
			"when", "where", "while", "because", "since", "until", "after", "before", "during", "from", "between",
			"until", "as", "with");

	private static final Set<String> TRAILING_FUNCTION_WORDS = NameLexicon.words("and", "or", "of", "the", "a", "an",
			"to", "for", "at", "on", "by");

	private CopularRoles() {
	}

	/**
	 * The role a biography opens with. Only where the name opens its sentence, so that
	 * the person is the one the verb describes.
	 */
	static void find(DocumentTokens doc, Mention name) {
		if (doc.boundaryBefore(name.phraseStartToken) || doc.boundaryBefore(name.firstToken)) {
			findOfSubject(doc, name);
		}
	}

	/**
	 * The role a copula gives a mention known to be its clause's subject ("From 1991 to
	 * 1999, she was the prosecutor in ...").
	 */
	static void findOfSubject(DocumentTokens doc, Mention name) {
		if (name.role != null) {
			return;
		}
		int t = name.endToken;
		while (t < doc.size() && !doc.boundaryBefore(t) && POSTNOMINAL.matcher(doc.get(t).text()).matches()) {
			// "Jane Roe OBE (1801–1870) was"
			t++;
		}
		int afterName = t;
		t = skipParenthesis(doc, t);
		// "Jane Roe (1801–1870) was a potter": what a biography says its subject was is a
		// role whatever the noun
		boolean lifeSpan = t > afterName && yearIn(doc, afterName, t);
		t = skipAlias(doc, t);
		if (t + 1 < doc.size() && AUXILIARIES.contains(doc.get(t).lower()) && !doc.boundaryBefore(t + 1)) {
			t++;
		}
		// "Jane Roe served as mayor of Leeds": the role needs no article
		boolean servedAs = t + 2 < doc.size() && SERVED.contains(doc.get(t).lower())
				&& doc.get(t + 1).lower().equals("as") && !doc.boundaryBefore(t + 2);
		if (!servedAs && (t + 2 >= doc.size() || doc.boundaryBefore(t) || !COPULAS.contains(doc.get(t).lower())
				|| !ARTICLES.contains(doc.get(t + 1).lower()))) {
			return;
		}
		int first = servedAs ? t + 2 : t + 1;
		int roleFrom = servedAs && !ARTICLES.contains(doc.get(first).lower()) ? first : first + 1;
		int end = first + 1;
		while (end < doc.size() && !doc.boundaryBefore(end) && end - first < MAX_COPULAR_ROLE_TOKENS) {
			Token token = doc.get(end);
			if (token.is("(")) {
				int closed = skipParenthesis(doc, end);
				if (closed == end) {
					break;
				}
				end = closed;
				continue;
			}
			String lower = token.lower();
			boolean inAYear = lower.equals("in") && end + 1 < doc.size()
					&& Character.isDigit(doc.get(end + 1).text().charAt(0));
			if (!token.word() && !token.is("&") || inAYear || ROLE_ENDS.contains(lower)
					|| SpeechVerbs.isSpeechVerb(lower) || (lower.equals("and") || lower.equals("or"))
							&& end + 1 < doc.size() && ARTICLES.contains(doc.get(end + 1).lower())) {
				break;
			}
			end++;
		}
		while (end > first + 1 && TRAILING_FUNCTION_WORDS.contains(doc.get(end - 1).lower())) {
			end--;
		}
		if (end - roleFrom < 1 || end - first >= MAX_COPULAR_ROLE_TOKENS
				|| !roleWordNearStart(doc, roleFrom, end) && !lifeSpan) {
			return;
		}
		for (int i = roleFrom; i < end; i++) {
			if (VERBS.contains(doc.get(i).lower())) {
				return;
			}
		}
		name.role = doc.span(first, end);
	}

	/**
	 * The token after ", commonly known as Alexander the Great," that follows a name, or
	 * {@code t}.
	 */
	private static int skipAlias(DocumentTokens doc, int t) {
		int known = t + 1;
		if (known < doc.size() && ALIAS_ADVERBS.contains(doc.get(known).lower())) {
			known++;
		}
		if (t >= doc.size() || !doc.get(t).is(",") || known + 1 >= doc.size() || !doc.get(known).lower().equals("known")
				|| !doc.get(known + 1).lower().equals("as")) {
			return t;
		}
		for (int i = known + 2; i < doc.size() && i - known < MAX_ALIAS_TOKENS; i++) {
			if (doc.boundaryBefore(i)) {
				return t;
			}
			if (doc.get(i).is(",")) {
				return i + 1;
			}
		}
		return t;
	}

	private static boolean yearIn(DocumentTokens doc, int from, int to) {
		for (int t = from; t < to; t++) {
			String text = doc.get(t).text();
			if (text.length() >= 3 && text.length() <= 4 && text.chars().allMatch(Character::isDigit)) {
				return true;
			}
		}
		return false;
	}

}
