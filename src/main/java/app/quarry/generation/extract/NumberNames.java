package app.quarry.generation.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers that name rather than count: a model or a flight ("Boeing 787", "787-8",
 * "iPhone 4", "Flight 200", "better than the 787."), and hyphened counts used so often
 * that they are a term of art ("a five-wicket haul").
 */
final class NumberNames {

	private NumberNames() {
	}

	/** A number written as part of a name, before or after it. */
	static final Pattern MODEL = Pattern
		.compile("(?<![\\w.,$#-])(?:(?<name>\\p{Lu}[\\p{L}\\d&]*)[ \\t]+(?<after>\\d{2,4})"
				+ "(?![\\w%]|[.,]\\d)|(?<before>\\d{2,4})-\\d)");

	/** "September 11": a month's name before a number dates a day, it names no model. */
	private static final Pattern MONTH_NAME = Pattern.compile("(?:" + DateExpressions.MONTH + ")");

	/** "better than the 787.": a number standing as a noun names a model. */
	static final Pattern THE_NUMBER = Pattern.compile("\\b[Tt]he\\s+(\\d{3,4})(?=[.,;:!?\"”)])(?![.,]\\d)");

	/**
	 * A hyphened count used this often in one text is a term of art: "a five-wicket
	 * haul".
	 */
	static final int TERM_USES = 5;

	/**
	 * A hyphened count the text uses again and again names a thing: "five-wicket haul".
	 */
	static boolean isTerm(String clean, String compound) {
		String lower = clean.toLowerCase(Locale.ROOT);
		String term = compound.toLowerCase(Locale.ROOT);
		int uses = 0;
		for (int at = lower.indexOf(term); at >= 0 && uses < TERM_USES; at = lower.indexOf(term, at + 1)) {
			uses++;
		}
		return uses >= TERM_USES;
	}

	/**
	 * "the larger 777 planes", "its older 747 jets", "Acme's smaller 320 model": a number
	 * written after a comparative of size or age names a model. English puts a count
	 * before the adjectives of its noun ("777 larger planes"), so a number after one is
	 * part of the noun. Only a bare number of three or four digits is read so; "the
	 * remaining 300 workers" and "a further 20 jobs" (no comparative of size or age)
	 * still count.
	 */
	static boolean afterComparative(String before, String number) {
		return number != null && number.length() >= 3 && number.length() <= 4
				&& number.chars().allMatch(Character::isDigit) && COMPARATIVE_BEFORE.matcher(before).find();
	}

	/** A determiner or a possessive, then a comparative of size or age, then blanks. */
	private static final Pattern COMPARATIVE_BEFORE = Pattern
		.compile("(?:\\b(?i:the|its|their|his|her|our|these|those)|['’]s)\\s+(?:larger|smaller|bigger|newer|older"
				+ "|longer|shorter|wider|narrower|heavier|lighter|faster|cheaper|pricier)\\s+$");

	/**
	 * Whether a number after {@code before} opens a sentence: after a stop, a colon, a
	 * quotation mark, or at the head of a paragraph, even when the line above (a date
	 * line, a headline) ends without a stop.
	 */
	static boolean opensSentence(String before) {
		String b = before.stripTrailing();
		return b.isEmpty() || before.substring(b.length()).indexOf('\n') >= 0
				|| ".!?:;\"“”(\n".indexOf(b.charAt(b.length() - 1)) >= 0;
	}

	/**
	 * Numbers the document uses as names: "Boeing 787", "787-8". "their new 787 aircraft"
	 * then names a model too.
	 */
	static Set<String> modelNumbers(String clean) {
		Set<String> models = new HashSet<>();
		Matcher named = MODEL.matcher(clean).useTransparentBounds(true).useAnchoringBounds(false);
		// tried only where a match can begin, a capital or a digit, with the same
		// matches as CountFinder.find(): trying the pattern at every character was a
		// twentieth of
		// extraction
		for (int at = 0; at < clean.length(); at++) {
			if (!mayBeginModel(clean, at) || !mayBeModel(clean, at)) {
				continue;
			}
			named.region(at, clean.length());
			if (!named.lookingAt()) {
				continue;
			}
			at = named.end() - 1; // a match is never empty
			String number = named.group("after") != null ? named.group("after") : named.group("before");
			if (named.group("name") != null && MONTH_NAME.matcher(named.group("name")).matches()) {
				continue; // a date line's "September 11" leaves every other 11 a count
			}
			if (named.group("name") != null && NumberedLabels.labels(named.group("name"))) {
				continue; // "Section 21" leaves "Jane Roe, 21" an age
			}
			if (named.group("name") == null
					|| namesSomething(clean.substring(Math.max(0, named.start() - 40), named.start("after")))) {
				models.add(number);
			}
		}
		// tried only at "the" and "The": searching the whole text with the expression
		// tried it at every character
		Matcher head = THE_NUMBER.matcher(clean).useTransparentBounds(true).useAnchoringBounds(false);
		for (int at = clean.indexOf("he", 1); at > 0; at = clean.indexOf("he", at + 2)) {
			char t = clean.charAt(at - 1);
			if ((t == 'T' || t == 't') && head.region(at - 1, clean.length()).lookingAt()) {
				models.add(head.group(1));
			}
		}
		return models;
	}

