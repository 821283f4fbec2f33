package app.quarry.generation.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;

/**
 * "given an extra year", "an additional month to pay", "a further week of talks": a
 * length of one unit granted on top of another, which counts one year as "two extra
 * years" counts two. A rate ("an extra hour a day") says how often, not how long, and is
 * left out.
 */
final class ExtraLengths {

	private static final Pattern EXTRA_LENGTH = Pattern
		.compile("(?i)(?<![\\w$€£%-])(?:an\\s+extra|an\\s+additional|a\\s+further)\\s+"
				+ "(?<unit>hour|day|week|month|year|decade)\\b(?![-’']|\\s+(?:a|an|per|each|every)\\s)");

	/**
	 * Tried only at words that begin with an "a": with {@link Matcher#find()} the look
	 * behind was tried at every character of every document.
	 */
	private static final SparseMatches EXTRA_LENGTH_AT = SparseMatches.beginningWith(EXTRA_LENGTH, "aA").atWordStarts();

	private ExtraLengths() {
	}

	/** The extra lengths of one unit in a document's text, as counts of 1. */
	static List<CountFact> find(DocumentText document, String clean) {
		List<CountFact> found = new ArrayList<>();
		Matcher m = EXTRA_LENGTH_AT.matcher(clean);
		for (int from = 0; EXTRA_LENGTH_AT.find(m, clean, from); from = m.end()) {
			found.add(new CountFact(document.text().substring(m.start(), m.end()), m.start(), m.end(), 1, false,
					m.group("unit").toLowerCase(Locale.ROOT)));
		}
		return found;
	}

}
