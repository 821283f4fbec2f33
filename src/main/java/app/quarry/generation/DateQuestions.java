package app.quarry.generation;

import app.quarry.bank.BankQuestion;
import app.quarry.generation.extract.DateFact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Questions on a date: "On what date did ...?" as multiple choice, typed and flashcard; a
 * cloze; true/false.
 */
final class DateQuestions {

	private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b(?:1[0-9]|20)[0-9]{2}\\b");

	private DateQuestions() {
	}

	static List<BankQuestion> of(FactSite site, DateFact fact, DistractorPool pool) {
		DateValue date = DateValue.parse(fact.value());
		if (date == null || fact.relative()) {
			return List.of();
		}
		// a cloze shows the sentence's own words, so it is asked even when the sentence
		// needs the text before it ("It was released in 2007"); a question rewritten
		// from the sentence, or a statement to judge, needs a sentence that stands alone
		boolean standsAlone = SelfContained.check(site.text());
		List<BankQuestion> questions = new ArrayList<>();
		String answer = date.display();
		List<String> accepted = date.accepted();
		List<DateValue> distractors = pool.dates(date, site.seed());
		String asked = standsAlone ? DateQuestionWriter.question(site.text(), site.from(), site.to(), date.precision())
				: null;
		if (asked != null) {
			if (distractors.size() == 3) {
				List<String> options = Stream.concat(Stream.of(date), distractors.stream())
					.sorted(Comparator.comparing(DateValue::iso))
					.map(DateValue::display)
					.toList();
				questions.add(site.question("multiple_choice", asked, answer, date.iso(), accepted, options, null));
			}
			questions.add(site.question("typed", asked, answer, date.iso(), accepted, List.of(), null));
			questions.add(site.question("flashcard", asked, answer, date.iso(), accepted, List.of(), null));
		}
		String written = Statement.plain(fact.text());
		List<String> clozeAccepted = Stream.concat(Stream.of(written), accepted.stream()).distinct().toList();
		questions.add(site.question("cloze", "Fill in the date: " + site.blanked(), written, date.iso(), clozeAccepted,
				List.of(), null));
		if (standsAlone && !distractors.isEmpty()) {
			boolean truth = StableChoice.coin(site.seed() + "|true_false");
			String statement = truth ? Statement.withoutCredit(site.text().strip())
					: site.replaced(distractors.get(0).inStyleOf(written));
			questions.add(TrueFalse.question(site, statement, truth));
		}
		return questions.stream().filter(q -> q != null).toList();
	}

}
