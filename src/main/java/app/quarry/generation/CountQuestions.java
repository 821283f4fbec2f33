package app.quarry.generation;

import app.quarry.bank.QuestionFormat;
import app.quarry.bank.BankQuestion;
import app.quarry.generation.extract.CountFact;
import app.quarry.generation.extract.SparseMatches;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Questions on a count or an ordinal: the sentence with the number blanked (cloze, and
 * multiple choice among near numbers); "How many letters ...?" when the count opens the
 * sentence. Options lie on the answer's own scale and are written as the text writes it
 * ("44,000", "13.7 million", "twelve").
 */
final class CountQuestions {

	/**
	 * The number a fact's text begins with: "27" of "27 letters", "13.7 million", "twenty
	 * four", "a dozen", "half a dozen", "two hundred and thirty four", "a half million",
	 * "a quarter of a million", "15 000" with its thousands set off by a blank.
	 */
	private static final Pattern NUMERAL = Pattern.compile("(?i:[a-z]+\\s+hundred(?:\\s+and)?\\s+[a-z]+(?:[- ][a-z]+)?"
			+ "(?:\\s+(?:thousand|million|billion))?|(?:a\\s+half|half\\s+a)\\s+(?:million|billion)"
			+ "|(?:a\\s+|three[\\s-])?quarters?(?:\\s+of\\s+a)?\\s+(?:million|billion))"
			+ "|(?i:a\\s+)?(?i:half)(?:\\s+a)?\\s+(?i:dozen)|(?:(?i:twenty|thirty|forty|fifty|sixty|seventy|eighty"
			+ "|ninety)\\s(?i:one|two|three|four|five|six|seven|eight|nine)\\b|\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+\\b|\\S+)"
			+ "(?:\\s+(?i:hundred|thousand|million|billion|trillion|quadrillion|quintillion|dozen)\\b)?");

	/**
	 * "$2 billion", "10.4%", "9.7", "5 1/2": amounts whose digits say no whole count,
	 * looked for only at a digit or a currency sign (every count prompt is read for
	 * them).
	 */
	private static final SparseMatches OTHER_AMOUNT = SparseMatches.beginningWith(
			Pattern.compile("[$€£]\\s?\\d[\\d,.]*(?:\\s+(?:million|billion|trillion))?|\\d[\\d,.]*\\s?(?:%|percent\\b)"
					+ "|\\d+(?:\\s+\\d+)?/\\d+|\\d+\\.\\d+"),
			"$0123456789", c -> c == '€' || c == '£');

	/** "1,000": a number grouped by commas, one number. */
	private static final SparseMatches GROUPED = SparseMatches.beginningWith(Pattern.compile("(\\d),(?=\\d{3}\\b)"),
			"0123456789");

	/**
	 * " Iraqis", " Sudanese", " Americans": a people counted ("six Iraqis, six
	 * Sudanese"), not a name's number ("iOS 5").
	 */
	private static final Pattern PEOPLE_AFTER = Pattern.compile("\\s+\\p{Lu}\\p{Ll}{2,}(?:ans|is|ese)\\b");

	/** "first", "second", "third", "70th": an ordinal, not "a thousand". */
	private static final Pattern ORDINAL = Pattern.compile("(?i)(?!.*thousand$).*(?:st|nd|rd|th)");

	/** "the ", "her ": a determiner before an ordinal, which then ranks. */
	private static final Pattern RANKING_DETERMINER = Pattern.compile("(?i)\\b(?:the|his|her|its|their)\\s+$");

	/** The words that scale a number: "two million" is no two. */
	private static final String SCALES = "(?:hundred|thousand|million|billion|trillion|quadrillion|quintillion|dozen)";

	private static final Pattern SCALE_AFTER = Pattern.compile("(?i)\\s" + SCALES + "$");

	private CountQuestions() {
	}

