package app.quarry.generation;

import app.quarry.bank.BankQuestion;
import app.quarry.generation.extract.CountFact;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Questions on a count or an ordinal: the sentence with the number blanked (cloze, and
 * multiple choice among near numbers); "How many letters ...?" when the count opens the
 * sentence. Trivial counts ("two leaders", "two countries") are left out.
 */
final class CountQuestions {

	private CountQuestions() {
	}

	static List<BankQuestion> of(FactSite site, CountFact fact) {
		String sentence = site.text();
		if (fact.unit() == null || fact.unit().isBlank() || (!fact.ordinal() && fact.value() <= 2)
				|| fact.value() < 1) {
			return List.of();
		}
		String number = fact.text().strip().split("\\s+")[0];
		int from = site.from() + fact.text().indexOf(number);
		int to = from + number.length();
		if (!countsNounAfter(sentence.substring(to), fact.unit()) || !NumberWords.isNumber(number)
				|| partOfName(sentence.substring(0, from))) {
			return List.of();
		}
		String blanked = (sentence.substring(0, from) + "_____" + sentence.substring(to)).strip();
		String value = Long.toString(fact.value());
		List<String> accepted = NumberWords.accepted(fact.value(), fact.ordinal());
		List<BankQuestion> questions = new ArrayList<>();
		String kind = fact.ordinal() ? "word" : "number";
		questions.add(site.question("cloze", "Fill in the missing " + kind + ": " + blanked, number, value,
				Stream.concat(Stream.of(number), accepted.stream()).distinct().toList(), List.of(), null));
		List<String> options = LongStream
			.of(fact.value(), near(fact.value(), site.seed(), 0), near(fact.value(), site.seed(), 1),
					near(fact.value(), site.seed(), 2))
			.sorted()
			.mapToObj(n -> NumberWords.inStyleOf(number, n, fact.ordinal()))
			.toList();
		if (options.stream().distinct().count() == 4) {
			questions.add(site.question("multiple_choice", "Which " + kind + " completes the sentence? " + blanked,
					number, value, accepted, options, null));
		}
		// the cloze shows the sentence's own words; a "How many ...?" rewritten from it
		// needs a sentence that stands alone
		String howMany = SelfContained.check(sentence) ? howMany(sentence, from, to, fact) : null;
		if (howMany != null) {
			questions.add(site.question("typed", howMany, number, value, accepted, List.of(), null));
			questions.add(site.question("flashcard", howMany, number, value, accepted, List.of(), null));
		}
		return questions.stream().filter(q -> q != null).toList();
	}

	/**
	 * "fewer iPhone 4 users", "the Boeing 767 tanker": a number right after a name inside
	 * the sentence is part of a product's name, not a count.
	 */
	private static boolean partOfName(String before) {
		return before.matches("(?s).*\\S\\s+\\p{L}*\\p{Lu}\\p{L}*\\s$");
	}

	/**
	 * The counted noun follows the number ("fourth letter", "third visit"), not "The
	 * first was".
	 */
	private static boolean countsNounAfter(String after, String unit) {
		String[] words = Prose.normalize(after).split(" ");
		String noun = Prose.normalize(unit);
		for (int i = 0; i < Math.min(3, words.length); i++) {
			if (words[i].startsWith(noun)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "27 letters exchanged ... were released" becomes "How many letters exchanged ...
	 * were released?".
	 */
	private static String howMany(String sentence, int from, int to, CountFact fact) {
		if (fact.ordinal() || from != 0 || sentence.contains("“") || sentence.contains("\"")) {
			return null;
		}
		String rest = sentence.substring(to).strip().replaceAll("[.!]\\s*$", "");
		if (!rest.matches("(?i)" + java.util.regex.Pattern.quote(fact.unit()) + "\\w*\\s.+") || rest.contains(",")) {
			return null;
		}
		return Prose.words(rest) > 30 ? null : "How many " + rest + "?";
	}

	/**
	 * The i-th of three numbers near n: a step or two away, or a tenth to a half away for
	 * large n.
	 */
	static long near(long n, String seed, int i) {
		List<Long> candidates = new ArrayList<>();
		long step = n <= 10 ? 1 : Math.max(1, Math.round(n * 0.1));
		for (long k = 1; k <= 3; k++) {
			candidates.add(n + k * step);
			if (n - k * step >= 1) {
				candidates.add(n - k * step);
			}
		}
		List<String> picked = StableChoice.pick(candidates.stream().map(String::valueOf).toList(), 3, seed);
		return Long.parseLong(picked.get(i));
	}

}
