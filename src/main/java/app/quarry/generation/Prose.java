package app.quarry.generation;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text comparisons that ignore case, accents, quote styles and punctuation. */
final class Prose {

	private static final Pattern MARK = Pattern.compile("\\p{M}");

	/**
	 * How many texts each thread keeps normalized: a power of two, the slots being picked
	 * by the text's hash.
	 */
	private static final int REMEMBERED = 256;

	/**
	 * The texts normalized last on this thread, each in the slot of its hash. Generation
	 * normalizes the same title, sentence, prompt and name again and again (for each
	 * question and each check of one), some 190,000 times a megabyte of which nine in ten
	 * were a text normalized shortly before; a text is immutable, so its words can be
	 * handed out again.
	 */
	private static final ThreadLocal<Normalized[]> LAST_NORMALIZED = ThreadLocal
		.withInitial(() -> new Normalized[REMEMBERED]);

	private Prose() {
	}

	/**
	 * Lower case words separated by single spaces: "Kim Jong-un’s" becomes "kim jong un
	 * s".
	 */
	static String normalize(String text) {
		Normalized[] last = LAST_NORMALIZED.get();
		int hash = text.hashCode();
		int slot = (hash ^ hash >>> 16) & (REMEMBERED - 1);
		Normalized kept = last[slot];
		if (kept != null && kept.text().equals(text)) {
			return kept.words();
		}
		String words = normalizeUnremembered(text);
		last[slot] = new Normalized(text, words);
		return words;
	}

	/** A text and its words as {@link #normalize} gives them. */
	private record Normalized(String text, String words) {
	}

	private static String normalizeUnremembered(String text) {
		String fast = normalizeAscii(text);
		if (fast != null) {
			return fast;
		}
		String plain = needsNoDecomposition(text) ? text
				: MARK.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
		// a loop rather than a regex replace: generation normalizes every prompt and
		// answer
		// several times, and this was a third of its time
		String lower = plain.toLowerCase(Locale.ROOT);
		StringBuilder words = new StringBuilder(lower.length());
		boolean gap = false;
		for (int i = 0; i < lower.length();) {
			int c = lower.codePointAt(i);
			i += Character.charCount(c);
			if (isLetterOrNumber(c)) {
				if (gap && !words.isEmpty()) {
					words.append(' ');
				}
				gap = false;
				words.appendCodePoint(c);
			}
			else {
				gap = true;
			}
		}
		return words.toString();
	}

	/**
	 * The same words in one pass for text whose letters and digits are all ASCII (the
	 * rest punctuation or spaces, gaps either way), as most prompts, answers and
	 * sentences are; null for other text. Normalizing is done several times per question,
	 * and decomposing, lower-casing and reading code points was most of it.
	 */
	private static String normalizeAscii(String text) {
		int n = text.length();
		// ASCII out, so bytes: the string takes them as they are, without narrowing
		// chars
		byte[] words = new byte[n];
		int length = 0;
		boolean gap = false;
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (c >= 0x80) {
				if (!isPunctuationOrSpace(c)) {
					return null;
				}
				gap = true;
			}
			else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
				if (gap && length > 0) {
					words[length++] = ' ';
				}
				gap = false;
				words[length++] = (byte) (c <= 'Z' && c >= 'A' ? c + ('a' - 'A') : c);
			}
			else {
				gap = true;
			}
		}
		return new String(words, 0, length, StandardCharsets.ISO_8859_1);
	}

	/** Unicode letters (category L) and numbers (category N). */
	private static boolean isLetterOrNumber(int c) {
		return Character.isLetter(c) || switch (Character.getType(c)) {
			case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
			default -> false;
		};
	}

	/**
	 * ASCII text has nothing to decompose and no accents to drop; nor have curly quotes,
	 * dashes and other punctuation or spaces, whose decompositions are punctuation,
	 * spaces and marks, all of them gaps between words either way (news text has them in
	 * most sentences, and decomposing was a fifth of normalizing).
	 */
	private static boolean needsNoDecomposition(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 0x80 && !isPunctuationOrSpace(c)) {
				return false;
			}
		}
		return true;
	}

	private static boolean isPunctuationOrSpace(char c) {
		return switch (Character.getType(c)) {
			case Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
					Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION,
					Character.CONNECTOR_PUNCTUATION, Character.SPACE_SEPARATOR ->
				true;
			default -> false;
		};
	}

	/**
	 * True when {@code part} appears in {@code text} as whole words, after normalizing
	 * both.
	 */
	static boolean mentions(String text, String part) {
		return mentionsAny(text, part);
	}

	/** True when any of the parts appears in {@code text} as whole words. */
	static boolean mentionsAny(String text, String... parts) {
		String words = null;
		for (String part : parts) {
			String p = normalize(part);
			if (p.isEmpty()) {
				continue;
			}
			if (words == null) {
				words = " " + normalize(text) + " ";
			}
			if (words.contains(" " + p + " ")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * True when any of the parts appears as whole words in {@code words}, a text already
	 * normalized.
	 */
	static boolean mentionsAnyIn(String words, String... parts) {
		String padded = " " + words + " ";
		for (String part : parts) {
			String p = normalize(part);
			if (!p.isEmpty() && padded.contains(" " + p + " ")) {
				return true;
			}
		}
		return false;
	}

	static int words(String text) {
		String n = normalize(text);
		return n.isEmpty() ? 0 : n.split(" ").length;
	}

	static String capitalize(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
