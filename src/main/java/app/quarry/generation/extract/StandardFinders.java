package app.quarry.generation.extract;

import app.quarry.generation.extract.people.PersonExtractor;
import app.quarry.generation.extract.people.QuoteExtractor;
import java.util.ArrayList;
import java.util.List;

/**
 * The finders every extraction runs: dates, counts, letters, quotes with their speakers,
 * and people with their roles. One instance can serve every document.
 */
public final class StandardFinders {

	private StandardFinders() {
	}

	public static List<FactFinder> all() {
		List<FactFinder> finders = new ArrayList<>(List.of(new DateFinder(), new CountFinder(), new LetterFinder()));
		finders.add(new QuoteExtractor());
		finders.add(new PersonExtractor());
		return finders;
	}

	/** An extractor running all standard finders. */
	public static FactExtractor extractor() {
		return new FactExtractor(all());
	}

}
