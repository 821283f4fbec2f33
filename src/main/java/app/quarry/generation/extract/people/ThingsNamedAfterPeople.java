package app.quarry.generation.extract.people;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "the Roe Campaign", "the Roe Bill", "the Roe Foundation": a name a body, a law or a
 * prize takes from a person, read as a capitalised run like a person's. When a bare
 * surname could be such a name or a person of that surname, it is the person: "Roe said"
 * after "the Roe Campaign" is Jane Roe speaking, not the campaign.
 */
final class ThingsNamedAfterPeople {

	/** Last words that make a capitalised run a thing's or a body's name. */
	private static final Set<String> THING_HEADS = NameLexicon.words("campaign", "bill", "act", "law", "prize", "award",
			"awards", "trust", "movement", "initiative", "project", "programme", "program", "plan", "doctrine",
			"report", "rule", "amendment", "fund", "foundation", "center", "centre", "institute", "group", "society",
			"association", "memorial", "library", "museum", "school", "college", "university", "hospital", "stadium",
			"arena", "bridge", "airport", "building", "tower", "hall", "street", "road", "avenue", "square", "park",
			"house", "company", "corporation", "committee", "council", "party");

	private ThingsNamedAfterPeople() {
	}

	/**
	 * The candidates left once names of things are set aside, when a person remains among
	 * them; else the candidates as given.
	 */
	static List<LocalPerson> peopleFirst(List<LocalPerson> candidates) {
		if (candidates.size() < 2) {
			return candidates;
		}
		List<LocalPerson> people = candidates.stream().filter(person -> !namesAThing(person)).toList();
		return people.isEmpty() || people.size() == candidates.size() ? candidates : people;
	}

	private static boolean namesAThing(LocalPerson person) {
		String name = person.name();
		if (name == null) {
			return false;
		}
		String[] words = name.split(" ");
		return words.length > 1 && THING_HEADS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
	}

}
