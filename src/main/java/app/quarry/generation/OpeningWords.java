package app.quarry.generation;

import java.util.Arrays;
import java.util.regex.Pattern;

import app.quarry.corpus.Sentence;

/**
 * How a question names a text that has no title of its own (its first line is its date):
 * by the first words after the date line, "the text that begins “Qantas will almost
 * double its flights between…”", leaving out a wire service's place line ("CANBERRA,
 * Australia (AP) _").
 */
final class OpeningWords {

	private static final Pattern PLACE_LINE = Pattern
		.compile("^\\p{Lu}[\\p{Lu} .'-]*(?:,[^()\\n]{1,40})?\\s*\\([\\p{L}. ]{2,20}\\)\\s*(?:[_—–-]+\\s*)?");

	/** Enough words to tell one text from another, few enough to read at a glance. */
	private static final int WORDS = 8;

	/** Fewer words than this say too little to know the text by. */
	private static final int FEWEST = 4;

	private OpeningWords() {
	}

	/** "the text that begins “…”", or null when no sentence of words follows the date. */
	static String after(SourceDocument document, Sentence dateLine) {
		for (Sentence sentence : document.sentences()) {
			if (sentence.start() < dateLine.end()) {
				continue;
			}
			String text = PLACE_LINE.matcher(sentence.text().strip()).replaceFirst("");
			String[] words = text.split("\\s+");
			if (words.length < FEWEST || !Character.isLetter(words[0].charAt(0))) {
				return null;
			}
			boolean cut = words.length > WORDS;
			String opening = String.join(" ", Arrays.copyOf(words, Math.min(WORDS, words.length)))
				.replaceAll("[\\p{P}&&[^’'%)]]+$", "");
			return "the text that begins “" + opening + (cut ? "…" : "") + "”";
		}
		return null;
	}

}
