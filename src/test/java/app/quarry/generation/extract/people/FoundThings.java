package app.quarry.generation.extract.people;

import java.time.LocalDate;
import java.util.List;

import app.quarry.corpus.DocumentText;
import app.quarry.generation.extract.DocumentAnalysis;
import app.quarry.generation.extract.ExtractionContext;
import app.quarry.generation.extract.FactFinder;
import app.quarry.generation.extract.NamedThingFact;

/**
 * What the named-thing tests compare: each thing a finder reads in a text, written "value
 * | description" so a failed assertion shows the whole reading at once.
 */
final class FoundThings {

	private FoundThings() {
	}

	static List<String> things(FactFinder finder, String text) {
		DocumentText document = DocumentText.of(text);
		return finder.find(new DocumentAnalysis(document, new ExtractionContext("t", LocalDate.of(1998, 3, 3))))
			.stream()
			.map(fact -> (NamedThingFact) fact)
			.map(fact -> fact.value() + " | " + fact.description())
			.toList();
	}

	/** The same of a body written under a title line and a date line. */
	static List<String> thingsInBody(FactFinder finder, String body) {
		return things(finder, "Probe\n\nMarch 03, 1998\n\n" + body + "\n");
	}

}
