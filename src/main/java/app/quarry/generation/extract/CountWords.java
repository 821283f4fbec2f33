package app.quarry.generation.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;
import app.quarry.corpus.Sentence;

/**
 * The words after a number, where the noun it counts ends, and small tests the count
 * rules share: a number word, a unit of time, the sentence a position is in.
 */
final class CountWords {

	private CountWords() {
	}

	static final Pattern WORD = Pattern
		.compile("\\G[ \\t]+((?:[A-Z]\\.){2,}|[A-Za-z0-9](?:[A-Za-z0-9’'.-]*[A-Za-z0-9’'])?)");

	/** Words that may come between a number and its noun without being the noun. */
	static final int UNIT_WINDOW = 8;

	static List<String> wordsAfter(String clean, int at) {
		List<String> words = new ArrayList<>(UNIT_WINDOW);
		int end = Math.min(clean.length(), at + 100);
		Matcher w = WORD.matcher(clean);
		// each word looked for where the last one ended: find() would try the anchored
		// expression at every place to the window's end before giving up
		for (int from = at; words.size() < UNIT_WINDOW && w.region(from, end).lookingAt(); from = w.end()) {
			words.add(w.group(1));
		}
		return words;
	}

	static int unitEnd(String clean, int from, String unit, List<String> words) {
		int at = from;
		String noun = unit.substring(unit.lastIndexOf(' ') + 1); // "parking pass" ends at
																	// "pass"
		for (String w : words) {
			at = clean.indexOf(w, at) + w.length();
			if (Nouns.singular(clip(w)).equals(noun) || clip(w).equals(noun)) {
				return at;
			}
		}
		return at;
	}

	static boolean isNumberWord(String word) {
		return Character.isDigit(word.charAt(0)) && !ProperNounWords.isProperPlural(word)
				|| NumberWords.cardinal(word) != null && !word.equalsIgnoreCase("a") && !word.equalsIgnoreCase("an");
	}

	static boolean isTimeUnit(String unit) {
		return unit != null && Nouns.TIME_UNITS.contains(unit);
	}

	static String clip(String word) {
		String w = word.toLowerCase(Locale.ROOT);
		int apostrophe = w.indexOf('’') >= 0 ? w.indexOf('’') : w.indexOf('\'');
		return apostrophe > 0 ? w.substring(0, apostrophe) : w;
	}

	static boolean sameSentence(DocumentText document, int a, int b) {
		Sentence s = document.sentenceAt(a);
		return s != null && s == document.sentenceAt(b);
	}

	static String sentenceText(DocumentText document, String clean, int at) {
		Sentence s = document.sentenceAt(at);
		return s == null ? "" : clean.substring(s.start(), s.end());
	}

}
