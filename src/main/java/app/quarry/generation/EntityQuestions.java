package app.quarry.generation;

import app.quarry.bank.QuestionFormat;
import app.quarry.bank.BankQuestion;
import app.quarry.generation.extract.EntityFact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What an organisation is: the flashcard "What is Magna?" with "a Canadian automobile
 * parts company" on the back, and "Which organisation is described as a Canadian
 * automobile parts company?" (multiple choice among the corpus' other organisations, and
 * typed) when no other organisation is described so.
 */
final class EntityQuestions {

	private static final java.util.regex.Pattern PRODUCTS = java.util.regex.Pattern
		.compile("(?i)\\b(?:service|website|blog|brand|network|platform|app)$");

	private static final java.util.regex.Pattern OWNED = java.util.regex.Pattern
		.compile("^\\p{Lu}\\S*(?: \\p{Lu}\\S*)*(?:'s|s'|’s) ");

	private EntityQuestions() {
	}

	static List<BankQuestion> of(FactSite site, EntityFact fact, DistractorPool pool) {
		String name = fact.value();
		String description = PersonQuestions.written(fact.description());
		if (name == null || description.isEmpty() || Prose.words(description) > 20
				|| Prose.mentions(description, name)) {
			return List.of();
		}
		List<BankQuestion> questions = new ArrayList<>();
		questions.add(site.question(QuestionFormat.FLASHCARD, "What is " + name + "?", description, description,
				List.of(description), List.of(), null));
		if (!pool.otherOrganisationDescribedAs(name, description)) {
			// "an online cloud computing service" is what a firm offers, not a firm
			// "General Motors' European division" is determined by its owner: no article
			String described = OWNED.matcher(description).find() ? description : Articles.indefinite(description);
			String prompt = (PRODUCTS.matcher(description).find() ? "What" : "Which organisation") + " is described as "
					+ described + "?";
			List<String> others = pool.organisations(name, site.seed());
			if (others.size() == 3) {
				List<String> options = Stream.concat(Stream.of(name), others.stream())
					.sorted(Comparator.naturalOrder())
					.toList();
				questions.add(site.question(QuestionFormat.MULTIPLE_CHOICE, prompt, name, name, List.of(name), options,
						null));
			}
			questions.add(site.question(QuestionFormat.TYPED, prompt, name, name, List.of(name), List.of(), null));
		}
		return questions.stream().filter(q -> q != null).toList();
	}

}
