package app.quarry.generation;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words that follow two counts, compared: "Three major stock market indexes fell ...
 * The three stock market indexes" name one group, whichever of its words the extractor
 * took for the noun. Only the few words up to the first that ends the phrase are
 * compared, and only words that name something.
 */
final class NounsAfter {

	/** How many words after a number its noun phrase is read to. */
	private static final int WORDS = 4;

	/** Words that say nothing of what is counted. */
	private static final Set<String> EMPTY = Set.of("of", "the", "a", "an", "and", "or", "in", "on", "at", "to", "for",
			"from", "with", "by", "new", "more", "other", "major", "big", "small", "large", "old", "former", "top",
			"main", "key", "last", "past", "next", "first", "have", "has", "had", "were", "was", "are", "is", "been",
			"will", "would", "who", "which", "that", "said", "each", "all");

	private NounsAfter() {
	}

	/** Whether the phrases after the two numbers share a word that names something. */
	static boolean share(String text, int firstEnd, int secondEnd) {
		Set<String> first = words(text, firstEnd);
		for (String w : words(text, secondEnd)) {
			if (first.contains(w)) {
				return true;
			}
		}
		return false;
	}

	private static Set<String> words(String text, int from) {
		Set<String> words = new HashSet<>();
		int end = Math.min(text.length(), from + 60);
		String phrase = text.substring(Math.min(from, end), end);
		int stop = firstBreak(phrase);
		String[] parts = phrase.substring(0, stop).trim().split("\\s+");
		for (int i = 0; i < parts.length && i < WORDS; i++) {
			String w = parts[i].toLowerCase(Locale.ROOT).replaceAll("[’']s?$", "");
			if (w.length() > 2 && w.chars().allMatch(Character::isLetter) && !EMPTY.contains(w)) {
				words.add(w.endsWith("es") && w.length() > 4 ? w.substring(0, w.length() - 2)
						: w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
			}
		}
		return words;
	}

	/** Where a phrase's first punctuation or line end stands, or its length. */
	private static int firstBreak(String phrase) {
		for (int i = 0; i < phrase.length(); i++) {
			if (",.;:!?()\"“”\n".indexOf(phrase.charAt(i)) >= 0) {
				return i;
			}
		}
		return phrase.length();
	}

}
