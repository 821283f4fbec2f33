package app.quarry.bank.grading;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reduces text to what matters for comparing answers: lower case, no accents, straight
 * quotes and plain hyphens, no punctuation, single spaces.
 */
final class TextNormalizer {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private TextNormalizer() {
	}

	/**
	 * Typography only: straight quotes, plain hyphens, no accents, single spaces,
	 * trimmed.
	 */
	static String plain(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
		String withoutMarks = MARKS.matcher(decomposed).replaceAll("");
		String straight = withoutMarks.replace('\u2018', '\'')
			.replace('\u2019', '\'')
			.replace('\u201C', '"')
			.replace('\u201D', '"');
		return DASHES.matcher(straight).replaceAll("-").replaceAll("\\s+", " ").strip();
	}

	/**
	 * Words only: {@link #plain} text in lower case with every run of punctuation a
	 * space.
	 */
	static String words(String text) {
		String plain = plain(text).toLowerCase(Locale.ROOT).replace("'", "");
		return NOT_WORD.matcher(plain).replaceAll(" ").strip();
	}

	/** Letters and digits only, so "Kim Yo-jong" and "Kim Yojong" compare equal. */
	static String compact(String text) {
		return words(text).replace(" ", "");
	}

}
