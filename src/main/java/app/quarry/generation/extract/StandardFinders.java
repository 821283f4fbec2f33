package app.quarry.generation.extract;

import app.quarry.generation.extract.people.AffiliationsOfAnyName;
import app.quarry.generation.extract.people.AppositionsOfAnyName;
import app.quarry.generation.extract.people.CopularThings;
import app.quarry.generation.extract.people.DescriptionsBeforeAnyName;
import app.quarry.generation.extract.people.ExamplesOfAKind;
import app.quarry.generation.extract.people.KindsBeforeAnyName;
import app.quarry.generation.extract.people.NamedThings;
import app.quarry.generation.extract.people.OddNamesAfterTheirKind;
import app.quarry.generation.extract.people.ThingsAfterTheirKind;
import app.quarry.generation.extract.people.ThingsSetOff;
import app.quarry.generation.extract.people.OrganisationFinder;
import app.quarry.generation.extract.people.PersonExtractor;
import app.quarry.generation.extract.people.QuoteExtractor;
import java.util.ArrayList;
import java.util.List;

/**
 * The finders every extraction runs: dates, counts, letters, quotes with their speakers,
 * people with their roles, and organisations with what the text says they are. One
 * instance can serve every document.
 */
public final class StandardFinders {

	private StandardFinders() {
	}

	public static List<FactFinder> all() {
		List<FactFinder> finders = new ArrayList<>(List.of(new DateFinder(), new CountFinder(), new LetterFinder()));
		finders.add(new QuoteExtractor());
		finders.add(new PersonExtractor());
		finders.add(new OrganisationFinder());
		finders.add(new NamedThings());
		finders.add(new ThingsSetOff());
		finders.add(new OddNamesAfterTheirKind());
		finders.add(new CopularThings());
		finders.add(new ThingsAfterTheirKind());
		finders.add(new AppositionsOfAnyName());
		finders.add(new KindsBeforeAnyName());
		finders.add(new AffiliationsOfAnyName());
		finders.add(new DescriptionsBeforeAnyName());
		finders.add(new ExamplesOfAKind());
		finders.add(new CountsWithNounLeftOut());
		finders.add(new GroupsToldAgain());
		return finders;
	}

	/** An extractor running all standard finders. */
	public static FactExtractor extractor() {
		return new FactExtractor(all());
	}

}
