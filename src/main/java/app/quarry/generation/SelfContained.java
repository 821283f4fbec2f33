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

	/**
	 * Both expressions tried only at the letters their words begin with (any capital
	 * beyond ASCII, or half of one, for a name): every candidate sentence is checked.
	 */
	private static final SparseMatches PRONOUNS = SparseMatches.beginningWith(PRONOUN, "hHsStT").atWordStarts();

	private static final SparseMatches NAMES = SparseMatches.beginningWith(NAME, "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
			c -> Character.isUpperCase(c) || Character.isSurrogate((char) c));

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
		Matcher pronoun = PRONOUNS.matcher(trimmed);
		return !PRONOUNS.find(pronoun, trimmed, 0) || namedBefore(trimmed, pronoun.start());
	}

	/**
	 * A capitalized word after the first one, before the pronoun: someone it can refer
	 * to.
	 */
	private static boolean namedBefore(String sentence, int pronounAt) {
		Matcher name = NAMES.matcher(sentence);
		int from = 0;
		while (NAMES.find(name, sentence, from) && name.start() < pronounAt) {
			if (name.start() > 0) {
				return true;
			}
			from = name.end();
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
