package app.quarry.generation;

import app.quarry.generation.extract.PersonFact;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A "person" and role that the sentence does not pair: "Who is Orlov?" answered by the
 * aides set off after his name ("Two aides to Orlov, political adviser Ivo Sarn and
 * ..."), "Who is Ivan Omar? King" where "King Omar of Veloria" is someone else who shares
 * one name, a bare "Dean" that is more often a first name than a title, or a place taken
 * for a person ("Who is Veloria?" where the document sails "to Veloria" and lives "in
 * Veloria"). Such a card is refused, as a wrong answer costs more than a missing one.
 */
final class MisreadPeople {

	/** Titles that go before a first name, never before a family name alone. */
	private static final Set<String> FIRST_NAME_TITLES = Set.of("king", "queen", "prince", "princess", "emperor",
			"empress", "sultan", "emir", "pope", "crown prince", "sheikh");

	/**
	 * Words before another person's name in a role that say the role is about that person
	 * ("brother of President Fidel Roe", "attorney for Elian's father Ivo Roe").
	 */
	private static final Pattern RELATING = Pattern
		.compile("(?i)(?:\\b(?:of|for|to|with|at|by|from|under|against|than)\\b|'s\\b|’s\\b|s'(?=\\s))");

	/** "... of the North": a preposition, "the" and one capitalized word end the role. */
	private static final Pattern CUT_OFF_CAPITAL = Pattern.compile("\\b(?:of|for|at|in) the \\p{Lu}[\\p{L}-]*$");

	private MisreadPeople() {
	}

	/** True when the card "Who is name? role" pairs what the sentence does not. */
	static boolean misread(FactSite site, PersonFact fact, String role) {
		String name = fact.value();
		String lower = role.toLowerCase(Locale.ROOT);
		if (lower.equals("dean")) {
			// "Dean Acheson", "Dean Witter Reynolds": a first name or a firm, and a dean
			// of
			// nothing says little
			return true;
		}
		if (FIRST_NAME_TITLES.contains(lower) && name.contains(" ") && !fact.text().contains(" ")
				&& name.endsWith(" " + fact.text())) {
			// "King Omar" is not "Ivan Omar": a king is named by his first name
			return true;
		}
		return namesSomeoneElse(site, name, role) || place(site.document().text(), name)
				|| cutFromALongerName(site.document().text(), name, role);
	}

	/**
	 * A role that ends on "the" and a capitalized word written right before the name
	 * ("joint leader of the North Marsh Hunt"): the capitalized word opens a longer name,
	 * the hunt's or the club's, and the "person" is the rest of that name. A title before
	 * a person's name never ends on "the" and a capital.
	 */
	private static boolean cutFromALongerName(String text, String name, String role) {
		return CUT_OFF_CAPITAL.matcher(role).find() && text.contains(role + " " + name);
	}

	/**
	 * True when the role ends one of its parts with the full name of another person of
	 * the document, no word relating the two ("political adviser Ivo Sarn and Cabinet
	 * Secretary Dan Pell"): it describes that person, not this one.
	 */
	private static boolean namesSomeoneElse(FactSite site, String name, String role) {
		for (var fact : site.document().facts()) {
			if (!(fact instanceof PersonFact other) || other.value() == null || other.value().equals(name)
					|| !other.value().contains(" ")) {
				continue;
			}
			int at = role.indexOf(other.value());
			String rest = at < 0 ? "" : role.substring(at + other.value().length());
			if (at >= 0 && (rest.isEmpty() || rest.startsWith(" and ") || rest.startsWith(","))
					&& !RELATING.matcher(role.substring(0, at)).find()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * True when the document writes a one-word name as a place one is in or goes into
	 * ("in Veloria.", "into Veloria", "across Veloria"), as no one writes of a person.
	 */
	static boolean place(String text, String name) {
		if (name.contains(" ")) {
			// "trust in Ivo Sarn,": a person's full name may follow "in"; a one-word
			// "person" in the same place is a country or a town
			return false;
		}
		String quoted = Pattern.quote(name);
		return Pattern
			.compile("\\b(?:in (?=" + quoted + "[.,;])|into |inside |across |throughout )" + quoted + "\\b(?!['’]s)")
			.matcher(text)
			.find();
	}

}
