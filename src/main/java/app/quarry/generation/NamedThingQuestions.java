package app.quarry.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import app.quarry.bank.BankQuestion;
import app.quarry.bank.QuestionFormat;
import app.quarry.generation.extract.NamedThingFact;

/**
 * What a named thing is: the flashcard "What is Thornite?" with "a plastic explosive that
 * smugglers have used before" on the back, and, when the description says enough to
 * single the thing out, the typed "What is the name of the plastic explosive that
 * smugglers have used before?". An apposition ("a puppy, a gift from the mayor") is shown
 * on the card only: "the name of the puppy, a gift from ..." reads badly.
 */
final class NamedThingQuestions {

	private static final int MIN_TYPED_WORDS = 3;

	private static final int MAX_WORDS = 20;

	private NamedThingQuestions() {
	}

	static List<BankQuestion> of(FactSite site, NamedThingFact fact) {
		String name = fact.value();
		String description = PersonQuestions.written(fact.description());
		if (description.isEmpty() || Prose.words(description) > MAX_WORDS || Prose.mentions(description, name)) {
			return List.of();
		}
		List<BankQuestion> questions = new ArrayList<>();
		questions.add(site.question(QuestionFormat.FLASHCARD, "What is " + name + "?", description, description,
				List.of(description), List.of(), null));
		String bare = name.startsWith("the ") ? name.substring(4) : name;
		// "a single-aisle airplane" is one of many: the words after the article must
		// single the thing out
		if (description.replaceFirst("^(?:[Aa]n?) ", "").split(" ").length >= MIN_TYPED_WORDS
				&& !description.contains(",")) {
			String lower = description.toLowerCase(Locale.ROOT);
			// "a puppy" becomes "the puppy"; "the world's largest ship" and "Tellco's
			// new phone" already single the thing out
			String definite = lower.startsWith("an ") ? "the " + description.substring(3)
					: lower.startsWith("a ") ? "the " + description.substring(2) : description;
			questions.add(site.question(QuestionFormat.TYPED, "What is the name of " + definite + "?", bare, bare,
					List.of(bare, name), List.of(), null));
		}
		return questions.stream().filter(q -> q != null).toList();
	}

}