	static List<BankQuestion> of(FactSite site, CountFact fact) {
		String sentence = site.text();
		// wire copy opens a quotation with two backticks: the sentence still stands alone
		if (fact.unit() == null || fact.unit().isBlank() || fact.value() < 1
				|| !standsAlone(TypewriterMarks.curled(sentence))) {
			return List.of();
		}
		if (KnownGroups.besideTheNews(site.document(), fact)) {
			return List.of(); // "Five of the eight sailors": the five is the news
		}
		Matcher numeral = NUMERAL.matcher(fact.text());
		if (!numeral.find()) {
			return List.of();
		}
		String number = numeral.group();
		int from = site.from() + numeral.start();
		int to = from + number.length();
		if (!fact.ordinal() && fact.value() < 2 && !OnesWorthAsking.worthAsking(sentence, from, to)) {
			return List.of(); // "one of them", "one person": too plain to ask
		}
		if (fact.ordinal() && !OrdinalNouns.named(sentence, from, to, fact.unit())) {
			return List.of();
		}
		if (CountGiveaways.givenAway(sentence, from, to, fact)) {
			return List.of();
		}
		// "two colors ... and two storage capacities": every blank takes the same number,
		// else the other one would give the answer away
		// most numbers are written once in their sentence: the expression for the others
		// is made only when the number's letters are seen elsewhere in it
		String before = TypewriterMarks.curled(sentence.substring(0, from));
		String after = TypewriterMarks.curled(sentence.substring(to));
		String around = before + "_____" + after;
		if (writtenElsewhere(sentence, number, from)) {
			// "two days ... two million people": a scale makes the other another number
			String scaleAfter = SCALE_AFTER.matcher(number).find() ? "" : "|\\s+" + SCALES + "\\b";
			Pattern same = Pattern
				.compile("(?i)(?<![\\w.,-])" + Pattern.quote(number) + "(?![\\w%$]|[.,]\\d|-\\d" + scaleAfter + ")");
			Matcher other = same.matcher(sentence);
			while (other.find()) {
				if (other.start() != from && !countsSomething(sentence, other.start(), other.end())
						&& !ApposedNumbers.bothApposed(sentence, from, to, other.start(), other.end())) {
					return List.of(); // "iOS 5 ... 5 gigabytes": the name would give it
										// away
				}
			}
			around = same.matcher(before).replaceAll("_____") + "_____" + same.matcher(after).replaceAll("_____");
		}
		boolean several = around.indexOf("_____") != around.lastIndexOf("_____");
		String blanked = withQuotesClosed(around.strip());
		if (blanked == null) {
			return List.of();
		}
		long grain = NumberWords.grain(number, fact.value(), fact.ordinal());
		long least = CountGiveaways.leastOption(before, after, fact);
		List<Long> near = nearFrom(fact.value(), grain, site.seed(), least);
		List<String> options = LongStream.of(fact.value(), near.get(0), near.get(1), near.get(2))
			.sorted()
			.mapToObj(n -> NumberWords.inStyleOf(number, n, fact.ordinal()))
			.toList();
		blanked = CountGiveaways.neutral(blanked, fact, options);
		String value = Long.toString(fact.value());
		List<String> accepted = NumberWords.accepted(number, fact.value(), fact.ordinal());
		List<BankQuestion> questions = new ArrayList<>();
		// a rank in bare digits ("No. 2") is a number to fill in, as "second" is a word
		String kind = fact.ordinal() && !number.chars().allMatch(Character::isDigit) ? "word" : "number";
		String fill = several ? "Fill in the missing " + kind + " (the same in each blank): "
				: "Fill in the missing " + kind + ": ";
		questions.add(site.question(QuestionFormat.CLOZE, fill + blanked, number, value,
				Stream.concat(Stream.of(number), accepted.stream()).distinct().toList(), List.of(), null));
		if (options.stream().distinct().count() == 4) {
			String ask = several ? "Which " + kind + " fills every blank? "
					: "Which " + kind + " completes the sentence? ";
			questions.add(site.question(QuestionFormat.MULTIPLE_CHOICE, ask + blanked, number, value, accepted, options,
					null));
		}
		// the cloze shows the sentence's own words; a "How many ...?" rewritten from it
		// needs a sentence that stands alone
		String howMany = several || !SelfContained.check(sentence) ? null : howMany(sentence, from, to, fact);
		if (howMany != null) {
			questions.add(site.question(QuestionFormat.TYPED, howMany, number, value, accepted, List.of(), null));
			questions.add(site.question(QuestionFormat.FLASHCARD, howMany, number, value, accepted, List.of(), null));
		}
		return questions.stream().filter(q -> q != null).toList();
	}