	/**
	 * Whether a model can be read at a capital or a digit, looked at without the
	 * expression: a word and a number after blanks ("Boeing 787"), or two to four digits,
	 * a hyphen and a digit ("787-8"). Most capitals begin no model, and trying the
	 * expression at each was most of this search.
	 */
	static boolean mayBeModel(String text, int at) {
		int n = text.length();
		int i = at;
		if (isAsciiDigit(text.charAt(at))) {
			while (i < n && isAsciiDigit(text.charAt(i))) {
				i++;
			}
			return i - at >= 2 && i - at <= 4 && i + 1 < n && text.charAt(i) == '-' && isAsciiDigit(text.charAt(i + 1));
		}
		while (i < n) {
			int c = text.codePointAt(i);
			if (!Character.isLetter(c) && !isAsciiDigit(c) && c != '&') {
				break;
			}
			i += Character.charCount(c);
		}
		int words = i;
		while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
			i++;
		}
		return i > words && i < n && isAsciiDigit(text.charAt(i));
	}

	private static boolean isAsciiDigit(int c) {
		return c >= '0' && c <= '9';
	}

	/** A model name starts with a capital, a model number with a digit. */
	static boolean mayBeginModel(String text, int at) {
		char c = text.charAt(at);
		return c >= '0' && c <= '9' || (c < 0x80 ? c >= 'A' && c <= 'Z'
				: Character.getType(text.codePointAt(at)) == Character.UPPERCASE_LETTER);
	}

	/**
	 * "iPhone 4", "Boeing 767", "Flight 200", "Chapter 11": a number right after a name
	 * is part of it. Possessives ("Apple's 109 stores") and capitalised sentence openers
	 * ("About 54,000") are not names.
	 */
	static boolean namesSomething(String before) {
		String word = wordBefore(before);
		if (word == null) {
			return false;
		}
		int start = blanksAtEnd(before) - word.length();
		String preceding = before.substring(0, start).stripTrailing();
		if (preceding.isEmpty() || ".!?:;\"“”(".indexOf(preceding.charAt(preceding.length() - 1)) >= 0) {
			return false; // "Despite 3 delays" opens a sentence
		}
		if (word.chars().noneMatch(Character::isUpperCase) || word.endsWith("'s") || word.endsWith("’s")
				|| word.endsWith("s'") || word.endsWith("s’") || word.endsWith(".")) {
			return false;
		}
		String lower = word.toLowerCase(Locale.ROOT);
		return !Nouns.FUNCTION_WORDS.contains(lower) && !Nouns.QUANTIFIERS.contains(lower);
	}

	/**
	 * The word before the blanks that end a text (a line break at its very end aside), or
	 * null: its first ASCII letter, followed by letters, digits and {@code _&’'.-}
	 * ("iPhone", "U.S."). Read backwards from the number: an expression searched from the
	 * start of the forty characters before each number was tried at every one of them.
	 */
	static String wordBefore(String before) {
		int blanks = blanksAtEnd(before);
		int start = wordStart(before, blanks);
		return start < 0 ? null : before.substring(start, blanks);
	}

	/**
	 * Where the blanks end a text begins (the blanks before a number), a line break at
	 * its very end aside; the text's length if it ends in no blank.
	 */
	private static int blanksAtEnd(String text) {
		int end = text.length();
		if (end > 0) {
			char last = text.charAt(end - 1);
			if (last == '\n') {
				end -= end >= 2 && text.charAt(end - 2) == '\r' ? 2 : 1;
			}
			else if (last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029') {
				end--;
			}
		}
		int at = end;
		while (at > 0 && (text.charAt(at - 1) == ' ' || text.charAt(at - 1) == '\t')) {
			at--;
		}
		return at == end ? text.length() : at;
	}

	/** Where the word before the blanks at {@code blanks} begins, or -1. */
	private static int wordStart(String text, int blanks) {
		if (blanks == text.length()) {
			return -1;
		}
		int from = blanks;
		while (from > 0 && isWordChar(text.charAt(from - 1))) {
			from--;
		}
		for (int at = from; at < blanks; at++) {
			char c = text.charAt(at);
			if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
				return at;
			}
		}
		return -1;
	}

	private static boolean isWordChar(char c) {
		return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || isAsciiDigit(c) || "_&’'.-".indexOf(c) >= 0;
	}

}
