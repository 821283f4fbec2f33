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

	private DateQuestions() {
	}

	static List<BankQuestion> of(FactSite site, DateFact fact, DistractorPool pool) {
		DateValue date = DateValue.parse(fact.value());
		if (date == null || fact.relative() || !SelfContained.check(site.sentence().text())) {
			return List.of();
		}
		List<BankQuestion> questions = new ArrayList<>();
		String answer = date.display();
		List<String> accepted = date.accepted();
		List<DateValue> distractors = pool.dates(date, site.seed());
		String asked = DateQuestionWriter.question(site.sentence().text(), site.from(), site.to(), date.precision());
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
		if (!distractors.isEmpty()) {
			boolean truth = StableChoice.coin(site.seed() + "|true_false");
			String statement = truth ? Statement.withoutCredit(site.sentence().text().strip())
					: site.replaced(distractors.get(0).inStyleOf(written));
			questions.add(TrueFalse.question(site, statement, truth));
		}
		return questions.stream().filter(q -> q != null).toList();
	}

}
