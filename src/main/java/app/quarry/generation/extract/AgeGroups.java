package app.quarry.generation.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;

/**
 * "the over-75s", "free for the over 60s", "under-16s football": people named by the age
 * they are past or short of. The number is that age in years.
 */
final class AgeGroups {

	private static final Pattern GROUP = Pattern.compile("(?i)\\b(?:over|under)[\\s-](?<n>[1-9]\\d)s\\b(?![’'-])");

	/** The groups' matches, tried only where "over" or "under" may begin. */
	private static final SparseMatches GROUP_AT = SparseMatches.beginningWith(GROUP, "oOuU").atWordStarts();

	private AgeGroups() {
	}

	/** The ages that name groups of people in a document's text. */
	static List<CountFact> find(DocumentText document, String clean) {
		List<CountFact> found = new ArrayList<>();
		Matcher m = GROUP_AT.matcher(clean);
		for (int from = 0; GROUP_AT.find(m, clean, from); from = m.end()) {
			found.add(new CountFact(document.text().substring(m.start("n"), m.end("n")), m.start("n"), m.end("n"),
					Long.parseLong(m.group("n")), false, "year"));
		}
		return found;
	}

}
