package app.quarry.generation.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The finders every extraction runs: dates, counts and letters here, plus the quote and
 * person finders when present. One instance can serve every document.
 */
public final class StandardFinders {

	private StandardFinders() {
	}

	public static List<FactFinder> all() {
		List<FactFinder> finders = new ArrayList<>(List.of(new DateFinder(), new CountFinder(), new LetterFinder()));
		return finders;
	}

	/** An extractor running all standard finders. */
	public static FactExtractor extractor() {
		return new FactExtractor(all());
	}

}
