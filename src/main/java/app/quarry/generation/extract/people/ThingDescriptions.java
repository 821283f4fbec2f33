package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * The words of a description set off beside a named thing ("a wide-body freighter that
 * can lift 90 tonnes", "Tellco's upcoming new design"): where the phrase starts and ends,
 * which words may stand in it, and whether its head names a kind of thing rather than a
 * person, a place or nothing at all.
 */
final class ThingDescriptions {

	static final Set<String> INDEFINITE = NameLexicon.words("a", "an");

	static final Set<String> OWNER_PRONOUNS = NameLexicon.words("its", "their");

	static final Set<String> RELATIVES = NameLexicon.words("that", "which");

	/** Words a description from its article to its head never holds. */
	private static final Set<String> NOT_MODIFIERS = NameLexicon.words("and", "or", "but", "this", "that", "these",
			"those", "his", "her", "he", "she", "they", "we", "i", "you", "it", "there", "here", "who", "what", "when",
			"where", "why", "how", "not", "no", "also", "as", "than", "then", "so");

	/** Nouns for places: "the capital, Arvena," is asked as a place. */
	private static final Set<String> PLACE_HEADS = NameLexicon.words("capital", "city", "town", "village", "country",
			"nation", "state", "province", "region", "island", "port", "district", "county", "area", "home", "hometown",
			"headquarters", "border", "neighbour", "neighbor", "birthplace", "venue", "location", "destination", "hub",
			"base", "stadium", "arena", "airport", "station");

	/**
	 * Heads that say what a thing is to its text, not what kind of thing it is: "the
	 * reason, X," or "the result, X," would make a question of nothing.
	 */
	private static final Set<String> EMPTY_HEADS = NameLexicon.words("one", "reason", "result", "case", "problem",
			"answer", "question", "idea", "point", "thing", "way", "time", "year", "day", "week", "month", "side",
			"part", "rest", "other", "others", "same", "first", "last", "latter", "former", "end", "name", "word",
			"example", "news", "story", "report", "statement", "decision", "deal", "move", "plan", "issue");

	/** Nouns for people that the role words leave out. */
	private static final Set<String> PERSON_HEADS = NameLexicon.words("member", "head", "founder", "co-founder",
			"employee", "worker", "fan", "supporter", "veteran", "partner", "student", "graduate", "volunteer", "coach",
			"friend", "native", "resident", "citizen", "owner", "customer", "buyer", "seller", "victim", "survivor",
			"winner", "loser", "candidate", "nominee", "successor", "predecessor");

	private static final int MAX_DESCRIPTION_TOKENS = 10;

	private ThingDescriptions() {
	}

	/**
	 * The token after the description that starts at {@code from}: its words run to a
	 * comma, a full stop, a dash, a relative pronoun or the sentence's end; -1 when it
	 * holds a verb or runs too long.
	 */
	static int descriptionEnd(DocumentTokens doc, int from) {
		int end = from;
		while (end < doc.size() && !doc.boundaryBefore(end) && end - from <= MAX_DESCRIPTION_TOKENS) {
			Token token = doc.get(end);
			if (RELATIVES.contains(token.lower()) || !modifier(token) && !CoordinateAdjectives.joins(doc, from, end)) {
				break;
			}
			end++;
		}
		boolean closedHere = end >= doc.size() || doc.boundaryBefore(end) || RELATIVES.contains(doc.get(end).lower())
				|| ",.;:-".contains(doc.get(end).text()) || doc.get(end).is("(");
		return closedHere && end > from && end - from <= MAX_DESCRIPTION_TOKENS ? end : -1;
	}

	/**
	 * The first token of the description that ends at {@code comma}: "the" or "its", or
	 * an owner's name with its possessive; -1 when none opens a phrase of modifiers.
	 */
	static int descriptionStart(DocumentTokens doc, int comma) {
		for (int t = comma - 1; t >= 0 && comma - t <= MAX_DESCRIPTION_TOKENS + 1; t--) {
			Token token = doc.get(t);
			String lower = token.lower();
			if (lower.equals("the") || OWNER_PRONOUNS.contains(lower)) {
				return t < comma - 1 ? t : -1;
			}
			if (NameFinder.isPossessiveMark(token) && t > 0 && doc.get(t - 1).capitalized() && !doc.boundaryBefore(t)) {
				int owner = t - 1;
				while (owner > 0 && t - owner < ThingNames.MAX_NAME_TOKENS && doc.get(owner - 1).capitalized()
						&& !doc.boundaryBefore(owner) && !doc.get(owner - 1).lower().equals("the")) {
					owner--;
				}
				return t + 1 < comma ? owner : -1; // "Tellco's upcoming new design"
			}
			if (NameFinder.isPossessiveMark(token)) {
				continue; // "the world's largest": the owner is a common noun
			}
			if (!modifier(token) || doc.boundaryBefore(t)) {
				return -1;
			}
		}
		return -1;
	}

	/** A word that may stand in a noun phrase between its article and its head. */
	static boolean modifier(Token token) {
		String lower = token.lower();
		if (token.is("-") || NameFinder.isPossessiveMark(token)) {
			return true;
		}
		boolean abbreviation = token.capitalized() && lower.endsWith(".") && lower.length() <= 5;
		return (token.word() || abbreviation || ThingNames.digit(token.text())) && !NOT_MODIFIERS.contains(lower)
				&& !OrganisationFinder.VERBS.contains(lower) && !SpeechVerbs.isSpeechVerb(lower)
				&& !NameLexicon.PREPOSITIONS.contains(lower) && !lower.equals("the") && !INDEFINITE.contains(lower);
	}

	/**
	 * The last word of the description names a kind of thing: lower case, singular, and
	 * no noun for a person, an organisation or a place.
	 */
	static boolean thingHead(DocumentTokens doc, int from, int end) {
		if (end <= from) {
			return false;
		}
		Token head = doc.get(end - 1);
		String lower = head.lower();
		boolean plural = lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is");
		// a head that is itself a name ("their popular Zphone") says which thing, not
		// what
		// kind
		boolean lowerCase = lower.equals(head.text());
		// "a many-towered, fortress-like hotel": a compound adjective ends the phrase
		// only where a list of modifiers goes on after the comma
		boolean adjective = lower.indexOf('-') > 0 && (lower.endsWith("ed") || lower.endsWith("like"));
		return head.word() && lowerCase && !adjective && !plural && NamedThings.thingOrAgent(lower)
				&& !PLACE_HEADS.contains(lower) && !EMPTY_HEADS.contains(lower) && !PERSON_HEADS.contains(lower);
	}

}
