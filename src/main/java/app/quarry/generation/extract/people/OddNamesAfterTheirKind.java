package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.generation.extract.DocumentAnalysis;
import app.quarry.generation.extract.FactFinder;
import app.quarry.generation.extract.NamedThingFact;
import app.quarry.generation.extract.SparseMatches;

/**
 * Online places and records that a text names right after the noun for their kind: "the
 * Internet newsgroup rec.pets.ferrets", "the forum #gardening", "the database TRACKER".
 * Such a name (dotted, a hashtag, or in capitals) is no person's and no ordinary word, so
 * the kind noun before it says what it is ("an Internet newsgroup"). The name must end
 * the phrase: a word after it other than a verb of being or a relative pronoun could make
 * it the subject of a clause ("the database NASA keeps").
 */
public final class OddNamesAfterTheirKind implements FactFinder {

	private static final Pattern SHAPE = Pattern.compile("\\b[Tt]he ((?:[A-Z][a-z]+ )?"
			+ "(?:newsgroup|forum|message board|mailing list|subreddit|channel|hashtag|database|website|web site|blog))"
			+ " ([a-z][a-z0-9]*(?:\\.[a-z0-9]+)+|#[A-Za-z][A-Za-z0-9_]+|[A-Z]{3,}[0-9]*)"
			+ "(?=[,.;:)]|\\s+(?:which|that|where|is|was|were|are|has|had|have|will|would)\\b)");

	/**
	 * Tried only at words that begin with a "t": with {@link Matcher#find()} the shape
	 * was tried at every character of every document.
	 */
	private static final SparseMatches SHAPE_AT = SparseMatches.beginningWith(SHAPE, "tT").atWordStarts();

	@Override
	public List<NamedThingFact> find(DocumentAnalysis analysis) {
		String text = analysis.document().text();
		List<NamedThingFact> facts = new ArrayList<>();
		Matcher m = SHAPE_AT.matcher(text);
		for (int from = 0; SHAPE_AT.find(m, text, from); from = m.end()) {
			String name = m.group(2);
			if (name.endsWith(".")) {
				continue;
			}
			String kind = m.group(1);
			String article = "aeiouAEIOU".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ";
			facts.add(new NamedThingFact(name, m.start(2), m.end(2), name, article + kind));
		}
		return facts;
	}

}
