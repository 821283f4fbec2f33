package app.quarry.generation;

import app.quarry.generation.extract.CountFact;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What in a count's own sentence gives its blank away, read as a teacher reads a cloze:
 * the pair every bilateral story is about ("the _____ leaders", "the _____ sides"), a
 * list that follows the noun and counts itself ("_____ countries, such as Chile and
 * Peru"), another rank of the same noun ("the _____ match ... unlike the first match"),
 * an idiom that is no rank ("the _____ step towards"), and the grammar next to the blank
 * (a singular noun after "one", "an" before "eighth").
 */
final class CountGiveaways {

	/**
	 * "between the two companies": "between" already says there are two, so the number
	 * tells nothing; "the two executives", "the two bomb blasts" still say how many.
	 */
	private static final Pattern BETWEEN_THE = Pattern
		.compile("(?i)\\bbetween\\s+(?:the|these|those|their|our|its)(?:\\s+other)?\\s+$");

	/**
	 * Nouns for the two parties of a bilateral story: "the two leaders" and "the two
	 * sides" are whoever the story is about, not a count the reader learns.
	 */
	private static final Pattern PAIR_NOUN = Pattern.compile("(?i)\\s+(?:sides|leaders|countries|nations|governments"
			+ "|koreas|allies|neighbou?rs|capitals|delegations|heads\\s+of\\s+state)\\b");

	/** "the two", "both the two", "these two": a pair named before. */
	private static final Pattern DEFINITE_BEFORE = Pattern.compile("(?i)\\b(?:the|these|those)\\s+$");

	/** What opens a list that spells out the things counted. */
	private static final Pattern LIST_OPENING = Pattern
		.compile("^\\s*(?:,\\s*(?:such\\s+as|namely|including|that\\s+is)|:|\\s+such\\s+as|\\s+namely|\\s*[—–(])\\s+");

	/** One named item of such a list: "the People's Republic of China", "Peru". */
	private static final Pattern LIST_ITEM = Pattern.compile(
			"^(?:the\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:of|the|and\\s+the|\\p{Lu}[\\p{L}'’.-]*))*?(?=\\s*(?:,|\\s+and\\s|\\s+or\\s|[).;:]|$))");

	/** Between two items of a list. */
	private static final Pattern LIST_SEPARATOR = Pattern
		.compile("^(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)");

	/** An ordinal word or figure: "second", "3rd", "70th". */
	private static final Pattern ORDINAL_WORD = Pattern.compile("(?i)\\b(?:first|second|third|fourth|fifth|sixth"
			+ "|seventh|eighth|ninth|tenth|eleventh|twelfth|\\d+(?:st|nd|rd|th))\\b");

	/** "the first step towards": an idiom for a beginning, no rank of a step. */
	private static final Pattern FIRST_IDIOM = Pattern.compile("(?i)^\\s+(?:steps?|glance|sight|hand)\\b");

	/** "a ", "an ": an indefinite article right before the number. */
	private static final Pattern INDEFINITE_BEFORE = Pattern.compile("(?i)\\ban?\\s+$");

	/** "an" or "a" right before a blank. */
	/** A number said with a vowel first in digits: "an 8", "an 11", "an 18,000". */
	private static final Pattern VOWEL_NUMBER = Pattern.compile("8.*|1[18](?:(?:,\\d{3})*(?!\\d)|\\D).*");

	/** What follows a blank when a noun does: "_____ storm surges". */
	private static final Pattern WORD_AFTER = Pattern.compile("(?s)\\s+\\p{L}.*");

	/** A noun whose plural ends "-ies": "city". */
	private static final Pattern Y_PLURAL = Pattern.compile(".*[^aeiou]y");

	/** A noun whose plural ends "-es": "box", "church". */
	private static final Pattern ES_PLURAL = Pattern.compile(".*(?:s|sh|ch|x|z)");

	private static final Pattern ARTICLE_BEFORE_BLANK = Pattern.compile("\\b([Aa])n?(\\s+_____)");

	/** Irregular plurals, written beside the singular. */
	private static final List<String[]> IRREGULAR = List.of(new String[] { "man", "men" },
			new String[] { "woman", "women" }, new String[] { "child", "children" }, new String[] { "foot", "feet" },
			new String[] { "person", "people" }, new String[] { "tooth", "teeth" });

	private CountGiveaways() {
	}

	/**
	 * Whether the sentence itself tells the number at {@code [from, to)}, so its blank
	 * would test nothing.
	 */
	static boolean givenAway(String sentence, int from, int to, CountFact fact) {
		String before = sentence.substring(0, from);
		String after = sentence.substring(to);
		if (!fact.ordinal()) {
			boolean pair = fact.value() == 2 && (!fact.countsTime() && BETWEEN_THE.matcher(before).find()
					|| DEFINITE_BEFORE.matcher(before).find() && PAIR_NOUN.matcher(after).lookingAt());
			return pair || listCountsItself(after, fact);
		}
		return fact.value() == 1 && FIRST_IDIOM.matcher(after).lookingAt()
				|| otherRankOfSameNoun(sentence, from, to, fact.unit(), fact.value());
	}

	/**
	 * "two countries, such as Chile and Peru": the names after the noun count themselves.
	 */
	private static boolean listCountsItself(String after, CountFact fact) {
		// "country" is counted as "countries"
		String stem = fact.unit().endsWith("y") ? fact.unit().substring(0, fact.unit().length() - 1) : fact.unit();
		int nounEnd = fact.value() > 6 ? -1 : CountedNoun.end(after, stem);
		if (nounEnd < 0) {
			return false;
		}
		String rest = after.substring(nounEnd);
		Matcher opening = LIST_OPENING.matcher(rest);
		if (!opening.lookingAt()) {
			return false;
		}
		rest = rest.substring(opening.end());
		int items = 0;
		while (true) {
			Matcher item = LIST_ITEM.matcher(rest);
			if (!item.lookingAt()) {
				break;
			}
			items++;
			rest = rest.substring(item.end());
			Matcher separator = LIST_SEPARATOR.matcher(rest);
			if (!separator.lookingAt() || !LIST_ITEM.matcher(rest.substring(separator.end())).lookingAt()) {
				break;
			}
			rest = rest.substring(separator.end());
		}
		return items == fact.value();
	}

	/**
	 * " or ": what parts a rough rank from its upper guess ("the third or fourth week"),
	 * which only widens the rank asked and is itself never asked.
	 */
	private static final Pattern UPPER_GUESS_GAP = Pattern.compile("\\s+or\\s+");

	/**
	 * "the second match ... than the first match": another rank of the same noun in the
	 * sentence says which rank is left when it is the next or the one before; "the 30th
	 * anniversary of one flight fell on the 50th anniversary of another" tells nothing of
	 * the other. A minute of a match is a reading of its clock: "booked in the 52nd and
	 * 53rd minute" tells two events that happened to fall close, neither rank implied by
	 * the other.
	 */
	private static boolean otherRankOfSameNoun(String sentence, int from, int to, String unit, long value) {
		if (unit == null || unit.isBlank() || unit.equals("minute")) {
			return false;
		}
		String own = sentence.substring(from, to).toLowerCase(Locale.ROOT);
		Pattern sameNoun = Pattern.compile("(?i)^\\s+(?:\\S+\\s+)?" + Pattern.quote(unit));
		Matcher other = ORDINAL_WORD.matcher(sentence);
		while (other.find()) {
			if ((other.start() >= to || other.end() <= from) && !other.group().toLowerCase(Locale.ROOT).equals(own)
					&& !UPPER_GUESS_GAP.matcher(sentence.substring(to, Math.max(to, other.start()))).matches()
					&& sameNoun.matcher(sentence.substring(other.end())).lookingAt()
					&& neighbours(other.group(), value)) {
				return true;
			}
		}
		return false;
	}

	/** Whether the ordinal written is the rank next to the value or the one before. */
	private static boolean neighbours(String ordinal, long value) {
		Long other = app.quarry.generation.extract.NumberWords.ordinal(ordinal);
		return other == null || Math.abs(other - value) <= 1;
	}

	/**
	 * The least number the options may offer: "_____ storm surges" is no "one storm
	 * surges", so a plural noun keeps one out, as "a _____ summit" keeps out "a first
	 * summit" ("a second" is "another").
	 */
	static long leastOption(String before, String after, CountFact fact) {
		boolean keepsOneOut = fact.ordinal() ? INDEFINITE_BEFORE.matcher(before).find()
				: WORD_AFTER.matcher(after).matches();
		return fact.value() > 1 && keepsOneOut ? 2 : 1;
	}

	/**
	 * The blanked sentence with no grammar pointing at the answer: "a(n) _____ attempt"
	 * when the answer or an option takes "an" ("an eighth attempt"), and "_____ hiker(s)"
	 * when a singular noun would tell a blank of one.
	 */
	static String neutral(String blanked, CountFact fact, List<String> choices) {
		String text = blanked;
		if (choices.stream().anyMatch(CountGiveaways::takesAn)) {
			text = ARTICLE_BEFORE_BLANK.matcher(text).replaceAll("$1(n)$2");
		}
		if (!fact.ordinal() && fact.value() == 1 && fact.unit() != null && !fact.unit().isBlank()) {
			String[] words = fact.unit().strip().split("\\s+");
			String noun = words[words.length - 1];
			StringBuilder compound = new StringBuilder();
			for (int i = 0; i < words.length - 1; i++) {
				compound.append(Pattern.quote(words[i])).append("\\s+"); // "_____ free
																			// parking
																			// pass(es)"
			}
			// the counted noun, maybe after one adjective ("_____ wounded soldier")
			Pattern after = Pattern
				.compile("(_____\\s+(?:\\p{Ll}+\\s+)?" + compound + ")(" + Pattern.quote(noun) + ")\\b(?![-'’])");
			text = after.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + either(m.group(2))));
		}
		return text;
	}

	/**
	 * Whether a number is spoken with a vowel first: "an 8th", "an eleventh", "an 80".
	 */
	static boolean takesAn(String number) {
		String lower = number.toLowerCase(Locale.ROOT);
		if (lower.startsWith("eight") || lower.startsWith("eleven")) {
			return true;
		}
		return VOWEL_NUMBER.matcher(lower).matches();
	}

	/** "hiker(s)", "box(es)", "city/cities", "man/men": either number of the noun. */
	static String either(String noun) {
		for (String[] pair : IRREGULAR) {
			if (pair[0].equals(noun)) {
				return pair[0] + "/" + pair[1];
			}
		}
		if (Y_PLURAL.matcher(noun).matches()) {
			return noun + "/" + noun.substring(0, noun.length() - 1) + "ies";
		}
		if (ES_PLURAL.matcher(noun).matches()) {
			return noun + "(es)";
		}
		return noun + "(s)";
	}

}
