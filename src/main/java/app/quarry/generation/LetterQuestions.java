package app.quarry.generation;

import app.quarry.bank.QuestionFormat;
import app.quarry.bank.BankQuestion;
import app.quarry.generation.extract.LetterFact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Questions on a letter whose sender, recipient and date are known: "Who wrote the letter
 * to Kim Jong-un dated January 29, 2018?" and the letter's reference. Letters known only
 * in part are left to the date and count questions.
 */
final class LetterQuestions {

	private LetterQuestions() {
	}

	static List<BankQuestion> of(FactSite site, LetterFact fact, DistractorPool pool) {
		DateValue date = DateValue.parse(fact.date());
		if (fact.sender() == null || fact.recipient() == null || date == null || !fact.sender().contains(" ")
				|| !fact.recipient().contains(" ")) {
			return List.of();
		}
		String which = "the letter to " + fact.recipient() + " dated " + date.display();
		String prompt = "Who wrote " + which + "?";
		List<String> accepted = DistractorPool.nameVariants(fact.sender());
		List<BankQuestion> questions = new ArrayList<>();
		List<String> others = pool.people(fact.sender(), null, site.seed());
		if (others.size() == 3) {
			List<String> options = Stream.concat(Stream.of(fact.sender()), others.stream())
				.sorted(Comparator.naturalOrder())
				.toList();
			questions.add(site.question(QuestionFormat.MULTIPLE_CHOICE, prompt, fact.sender(), fact.sender(), accepted,
					options, null));
		}
		questions
			.add(site.question(QuestionFormat.TYPED, prompt, fact.sender(), fact.sender(), accepted, List.of(), null));
		if (fact.reference() != null && !fact.reference().isBlank()) {
			String reference = fact.reference().strip();
			questions.add(site.question(
					QuestionFormat.FLASHCARD, "What reference ID does " + fact.sender() + "'s letter to "
							+ fact.recipient() + " dated " + date.display() + " carry?",
					reference, reference, List.of(reference), List.of(), null));
		}
		return questions.stream().filter(q -> q != null).toList();
	}

}
