package app.quarry.generation;

import app.quarry.bank.BankQuestion;
import app.quarry.bank.QuestionFormat;
import app.quarry.generation.extract.EntityFact;
import app.quarry.generation.extract.people.LooseAcronyms;
import java.util.List;

/**
 * What an organisation or a place is, asked in the sentence of a later story that says it
 * again: "Fill in the description: The letter ran in the _____ Zorya." with "ruling party
 * daily" as the answer. The card "What is Zorya?" is kept once, from the first story; a
 * story that states the same description still gets a question of its own, in its own
 * words, so that a quiz on that story asks it too. An abbreviation spelled out is asked
 * as what it stands for.
 */
final class DescriptionCloze {

	/** A longer description is a clause, not a few words a learner can fill in. */
	private static final int MOST_WORDS = 6;

	private DescriptionCloze() {
	}

	static List<BankQuestion> of(FactSite site, EntityFact fact) {
		String description = PersonQuestions.written(fact.description());
		String sentence = site.text();
		String name = fact.value();
		if (name == null || description.isEmpty() || Prose.words(description) > MOST_WORDS) {
			return List.of();
		}
		int at = RoleCloze.wordAt(sentence, description);
		// the description once, as written, and the organisation named beside it: else
		// the blank is a guess, or the sentence gives it away elsewhere
		if (at < 0 || RoleCloze.wordAt(sentence.substring(at + description.length()), description) >= 0
				|| RoleCloze.wordAt(sentence, name) < 0) {
			return List.of();
		}
		if (modifies(sentence, name, at)) {
			return List.of();
		}
		String written = sentence.substring(at, at + description.length());
		String blanked = sentence.substring(0, at) + "_____" + sentence.substring(at + description.length());
		String fill = LooseAcronyms.shortens(name, description) ? "Fill in what " + name + " stands for: "
				: "Fill in the description: ";
		BankQuestion question = site.question(QuestionFormat.CLOZE, fill + Statement.withoutCredit(blanked.strip()),
				written, description, List.of(written, description), List.of(), null);
		return question == null ? List.of() : List.of(question);
	}

	/**
	 * "the England cricket team": a name that stands just before the description, with no
	 * comma or bracket between them, says whose team it is; the blank would ask the rest
	 * of one noun phrase, not what the name is.
	 */
	private static boolean modifies(String sentence, String name, int descriptionAt) {
		String before = sentence.substring(0, descriptionAt).stripTrailing();
		int nameAt = before.length() - name.length();
		return before.length() < descriptionAt && before.endsWith(name)
				&& (nameAt == 0 || !Character.isLetterOrDigit(before.charAt(nameAt - 1)));
	}

}