	/**
	 * Whether the number's letters (in any case) stand anywhere in the sentence but at
	 * {@code from}: else no other blank can be made of it.
	 */
	private static boolean writtenElsewhere(String sentence, String number, int from) {
		for (int at = 0; at + number.length() <= sentence.length(); at++) {
			if (at != from && sentence.regionMatches(true, at, number, 0, number.length())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A cloze on a number needs the sentence whole, not who "he" is: a number asked in
	 * "He worked there for 25 years" or "There are over 8,000 podcasts" is still clear.
	 */
	private static boolean standsAlone(String sentence) {
		String trimmed = sentence.strip();
		return !trimmed.isEmpty() && (Character.isUpperCase(trimmed.codePointAt(0))
				|| Character.isDigit(trimmed.charAt(0)) || trimmed.charAt(0) == '"' || trimmed.charAt(0) == '“');
	}

	/**
	 * A sentence cut from a quotation that runs over several sentences has one quotation
	 * mark: the prompt closes the quotation it opens ("saying "This decision ...
	 * halted.") or drops the mark that closes one begun before ("It has to be a 25-year
	 * product.").
	 */
	static String withQuotesClosed(String text) {
		long straight = 0;
		long opening = 0;
		long closing = 0;
		for (int i = 0; i < text.length(); i++) {
			switch (text.charAt(i)) {
				case '"' -> straight++;
				case '“' -> opening++;
				case '”' -> closing++;
				default -> {
				}
			}
		}
		if (straight % 2 == 0 && opening == closing) {
			return text;
		}
		if (straight % 2 == 1 && opening == closing) {
			// the marks before the last pair up; the last one opens or closes a quotation
			int k = straight == 1 ? text.indexOf('"') : text.lastIndexOf('"');
			boolean opens = (k == 0 || Character.isWhitespace(text.charAt(k - 1))) && k + 1 < text.length()
					&& !Character.isWhitespace(text.charAt(k + 1));
			if (opens) {
				return text + "\"";
			}
			return k == text.length() - 1 ? text.substring(0, k) : "\"" + text;
		}
		if (straight % 2 == 0 && opening == closing + 1) {
			return text + "”";
		}
		if (straight % 2 == 0 && closing == opening + 1 && text.endsWith("”")) {
			return text.substring(0, text.length() - 1);
		}
		return null;
	}

	/**
	 * Another occurrence of the number counts something too ("two colors ... two sizes",
	 * "the first farmer and the first Basque"), rather than naming a model ("iOS 5").
	 */
	private static boolean countsSomething(String sentence, int start, int end) {
		// "the first farmer and the first Basque": a rank before a name too
		if (ORDINAL.matcher(sentence).region(start, end).matches()
				&& RANKING_DETERMINER.matcher(sentence).region(0, start).find()) {
			return true;
		}
		String before = sentence.substring(0, start).stripTrailing();
		int space = before.lastIndexOf(' ');
		String previous = before.substring(space + 1);
		boolean named = !previous.isEmpty() && previous.chars().anyMatch(Character::isUpperCase)
				&& !previous.equals(before.strip().substring(0, Math.min(before.strip().length(), previous.length())));
		return !named && (sentence.substring(end).matches("(?s)(?:\\s+|[-–])\\p{Ll}.*")
				|| PEOPLE_AFTER.matcher(sentence).region(end, sentence.length()).lookingAt());
	}

	/**
	 * "27 letters exchanged ... were released" becomes "How many letters exchanged ...
	 * were released?".
	 */
	private static String howMany(String sentence, int from, int to, CountFact fact) {
		if (fact.ordinal() || from != 0 || sentence.contains("“") || sentence.contains("\"")
				|| TypewriterMarks.used(sentence)) {
			return null;
		}
		String rest = sentence.substring(to).strip().replaceAll("[.!]\\s*$", "");
		if (!rest.matches("(?i)" + java.util.regex.Pattern.quote(fact.unit()) + "\\w*\\s.+") || rest.contains(",")) {
			return null;
		}
		return Prose.words(rest) > 30 ? null : "How many " + rest + "?";
	}

	/**
	 * The i-th of three numbers near n, on the scale the text writes it: a step or two
	 * away for small numbers, a tenth to three tenths away for large ones, rounded as the
	 * answer is rounded (44,000 gives 40,000 and 48,000, not 39,600).
	 */
	static long near(long n, long grain, String seed, int i) {
		return nearFrom(n, grain, seed, 1).get(i);
	}

	/**
	 * The three numbers near n and not below least, drawn once rather than once per
	 * option.
	 */
	private static List<Long> nearFrom(long n, long grain, String seed, long least) {
		List<Long> candidates = new ArrayList<>();
		long step = n <= 10 ? 1 : Math.max(grain, Math.round(n * 0.1 / grain) * grain);
		for (long k = 1; k <= 3; k++) {
			if (n <= Long.MAX_VALUE - k * step) {
				candidates.add(n + k * step); // none past what a count can hold
			}
			if (n - k * step >= least) {
				candidates.add(n - k * step);
			}
		}
		List<String> picked = StableChoice.pick(candidates.stream().map(String::valueOf).toList(), 3, seed);
		return picked.stream().map(Long::parseLong).toList();
	}

	/**
	 * The prompt as it bears on a count: money, shares, decimals and fractions say no
	 * count ("another $2 billion from the _____-part sale" does not give "two" away), and
	 * "1,000" is one number, not a 1.
	 */
	static String withoutOtherAmounts(String prompt) {
		return GROUPED.replaceAll(OTHER_AMOUNT.replaceAll(prompt, m -> " "), m -> m.group(1));
	}

}
