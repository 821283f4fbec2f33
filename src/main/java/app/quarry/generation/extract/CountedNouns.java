package app.quarry.generation.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The noun a cardinal counts among the words after it, past modifiers, names, measures
 * and adverbs of degree ("179 new aerial refueling tankers", "24 A320s", "500 Apple
 * engineers"). Apart from {@link CardinalUnits}, which decides where those words start
 * and what a number with no noun stands for.
 */
final class CountedNouns {

	/**
	 * "a 290 + seat jet", "the new 12 inch screen": a noun after the number names a kind.
	 */
	static final Pattern ARTICLE_BEFORE = Pattern.compile("\\b(?:a|an|the)\\s+(?:[a-z]+\\s+)?$");

	static final Pattern NO_BEFORE = Pattern.compile("\\b(?:no|any)\\s+$");

	/**
	 * "Sudanese", "Chinese": a people named by a word that is its own plural, unless a
	 * noun follows ("six Chinese firms").
	 */
	static final Pattern PEOPLE_OF_A_NATION = Pattern.compile("\\p{Lu}\\p{Ll}{3,}ese");

	/** Nouns in s that name one thing as well as many: "a species", "two species". */
	private static final Set<String> SAME_IN_PLURAL = Set.of("species", "series", "subspecies");

	private CountedNouns() {
	}

	/**
	 * "27 letters", "two leaders", "one additional round", "179 new aerial refueling
	 * tankers", "2 million copies", "thirty minutes", "24 A320s".
	 */
	static String cardinalUnit(List<String> words, long value, String before) {
		if (value == 1 && NO_BEFORE.matcher(before).find()) {
			return null;
		}
		boolean nameWithOf = false;
		for (int i = 0; i < words.size(); i++) {
			String raw = words.get(i);
			String w = CountWords.clip(raw);
			if (i > 0 && i < words.size() - 1 && ProperNounWords.joinsName(w, words.get(i - 1), words.get(i + 1))) {
				nameWithOf = true;
				continue; // "10 House of Commons members", "two Bank of the North clerks"
			}
			if ((w.equals("more") || w.equals("other")) && i == 0 && words.size() > 1
					&& !Nouns.FUNCTION_WORDS.contains(CountWords.clip(words.get(1)))) {
				continue; // "six more jets"
			}
			if (i < words.size() - 1 && words.get(i + 1).equals("per") && Character.isLowerCase(raw.charAt(0))
					&& !Nouns.FUNCTION_WORDS.contains(w) && !CardinalUnits.NOT_COUNTED.contains(Nouns.singular(w))) {
				return Nouns.singular(w); // "a 40 mile per gallon car"
			}
			if (i > 0 && Character.isDigit(raw.charAt(0)) && !ProperNounWords.isProperPlural(raw)
					&& words.get(i - 1).chars().anyMatch(Character::isUpperCase)) {
				continue; // "12 Falcon 900 jets", "every 200 iPhone 4 users"
			}
			if ((w.equals("and") || w.equals("or")) && i > 0 && i < words.size() - 1
					&& Character.isLowerCase(words.get(i - 1).charAt(0))
					&& Character.isLowerCase(words.get(i + 1).charAt(0))
					&& !Nouns.FUNCTION_WORDS.contains(CountWords.clip(words.get(i - 1)))
					&& !Nouns.FUNCTION_WORDS.contains(CountWords.clip(words.get(i + 1)))) {
				continue; // "nine underground shaft and chamber tombs": modifiers joined
			}
			if ((Nouns.FUNCTION_WORDS.contains(w) && !(i < words.size() - 1 && CountModifiers.abbreviation(raw)))
					|| Nouns.ADVERBS_AFTER_A_NUMBER.contains(w) || w.equals("old")
					|| CardinalUnits.NOT_COUNTED.contains(Nouns.singular(w)) || CountWords.isNumberWord(raw)) {
				return null;
			}
			if (Nouns.TIME_UNITS.contains(w)) {
				// "20 years", "20 more years"; not "20 new jobs a year"
				boolean more = i == 1 && (CountWords.clip(words.get(0)).equals("more")
						|| CountWords.clip(words.get(0)).equals("other"));
				return i == 0 || more || RunOfUnits.onlyRunWords(words.subList(0, i)) ? Nouns.singular(w) : null;
			}
			if (value > 1 && SAME_IN_PLURAL.contains(w)) {
				return w; // "two species", "three series": one word for one and many
			}
			// "schoolchildren", "grandchildren": compounds keep their plural's ending
			if (CardinalUnits.IRREGULAR_PLURALS.contains(w) || w.equals("person") && value == 1
					|| w.endsWith("children")) {
				return Nouns.singular(w);
			}
			boolean capital = !raw.equals(raw.toLowerCase(Locale.ROOT)); // "Apple", "iOS"
			if (capital) {
				if (ProperNounWords.isProperPlural(raw)
						&& !(nameWithOf && i < words.size() - 1 && Nouns.isPlural(CountWords.clip(words.get(i + 1))))) {
					return Nouns.singular(w);
				}
				if (value > 1 && PEOPLE_OF_A_NATION.matcher(raw).matches() && (i == words.size() - 1
						|| Nouns.FUNCTION_WORDS.contains(CountWords.clip(words.get(i + 1))))) {
					return w; // "six Sudanese": a people's name is its own plural
				}
				if (i < words.size() - 1) {
					continue; // "500 Apple engineers", "3 new U.S. routes"
				}
				return null;
			}
			// "a 16 inch monitor", "40 gigabyte hard drive": a unit of measure in the
			// singular is the compound's measure, with or without an article before it
			boolean noun = value == 1 ? !Nouns.isModifier(w) : Nouns.isPlural(w)
					|| i == 0 && MeasureUnits.MEASURES.contains(w)
					|| i == 0 && ARTICLE_BEFORE.matcher(before).find() && !Nouns.isModifier(w) && !w.endsWith("ing")
							&& words.size() > 1 && Character.isLowerCase(words.get(1).charAt(0))
							&& !Nouns.FUNCTION_WORDS.contains(CountWords.clip(words.get(1)));
			if (noun) {
				return Nouns.singular(w);
			}
			if (w.endsWith("ly") && !(CountModifiers.describesNoun(w) && i < words.size() - 1)) {
				if (CardinalUnits.DEGREE_ADVERBS.contains(w) && i < words.size() - 1
						&& !Nouns.FUNCTION_WORDS.contains(CountWords.clip(words.get(i + 1)))) {
					continue; // "twelve hundred mostly American students"
				}
				return null;
			}
		}
		return null;
	}

}
