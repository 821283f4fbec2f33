package app.quarry.generation.extract.people;

import java.time.LocalDate;
import java.util.List;

import app.quarry.corpus.DocumentText;
import app.quarry.generation.extract.DocumentAnalysis;
import app.quarry.generation.extract.EntityFact;
import app.quarry.generation.extract.ExtractionContext;
import app.quarry.generation.extract.Fact;
import app.quarry.generation.extract.LeftoverFinder;
import app.quarry.generation.extract.NamedThingFact;
import app.quarry.generation.extract.PersonFact;

/**
 * What the tests of the finders of last resort compare: each fact a finder reads in a
 * body under a title and a date line, written "kind value | description" so a failed
 * assertion shows the whole reading at once.
 */
final class LastResortReadings {

	private LastResortReadings() {
	}

	static List<String> of(LeftoverFinder finder, String body, List<Fact> found) {
		DocumentText document = DocumentText.of("Probe\n\nMarch 03, 1998\n\n" + body + "\n");
		return finder.find(new DocumentAnalysis(document, new ExtractionContext("t", LocalDate.of(1998, 3, 3))), found)
			.stream()
			.map(LastResortReadings::reading)
			.toList();
	}

	private static String reading(Fact fact) {
		return switch (fact) {
			case PersonFact person -> "person " + person.value() + " | " + person.role();
			case EntityFact entity ->
				(entity.place() ? "place " : "organisation ") + entity.value() + " | " + entity.description();
			case NamedThingFact thing -> "thing " + thing.value() + " | " + thing.description();
			default -> fact.toString();
		};
	}

}
