package app.quarry.generation;

import app.quarry.generation.extract.SparseMatches;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Decides whether a sentence can stand alone in a prompt. A learner sees one sentence,
 * not the article around it, so "He said ..." or "The letter was ..." cannot say who or
 * which; such sentences are left out rather than turned into puzzling questions.
 */
final class SelfContained {

	private static final Set<String> OPENERS = Set.of("he", "she", "it", "they", "this", "that", "these", "those",
			"his", "her", "its", "their", "there", "such", "both", "the professor", "the letter", "the letters");

	/** The openers as a sentence begins with them: followed by a space or a comma. */
	private static final List<String> OPENING_WORDS = OPENERS.stream()
		.flatMap(opener -> Stream.of(opener + " ", opener + ","))
		.toList();

	private static final Pattern PRONOUN = Pattern.compile("\\b(he|she|him|his|her|hers|they|them|their)\\b",
			Pattern.CASE_INSENSITIVE);

	/** "the letter" not followed by what says which letter. */
	private static final Pattern VAGUE_LETTER = Pattern.compile(
			"\\b(?i:the|this|that) (?:latest |personal |first |second |third |fourth )?letters?\\b(?! (?:from|to|of|sent|dated|that|which|in|exchanged|written|carried))");

	private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}\\p{Ll}+");

	private SelfContained() {
	}

	static boolean check(String sentence) {
		String trimmed = sentence.strip();
		String lower = trimmed.toLowerCase(java.util.Locale.ROOT);
		for (String opener : OPENING_WORDS) {
			if (lower.startsWith(opener)) {
				return false;
			}
		}
		if (trimmed.isEmpty()
				|| !Character.isUpperCase(trimmed.codePointAt(0)) && !Character.isDigit(trimmed.charAt(0))) {
			return false;
		}
		if (count(trimmed, '“') != count(trimmed, '”') || count(trimmed, '"') % 2 != 0) {
			return false;
		}
		// the expression needs "letter": most sentences have none, and searching them
		// with it cost more than the rest of the check
		if (trimmed.contains("letter") && VAGUE_LETTER.matcher(trimmed).find()) {
			return false;
		}
		// a name before the first pronoun stands before every later one too: the first
		// decides
		// both expressions are tried only at the letters their words begin with: every
		// candidate sentence is checked
		Matcher pronoun = SparseMatches.matcher(PRONOUN, trimmed);
		return !SparseMatches.find(pronoun, trimmed, 0, at -> mayBeginPronoun(trimmed, at))
				|| namedBefore(trimmed, pronoun.start());
	}

	/** "he", "she", "they"...: a word that begins with "h", "s" or "t". */
	private static boolean mayBeginPronoun(String sentence, int at) {
		if (at >= sentence.length()) {
			return false;
		}
		char c = (char) (sentence.charAt(at) | 0x20);
		return (c == 'h' || c == 's' || c == 't') && SparseMatches.afterNonWord(sentence, at);
	}

	/**
	 * A capitalized word after the first one, before the pronoun: someone it can refer
	 * to.
	 */
	private static boolean namedBefore(String sentence, int pronounAt) {
		Matcher name = SparseMatches.matcher(NAME, sentence);
		int from = 0;
		while (SparseMatches.find(name, sentence, from,
				at -> at < sentence.length() && Character.isUpperCase(sentence.codePointAt(at)))
				&& name.start() < pronounAt) {
			if (name.start() > 0) {
				return true;
			}
			from = SparseMatches.next(name);
		}
		return false;
	}

	private static long count(String s, char c) {
		long n = 0;
		for (int i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) {
			n++;
		}
		return n;
	}

}
