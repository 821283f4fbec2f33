package app.quarry.generation;

import app.quarry.bank.QuestionFormat;
import app.quarry.bank.BankQuestion;
import java.util.List;

/**
 * True/false questions: a sentence of the document, either as written or with the fact
 * swapped for a distractor. The answer is "True" or "False"; the value "true" or "false".
 */
final class TrueFalse {

	static final List<String> OPTIONS = List.of("True", "False");

	private TrueFalse() {
	}

	static BankQuestion question(FactSite site, String statement, boolean truth) {
		String prompt = "Is this statement accurate? " + statement;
		String answer = truth ? "True" : "False";
		return site.question(QuestionFormat.TRUE_FALSE, prompt, answer, Boolean.toString(truth), List.of(answer),
				OPTIONS, null);
	}

}
