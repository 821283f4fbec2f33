package app.quarry.generation.extract.people;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * "the Menlo Park, Calif., company", "Zentrix Inc., Fort Lauderdale, Fla., said", "the
 * Woodland Hills, Calif.-based maker": a capitalized pair that a comma and a state,
 * province or home nation follow is a town, never a person. A title before the pair
 * ("Sen. Pete Wilson, Calif.") keeps it a person, and so does a score after the state
 * ("Jane Roe, Scotland, 68": a results table).
 */
final class TownsBeforeStates {

	/** US states, Canadian provinces and the home nations, written out. */
	private static final Set<String> STATES = NameLexicon.words("alabama", "alaska", "arizona", "arkansas",
			"california", "colorado", "connecticut", "delaware", "florida", "georgia", "hawaii", "idaho", "illinois",
			"indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
			"minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "ohio", "oklahoma", "oregon",
			"pennsylvania", "tennessee", "texas", "utah", "vermont", "virginia", "washington", "wisconsin", "wyoming",
			"ontario", "quebec", "alberta", "manitoba", "saskatchewan", "england", "scotland", "wales");

	/** Their newspaper abbreviations, written before a stop ("Calif.", "Ont."). */
	private static final Set<String> ABBREVIATIONS = NameLexicon.words("ala", "ariz", "ark", "calif", "colo", "conn",
			"del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo",
			"mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "ont", "que",
			"alta", "sask");

	/** Two-word states and provinces: "New Jersey", "British Columbia". */
	private static final Set<String> FIRST_OF_TWO = NameLexicon.words("new", "north", "south", "west", "rhode",
			"british", "nova");

	private static final Set<String> SECOND_OF_TWO = NameLexicon.words("york", "jersey", "mexico", "hampshire",
			"carolina", "dakota", "virginia", "island", "columbia", "scotia", "brunswick");

	/** "N.Y.", "N.J.", "B.C.": a dotted abbreviation, with or without its last stop. */
	private static final Pattern DOTTED = Pattern.compile("(?:\\p{Lu}\\.){1,2}\\p{Lu}\\.?");

	/** Nouns that end a town's name: "Beverly Hills", "Glen Cove". */
	private static final Set<String> TOWN_NOUNS = NameLexicon.words("hills", "park", "city", "beach", "heights",
			"falls", "springs", "creek", "lake", "valley", "cove", "harbor", "harbour", "bay", "point", "grove",
			"rapids", "plains", "village", "junction", "ridge", "station", "island", "bluffs", "gardens", "woods");

	/** Words before a place that say it is one: "the Menlo Park, Calif., company". */
	private static final Set<String> BEFORE_PLACE = NameLexicon.words("the", "a", "an", "in", "of", "at", "from",
			"near", "outside", "to");

	private TownsBeforeStates() {
	}

	/**
	 * Whether the run from {@code start} to {@code end}, which no title opens, names a
	 * town: a state set off by a comma follows it.
	 */
	static boolean town(DocumentTokens doc, int start, int end) {
		if (end - start < 2 || end - start > 3 || end + 1 >= doc.size() || !doc.get(end).is(",")
				|| doc.boundaryBefore(end + 1)) {
			return false;
		}
		int after = stateEnd(doc, end + 1);
		if (after < 0) {
			return false;
		}
		if (!closesPlace(doc, after)) {
			return false;
		}
		// "Glen Cove", "Beverly Hills": a given name may open a town; a person's name
		// then needs a word before it or a town's noun to be read as a place
		if (NameFinder.givenName(doc.get(start)) && !TOWN_NOUNS.contains(doc.get(end - 1).lower())
				&& !placeWordBefore(doc, start)) {
			return false;
		}
		return true;
	}

	/** The index after the state that starts at {@code t}; -1 when none does. */
	static int stateEnd(DocumentTokens doc, int t) {
		Token first = doc.get(t);
		if (!first.word() || !first.capitalized()) {
			return -1;
		}
		boolean stop = t + 1 < doc.size() && doc.get(t + 1).is(".") && doc.get(t + 1).start() == first.end();
		if (ABBREVIATIONS.contains(first.lower()) && stop) {
			return t + 2; // "Calif."
		}
		if (DOTTED.matcher(first.text()).matches()) {
			return stop ? t + 2 : t + 1; // "N.Y."
		}
		if (STATES.contains(first.lower())) {
			return t + 1; // "Texas"
		}
		if (FIRST_OF_TWO.contains(first.lower()) && t + 1 < doc.size() && !doc.boundaryBefore(t + 1)
				&& doc.get(t + 1).capitalized() && SECOND_OF_TWO.contains(doc.get(t + 1).lower())) {
			return t + 2; // "New Jersey"
		}
		return -1;
	}

	/**
	 * "Calif., company", "Calif.-based", "Texas." at a sentence's end: the state closes
	 * the place. A number after it is a results table's score, and a word run on from it
	 * ("Texas Instruments") is a name.
	 */
	private static boolean closesPlace(DocumentTokens doc, int after) {
		if (after >= doc.size() || doc.boundaryBefore(after)) {
			return true;
		}
		Token last = doc.get(after - 1);
		if (last.end() < doc.text.length() && doc.text.charAt(last.end()) == '-') {
			return true; // "Calif.-based"
		}
		Token next = doc.get(after);
		if (next.is(",")) {
			return after + 1 >= doc.size() || doc.boundaryBefore(after + 1)
					|| !Character.isDigit(doc.get(after + 1).text().charAt(0));
		}
		return next.is(".") || next.is(";") || next.is(")");
	}

	private static boolean placeWordBefore(DocumentTokens doc, int start) {
		return start > 0 && !doc.boundaryBefore(start) && BEFORE_PLACE.contains(doc.get(start - 1).lower());
	}

}
