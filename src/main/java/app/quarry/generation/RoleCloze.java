package app.quarry.generation;

import app.quarry.bank.BankQuestion;
import app.quarry.bank.QuestionFormat;
import app.quarry.generation.extract.PersonFact;
import java.util.List;
import java.util.Locale;

/**
 * Who someone is, asked in the sentence of a later story that says it again: "Fill in the
 * role: _____ Kim Jong Un vowed ..." with "North Korean leader" as the answer. The cards
 * that ask it outright ("Who is Kim Jong Un?") are kept once, from the first story; a
 * story that states the same role still gets a question of its own, in its own words, so
 * that a quiz on that story asks it too.
 */
final class RoleCloze {

	/** A longer role is a clause, not a few words a learner can fill in. */
	private static final int MOST_WORDS = 6;

	private RoleCloze() {
	}

	static List<BankQuestion> of(FactSite site, PersonFact fact) {
		String role = PersonQuestions.written(fact.role());
		String sentence = site.text();
		if (role.isEmpty() || Prose.words(role) > MOST_WORDS) {
			return List.of();
		}
		int at = wordAt(sentence, role);
		// the role once, as written, and the person named beside it: else the blank is a
		// guess, or the sentence gives it away elsewhere
		if (at < 0 || wordAt(sentence.substring(at + role.length()), role) >= 0 || !namedIn(sentence, fact)) {
			return List.of();
		}
		String written = sentence.substring(at, at + role.length());
		String blanked = sentence.substring(0, at) + "_____" + sentence.substring(at + role.length());
		BankQuestion question = site.question(QuestionFormat.CLOZE,
				"Fill in the role: " + Statement.withoutCredit(blanked.strip()), written, role, List.of(written, role),
				List.of(), null);
		return question == null ? List.of() : List.of(question);
	}

	/**
	 * Whether the sentence names the person: by the corpus' full name, or by the surname
	 * it was written with ("President Roe signed ..." of "Jane Roe"), which the blank's
	 * neighbour then says.
	 */
	private static boolean namedIn(String sentence, PersonFact fact) {
		if (sentence.contains(fact.value())) {
			return true;
		}
		String mention = fact.text() == null ? "" : fact.text().strip();
		return !mention.isEmpty() && Character.isUpperCase(mention.charAt(0)) && fact.value().endsWith(" " + mention)
				&& wordAt(sentence, mention) >= 0;
	}

	/** Where the words stand in the text as whole words, in any case; -1 if nowhere. */
	static int wordAt(String text, String words) {
		String lowerText = text.toLowerCase(Locale.ROOT);
		String lowerWords = words.toLowerCase(Locale.ROOT);
		for (int at = lowerText.indexOf(lowerWords); at >= 0; at = lowerText.indexOf(lowerWords, at + 1)) {
			int end = at + lowerWords.length();
			boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
			boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
			if (startsWord && endsWord) {
				return at;
			}
		}
		return -1;
	}

}
