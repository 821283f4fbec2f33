package app.quarry.generation;

import app.quarry.bank.BankQuestion;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An ampersand whose HTML entity lost its marks ("Weil amp Associates", "Dow Jones amp
 * Co.") is shown as the ampersand it was ("Weil & Associates"). Only between two
 * capitalized words, where "amp" is no English word; the source sentence and the quoted
 * words stay as the document has them, and a typed answer is still accepted as written
 * there.
 */
final class EntityLeftovers {

	private static final Pattern AMP = Pattern.compile("(?<=\\b\\p{Lu}[\\p{L}.'’-]{0,40}) amp (?=\\p{Lu})");

	private EntityLeftovers() {
	}

	/** The text with each lost ampersand put back. */
	static String mended(String text) {
		return text == null || !text.contains(" amp ") ? text : AMP.matcher(text).replaceAll(" & ");
	}

	/** The question as a reader sees it: prompt, answer and options mended. */
	static BankQuestion mended(BankQuestion q) {
		String prompt = mended(q.prompt());
		String answer = mended(q.answer());
		List<String> options = q.options() == null ? null : q.options().stream().map(EntityLeftovers::mended).toList();
		if (prompt.equals(q.prompt()) && answer.equals(q.answer())
				&& (options == null || options.equals(q.options()))) {
			return q;
		}
		List<String> accepted = q.accepted();
		if (accepted != null && !answer.equals(q.answer())) {
			accepted = new ArrayList<>(accepted);
			accepted.add(0, answer);
		}
		return new BankQuestion(q.id(), q.type(), q.format(), prompt, answer, q.value(), accepted, options, q.quote(),
				q.source(), q.sources());
	}

}
