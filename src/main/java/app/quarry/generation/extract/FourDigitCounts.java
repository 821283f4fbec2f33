package app.quarry.generation.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number of four digits written without its thousands comma, as much of the British
 * press writes it, that counts the noun after it rather than naming a year: "around 1500
 * workers", "some 2000 fans", "the firm employs 1800 staff", "the 1800 mile journey" (its
 * hyphen lost). A year never takes a word of quantity before it, nor a plural noun of
 * things that can be counted right after it unless a preposition or a name places it ("in
 * 1998 workers struck", "Windows 2000 users"); nor is a year a measure of miles or seats
 * before the noun they measure, nor an age ("a 2000 year old custom").
 */
final class FourDigitCounts {

	/** Words of quantity that only a count follows: "around ", "some ", "more than ". */
	private static final Pattern QUANTITY_BEFORE = Pattern
		.compile("(?i)\\b(?:around|about|some|nearly|almost|over|roughly|approximately|estimated|another|further"
				+ "|extra|(?:more|fewer|less)\\s+than|at\\s+least|up\\s+to|just\\s+(?:under|over))\\s+$");

	/** The same, tried only where one of its words may begin. */
	private static final SparseMatches QUANTITY_WORD_BEFORE = SparseMatches
		.beginningWith(QUANTITY_BEFORE, "aAsSnNoOrReEfFmMlLuUjJ")
		.atWordStarts();

	/**
	 * A singular unit of measure or size, then the noun it measures: " mile journey", "
	 * seat arena", " man jury".
	 */
	private static final Pattern UNIT_THEN_NOUN = Pattern
		.compile("\\s+(?:mile|kilometre|kilometer|km|metre|meter|yard|foot|acre|hectare|tonne|ton|litre|liter|gallon"
				+ "|seat|bed|room|page|word|man|member|strong)\\s+\\p{Ll}");

	/** " year old", " years old": an age in years, which a year never is. */
	private static final Pattern AGE_AFTER = Pattern.compile("\\s+years?[\\s-]+old\\b");

	/** The lower-case word right after the number. */
	private static final Pattern WORD_AFTER = Pattern.compile("\\s+(\\p{Ll}[\\p{L}-]*)\\b(?![-'’])");

	/** The word right before the number, with any punctuation after it. */
	private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}'’.]+)([^\\p{L}\\d\\s]*)\\s+$");

	/**
	 * Words before a year that place it or make it its owner's: "in 1998", "fiscal 2005",
	 * "its 2006 results".
	 */
	private static final Set<String> PLACING = Set.of("in", "by", "since", "until", "till", "from", "during", "through",
			"throughout", "before", "after", "of", "to", "between", "circa", "early", "late", "mid", "spring", "summer",
			"autumn", "fall", "winter", "fiscal", "year", "and", "or", "than", "its", "his", "her", "their", "our",
			"my", "your", "for", "at", "on", "as", "like", "unlike", "when", "while");

	/**
	 * "a survey of ", "a crowd of ", "a total of ": a whole made of a number of people or
	 * things, which "of" then counts rather than dates.
	 */
	private static final Pattern SAMPLE_OF = Pattern
		.compile("(?i)\\b(?:survey|study|sample|poll|census|group|crowd|total|panel|audience|workforce|fleet|army"
				+ "|force|team|cohort|contingent|delegation|convoy|list)s?\\s+of\\s+$");

	/** Words that open a noun phrase the number may count in or label. */
	private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "each",
			"every");

	/**
	 * Plurals after a year that it dates or makes a subject of: "the 1992 protests",
	 * "1998 sales", "2005 sees", "2004 marks".
	 */
	private static final Set<String> NOT_COUNTED = Set.of("sees", "saw", "marks", "brings", "proves", "becomes",
			"begins", "ends", "means", "looks", "seems", "remains", "promises", "is", "levels", "figures", "results",
			"sales", "earnings", "profits", "revenues", "losses", "accounts", "totals", "estimates", "forecasts",
			"projections", "budgets", "prices", "rates", "returns", "exports", "imports", "awards", "rankings",
			"finals", "playoffs", "elections", "protests", "riots", "talks", "games", "olympics", "championships",
			"races", "marathons", "series", "models", "versions", "editions", "issues", "rules", "plans", "accords",
			"laws", "reforms", "nominations", "celebrations", "festivities", "exams", "honours", "honors", "tours",
			"campaigns", "attacks", "bombings", "floods", "storms", "hurricanes", "fires", "strikes", "invasions",
			"hearings", "negotiations", "summits", "killings", "murders", "shootings",
			// words of other kinds that end in "s"
			"as", "its", "his", "this", "thus", "was", "has", "does", "yes", "plus", "unless", "perhaps", "always",
			"sometimes", "afterwards", "towards", "besides", "whereas", "nevertheless", "nowadays", "upwards",
			"onwards", "downwards", "backwards", "forwards", "less", "whilst");

	private FourDigitCounts() {
	}

	/**
	 * {@link #WORD_BEFORE} found as {@code find()} finds it, tried only where its word
	 * may begin: a match that began inside a run of the word's characters could begin one
	 * character earlier, so the first match never does, and {@code find()} tries the
	 * expression at every character of every run.
	 */
	private static boolean findWordBefore(Matcher m, String before) {
		int n = before.length();
		for (int at = 0; at < n; at++) {
			char c = before.charAt(at);
			boolean opens = c >= 128 || Character.isLetter(c) || c == '\'' || c == '.';
			if (opens && (at == 0 || !ofWord(before.charAt(at - 1))) && m.region(at, n).lookingAt()) {
				return true;
			}
		}
		return false;
	}

	/** A character of a word before a number, alone (not half of a surrogate pair). */
	private static boolean ofWord(char c) {
		return !Character.isSurrogate(c) && (Character.isLetter(c) || c == '\'' || c == '’' || c == '.');
	}

	/**
	 * Whether the four digits from {@code start} to {@code end} count the noun after them
	 * rather than name a year.
	 */
	static boolean counts(String clean, int start, int end) {
		if (end - start != 4) {
			return false;
		}
		String before = clean.substring(Math.max(0, start - 40), start);
		if (!before.isEmpty() && !Character.isWhitespace(before.charAt(before.length() - 1))) {
			return false;
		}
		if (AGE_AFTER.matcher(clean).region(end, clean.length()).lookingAt()) {
			return true; // "a 2000 year old custom": no year is so many years old
		}
		boolean unitThenNoun = UNIT_THEN_NOUN.matcher(clean).region(end, clean.length()).lookingAt();
		if (QUANTITY_WORD_BEFORE.find(QUANTITY_WORD_BEFORE.matcher(before), before, 0)) {
			return unitThenNoun || pluralAfter(clean, end);
		}
		Matcher previous = WORD_BEFORE.matcher(before);
		String word = findWordBefore(previous, before) ? previous.group(1) : "";
		String lower = word.toLowerCase(Locale.ROOT);
		boolean clauseOpens = word.isEmpty() || !previous.group(2).isEmpty() || word.endsWith(".");
		if (clauseOpens) {
			return unitThenNoun || pluralAfter(clean, end);
		}
		if (lower.equals("of") && SAMPLE_OF.matcher(before).find()) {
			// "a survey of 1500 pupils" counts those surveyed; "the summer of 1998" dates
			return pluralAfter(clean, end);
		}
		if (Character.isUpperCase(word.charAt(0)) || PLACING.contains(lower) || word.endsWith("'s")
				|| word.endsWith("’s")) {
			// "Windows 2000 users", "in 1998 workers struck", "Acme's 2004 accounts"
			return false;
		}
		if (DETERMINERS.contains(lower)) {
			// "the 1800 mile journey", but "the 2004 accounts" are those of a year
			return unitThenNoun;
		}
		return unitThenNoun || pluralAfter(clean, end);
	}

	/**
	 * Whether a plural noun that may be counted follows: " workers", " fans", " staff" is
	 * no plural by its ending, and is left to the words of quantity before it.
	 */
	private static boolean pluralAfter(String clean, int end) {
		Matcher next = WORD_AFTER.matcher(clean).region(end, clean.length());
		if (!next.lookingAt()) {
			return false;
		}
		String noun = next.group(1).toLowerCase(Locale.ROOT);
		boolean plural = noun.length() > 3 && noun.endsWith("s") && !noun.endsWith("ss") && !noun.endsWith("us")
				&& !noun.endsWith("is");
		return (plural || noun.equals("people") || noun.equals("staff") || noun.endsWith("children")
				|| noun.equals("men") || noun.equals("women") || noun.equals("police")) && !NOT_COUNTED.contains(noun);
	}

}
