package app.quarry.generation;

import java.util.ArrayList;
import java.util.List;

import app.quarry.bank.BankQuestion;
import app.quarry.bank.QuestionFormat;
import app.quarry.generation.extract.EntityFact;

/**
 * What a place is: the flashcard "What is Arvena?" with "the capital of Norland" on the
 * back, and "Which city is the capital of Norland?" (multiple choice among the corpus'
 * other places, and typed). A description many places share ("a Norlandic province") is
 * asked the other way only when the corpus describes no other place so, and "a capital
 * city", which does not say of where, only on the flashcard.
 */
final class PlaceQuestions {

	private static final String CAPITAL_CITY = "a capital city";

	private PlaceQuestions() {
	}

	static List<BankQuestion> of(FactSite site, EntityFact fact, DistractorPool pool) {
		String name = fact.value();
		String description = fact.description();
		if (name == null || description == null || Prose.mentions(description, name)) {
			return List.of();
		}
		List<BankQuestion> questions = new ArrayList<>();
		questions.add(site.question(QuestionFormat.FLASHCARD, "What is " + name + "?", description, description,
				List.of(description), List.of(), null));
		boolean capital = description.startsWith("the ") && description.contains("capital");
		if (capital) {
			// a country has one capital: the description picks out one city
			questions.addAll(site.nameAskedBy("Which city is " + description + "?", name, List.of(name),
					pool.cities(name, description, site.seed())));
		}
		else if (!description.equals(CAPITAL_CITY) && !pool.otherPlaceDescribedAs(name, description)) {
			// "the largest city in Norland" is one place; "a town in Westria" one of many
			String prompt = description.startsWith("the ") ? "Which place is " + description + "?"
					: "Which place is described as " + description + "?";
			questions
				.addAll(site.nameAskedBy(prompt, name, List.of(name), pool.placesLike(name, description, site.seed())));
		}
		return questions.stream().filter(q -> q != null).toList();
	}

}
