package app.quarry.generation;

import app.quarry.bank.BankQuestion;
import app.quarry.bank.QuestionFormat;
import app.quarry.generation.extract.CountFact;
import app.quarry.generation.extract.GroupWordCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Questions on a count told by a group word ("a pair of tire punctures"): the whole
 * phrase is blanked, so that "two" fills it as well as "a pair of" does, and the options
 * are the group words for two to five ("a pair of", "a trio of", "a quartet of", "a
 * quintet of"), which all read rightly before the plural noun.
 */
final class GroupWordQuestions {

	private static final List<String> GROUPS = List.of("a pair of", "a trio of", "a quartet of", "a quintet of");

	private static final List<String> NUMBER_WORDS = List.of("two", "three", "four", "five");

	private GroupWordQuestions() {
	}

	/** Whether the count is told by a group word. */
	static boolean handles(CountFact fact) {
		return !fact.ordinal() && GroupWordCounts.isGroupPhrase(fact.text());
	}

	static List<BankQuestion> of(FactSite site, CountFact fact) {
		String sentence = site.text();
		String trimmed = sentence.strip();
		if (trimmed.isEmpty() || !Character.isUpperCase(trimmed.charAt(0)) || site.from() < 0
				|| site.from() + fact.text().length() > sentence.length() || fact.value() < 2 || fact.value() > 5) {
			return List.of(); // a clause cut from its sentence, or a count no group word
								// holds
		}
		String answer = fact.text();
		String blanked = CountQuestions.withQuotesClosed(
				(sentence.substring(0, site.from()) + "_____" + sentence.substring(site.from() + answer.length()))
					.strip());
		if (blanked == null) {
			return List.of();
		}
		boolean capital = Character.isUpperCase(answer.charAt(0));
		int index = (int) fact.value() - 2;
		List<String> options = new ArrayList<>();
		for (int i = 0; i < GROUPS.size(); i++) {
			// "a brace of goals" is offered as it is written, beside the other group
			// words
			options.add(capitalized(i == index ? answer.toLowerCase(Locale.ROOT) : GROUPS.get(i), capital));
		}
		String value = Long.toString(fact.value());
		List<String> accepted = List.of(answer, capitalized(NUMBER_WORDS.get(index), capital), value);
		List<BankQuestion> questions = new ArrayList<>();
		questions.add(site.question(QuestionFormat.CLOZE, "Fill in the missing words: " + blanked, answer, value,
				accepted, List.of(), null));
		questions.add(site.question(QuestionFormat.MULTIPLE_CHOICE, "Which words complete the sentence? " + blanked,
				answer, value, accepted, options, null));
		return questions.stream().filter(q -> q != null).toList();
	}

	private static String capitalized(String text, boolean capital) {
		return capital ? Character.toUpperCase(text.charAt(0)) + text.substring(1) : text;
	}

}
