package app.quarry.generation;

import app.quarry.bank.BankQuestion;
import app.quarry.bank.QuestionFormat;
import app.quarry.generation.extract.CountFact;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Questions on a length of one unit written with "a" or "an" and a word that makes it
 * news ("an extra year", "a further decade"): the whole length is blanked, as "within
 * _____", and the options are lengths too ("a year", "two years", "three years", "five
 * years"), so that no option reads wrongly beside a singular noun and the grammar gives
 * nothing away.
 */
final class SingleUnitQuestions {

	private SingleUnitQuestions() {
	}

	/** Whether the count is one unit written with an article: "a year", "an hour". */
	static boolean handles(CountFact fact) {
		String t = fact.text().toLowerCase(Locale.ROOT);
		return fact.value() == 1 && !fact.ordinal() && (t.startsWith("a ") || t.startsWith("an "));
	}

	static List<BankQuestion> of(FactSite site, CountFact fact) {
		String sentence = site.text();
		String trimmed = sentence.strip();
		if (trimmed.isEmpty() || !(Character.isUpperCase(trimmed.charAt(0)) || trimmed.charAt(0) == '"'
				|| trimmed.charAt(0) == '“')) {
			return List.of();
		}
		if (site.from() < 0 || site.from() + fact.text().length() > sentence.length()) {
			return List.of();
		}
		String answer = fact.text();
		if (answer.strip().split("\\s+").length < 3 && !"minute".equals(fact.unit())) {
			// "a year later", "after a year", "within a decade": the plain way of telling
			// a length, a round figure rather than one counted; "an extra year" is news,
			// and so is "a minute later", the grain a match or a timeline is told in
			return List.of();
		}
		String blanked = CountQuestions.withQuotesClosed(
				(sentence.substring(0, site.from()) + "_____" + sentence.substring(site.from() + answer.length()))
					.strip());
		if (blanked == null) {
			return List.of();
		}
		String unit = fact.unit();
		boolean capital = Character.isUpperCase(answer.charAt(0));
		String one = answer;
		// "an extra year" is offered beside "two extra years": the same words but the
		// number
		String[] words = answer.split("\\s+");
		String extra = words.length == 3 ? words[1].toLowerCase(Locale.ROOT) + " " : "";
		List<String> options = new ArrayList<>(List.of(one, lengths("two " + extra, unit, capital),
				lengths("three " + extra, unit, capital), lengths("five " + extra, unit, capital)));
		options.sort((a, b) -> Integer.compare(rank(a), rank(b)));
		List<String> accepted = List.of(answer, "one " + extra + unit, "1 " + extra + unit);
		List<BankQuestion> questions = new ArrayList<>();
		questions.add(site.question(QuestionFormat.CLOZE, "Fill in the length of time: " + blanked, answer, "1",
				accepted, List.of(), null));
		questions.add(site.question(QuestionFormat.MULTIPLE_CHOICE,
				"Which length of time completes the sentence? " + blanked, answer, "1", accepted, options, null));
		return questions.stream().filter(q -> q != null).toList();
	}

	private static String lengths(String number, String unit, boolean capital) {
		String text = number.strip() + " " + unit + "s";
		return capital ? Character.toUpperCase(text.charAt(0)) + text.substring(1) : text;
	}

	private static int rank(String option) {
		String first = option.toLowerCase(Locale.ROOT).split(" ")[0];
		return switch (first) {
			case "two" -> 2;
			case "three" -> 3;
			case "five" -> 5;
			default -> 1;
		};
	}

}
