package app.quarry.generation.extract;

import java.util.List;
import java.util.Locale;

/**
 * The noun an ordinal ranks, read from the words after it: past modifiers, names of a
 * kind ("a third US car maker") and superlatives ("the fifth fastest time"), up to the
 * word that ends the phrase.
 */
final class OrdinalNounHeads {

	private OrdinalNounHeads() {
	}

	/** "his third visit", "the 70th anniversary", "a second full summit". */
	static String unit(List<String> words, boolean title) {
		for (int i = 0; i < words.size(); i++) {
			String w = words.get(i);
			String lower = CountWords.clip(w);
			if (i < words.size() - 1
					&& (lower.equals("such") || ProperNounWords.isProperModifier(w, words.get(i + 1)))) {
				continue; // "the third such lawsuit", "a third US car maker"
			}
			if (Character.isUpperCase(w.charAt(0))) {
				String plain = lower.replaceAll("\\W+$", "");
				if (!title && OrdinalUnits.NAMED_GATHERINGS.contains(plain)) {
					// "the fourth Westria Garden Festival": a gathering held
					// again and again is ranked by its name's head
					return Nouns.singular(plain);
				}
				boolean possessive = !CountWords.clip(w).equals(w.toLowerCase(Locale.ROOT));
				if (i < words.size() - 1 && Character.isUpperCase(words.get(i + 1).charAt(0)) && !possessive) {
					continue; // "the fourth Harry Potter book"; "the Fourteenth
								// Amendment's Clause"
				}
				// "the Fourteenth Amendment" is a title; "the fourth Kim has sent" counts
				// no Kims
				return title ? Nouns.singular(lower) : null;
			}
			if (!Character.isLowerCase(w.charAt(0)) || Nouns.FUNCTION_WORDS.contains(lower) && !lower.equals("time")) {
				return null;
			}
			if (OrdinalUnits.PERIOD_PARTS.contains(lower)) {
				return null;
			}
			if (i < words.size() - 1 && Superlatives.is(lower) && Character.isLowerCase(words.get(i + 1).charAt(0))
					&& (!Nouns.FUNCTION_WORDS.contains(CountWords.clip(words.get(i + 1)))
							|| CountWords.clip(words.get(i + 1)).equals("time"))) {
				// "the fifth fastest time" ranks times; "the third largest in" leaves the
				// superlative to stand for what it ranks
				continue;
			}
			// "the first senior official to": a word that may describe is the noun when
			// the phrase ends after it
			if (i == words.size() - 1 || !Nouns.isModifier(lower)
					|| Nouns.FUNCTION_WORDS.contains(CountWords.clip(words.get(i + 1)))) {
				return Nouns.TIME_UNITS.contains(lower) ? lower : Nouns.singular(lower);
			}
		}
		return null;
	}

}
