package app.quarry.generation.extract.people;

import java.util.Set;

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

	/**
	 * Words after "and" that begin another phrase or clause: "an established player and
	 * he topped ...".
	 */
	private static final Set<String> NEW_PHRASE = NameLexicon.words("a", "an", "the", "he", "she", "they", "it", "we",
			"i", "his", "her", "their", "its");

	private static final Set<String> TIME_WORDS = NameLexicon.words("early", "late", "mid", "january", "february",
			"march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "spring",
			"summer", "autumn", "fall", "winter", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
			"sunday");

	private static final Set<String> ALIAS_ADVERBS = NameLexicon.words("commonly", "also", "better", "popularly",
			"widely", "often", "simply");

	private static final int MAX_ALIAS_TOKENS = 10;

	private static final Set<String> KNOWN = NameLexicon.words("known", "called", "named", "dubbed");

	private static final Set<String> RANKS = NameLexicon.words("first", "last", "only", "next", "ever", "one", "second",
			"third", "best", "worst");

	private static final Set<String> REPORTING = NameLexicon.words("said", "says", "announced", "reported");

	/** Words after "to" that open a noun, not an infinitive: "ambassador to the UN". */
	private static final Set<String> TO_OBJECTS = NameLexicon.words("the", "a", "an", "his", "her", "its", "their",
			"our", "my", "this", "that", "these", "those", "former", "both", "all", "two", "three", "several", "many");

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
		if (doc.boundaryBefore(name.phraseStartToken) || doc.boundaryBefore(name.firstToken)
				|| reportedSubject(doc, name.phraseStartToken)) {
			findOfSubject(doc, name);
		}
	}

	/**
	 * "Acme Corp. said Jane Roe resigned as ...": a name right after a speech verb that
	 * itself follows a word, not a quotation's closing comma, opens the reported clause.
	 */
	private static boolean reportedSubject(DocumentTokens doc, int start) {
		return start >= 2 && !doc.boundaryBefore(start) && !doc.boundaryBefore(start - 1)
				&& REPORTING.contains(doc.get(start - 1).lower()) && !",\"”'’".contains(doc.get(start - 2).text());
	}

	/**
	 * The role a copula gives a mention known to be its clause's subject ("From 1991 to
	 * 1999, she was the prosecutor in ..."), or the second verb of its clause does ("Jane
	 * Roe had served in the House since 1999 and was the co-chair of ...").
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
		t = skipAge(doc, skipAlias(doc, t));
		name.role = RoleVerbs.roleAfter(doc, t, lifeSpan);
		if (name.role == null) {
			int second = RoleVerbs.coordinatedVerb(doc, t);
			name.role = second < 0 ? null : RoleVerbs.roleAfter(doc, second, false);
		}
	}

	/**
	 * The role that starts at {@code first} and runs to the end of its phrase, or null
	 * when the phrase holds no role noun near its start ({@code roleFrom} is where the
	 * noun may begin, after an article) or reads as a clause.
	 */
	static String rolePhrase(DocumentTokens doc, int first, int roleFrom, boolean lifeSpan) {
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
			if (infinitive(doc, end) && !ranked(doc, first, end)) {
				break; // "named chairman to succeed Jane Roe": the role ends before "to"
			}
			if (!token.word() && !token.is("&") && !RoleWords.corporateStop(doc, end) || inATime(doc, end)
					|| ROLE_ENDS.contains(lower) && !knownAs(doc, end)
					// "of the United States": a capitalized word is a name's, no verb
					|| SpeechVerbs.isSpeechVerb(lower) && !token.capitalized() || nowOpensClause(doc, end)
					|| (lower.equals("and") || lower.equals("or")) && end + 1 < doc.size()
							&& NEW_PHRASE.contains(doc.get(end + 1).lower())
					|| secondPredicate(doc, end)) {
				break;
			}
			end++;
		}
		while (end > first + 1 && TRAILING_FUNCTION_WORDS.contains(doc.get(end - 1).lower())) {
			end--;
		}
		if (end - roleFrom < 1 || end - first >= MAX_COPULAR_ROLE_TOKENS
				|| !roleWordNearStart(doc, roleFrom, end) && !lifeSpan) {
			return null;
		}
		for (int i = roleFrom; i < end; i++) {
			if (VERBS.contains(doc.get(i).lower())) {
				return null;
			}
		}
		return doc.span(first, end);
	}

	/**
	 * "the best chef in town and ran a cafe": "and" with a past tense that takes an
	 * object opens the subject's second predicate, which is no part of the role.
	 */
	static boolean secondPredicate(DocumentTokens doc, int t) {
		if (!doc.get(t).lower().equals("and") || t + 2 >= doc.size() || doc.boundaryBefore(t + 1)
				|| doc.boundaryBefore(t + 2) || !ActVerbs.past(doc.get(t + 1))) {
			return false;
		}
		String object = doc.get(t + 2).lower();
		return NEW_PHRASE.contains(object) || NameLexicon.PREPOSITIONS.contains(object);
	}

	/**
	 * "a paid adviser to Acme now he is out of office": "now" after the role says when,
	 * or opens a clause; "the now defunct firm" keeps it.
	 */
	private static boolean nowOpensClause(DocumentTokens doc, int t) {
		return doc.get(t).lower().equals("now") && !RoleWords.ARTICLES.contains(doc.get(t - 1).lower());
	}

	/**
	 * "an organization known as Al-Qarta": "as" after "known" names what the role is of,
	 * and ends nothing.
	 */
	private static boolean knownAs(DocumentTokens doc, int t) {
		return t > 0 && doc.get(t).lower().equals("as") && KNOWN.contains(doc.get(t - 1).lower());
	}

	/**
	 * "the first woman to lead ...", "one of the best bowlers ever to play ...": after a
	 * rank the infinitive says in what, and belongs to the role.
	 */
	private static boolean ranked(DocumentTokens doc, int from, int to) {
		for (int t = from; t < to; t++) {
			String lower = doc.get(t).lower();
			if (RANKS.contains(lower) || lower.endsWith("est") && lower.length() > 4) {
				return true;
			}
		}
		return false;
	}

	private static boolean infinitive(DocumentTokens doc, int t) {
		if (!doc.get(t).lower().equals("to") || t + 1 >= doc.size() || doc.boundaryBefore(t + 1)) {
			return false;
		}
		Token next = doc.get(t + 1);
		return next.word() && !next.capitalized() && !TO_OBJECTS.contains(next.lower())
				&& !Character.isDigit(next.text().charAt(0));
	}

	/**
	 * "in 1949", "in early 44 BC", "in March": when the role was held, not part of it.
	 */
	private static boolean inATime(DocumentTokens doc, int t) {
		String preposition = doc.get(t).lower();
		if (!preposition.equals("in") && !preposition.equals("on") || t + 1 >= doc.size()) {
			return false;
		}
		String next = doc.get(t + 1).lower();
		// "on Christmas Day 1066"
		boolean holiday = t + 2 < doc.size() && doc.get(t + 1).capitalized()
				&& (doc.get(t + 2).lower().equals("day") || doc.get(t + 2).lower().equals("eve"));
		return Character.isDigit(next.charAt(0)) || TIME_WORDS.contains(next) || holiday;
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

	/**
	 * The token after an age set off by commas ("Jane Roe, 48, was named ..."), or
	 * {@code t}: the age stands between the subject and its verb.
	 */
	private static int skipAge(DocumentTokens doc, int t) {
		if (t + 2 < doc.size() && doc.get(t).is(",") && doc.get(t + 2).is(",") && !doc.boundaryBefore(t + 1)
				&& doc.get(t + 1).text().matches("\\d{1,3}")) {
			return t + 3;
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
