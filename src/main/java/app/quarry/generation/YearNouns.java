package app.quarry.generation;

import java.util.Locale;
import java.util.regex.Pattern;
import java.util.Set;

/**
 * Nouns that a year before them dates rather than labels: "its 1967 debut", "the 1998
 * beating", "the 1987 level". Without them "the 1991 agreement" or "the 2011 version"
 * name a thing, and a quiz on the year would ask for a label.
 */
final class YearNouns {

	/** Nouns of events an owner's year dates: "its 1967 debut". */
	static final Set<String> EVENTS = Set.of("debut", "launch", "founding", "foundation", "release", "election",
			"visit", "arrival", "death", "birth", "marriage", "wedding", "merger", "acquisition", "introduction",
			"opening", "closure", "bankruptcy", "independence", "creation", "inception", "premiere", "takeover",
			"purchase", "sale", "victory", "defeat", "win", "retirement", "resignation", "appointment");

	/** Nouns of events any year may date: "the 1998 beating", "the 1968–69 tour". */
	static final Set<String> EVENT_NOUNS = Set.of("decision", "ruling", "judgment", "verdict", "trial", "beating",
			"killing", "murder", "attack", "war", "crisis", "season", "tour", "campaign", "earthquake", "flood",
			"storm", "hurricane", "fire", "riot", "protest", "strike", "invasion", "coup", "revolution", "massacre",
			"bombing", "shooting", "assassination", "crash", "disaster", "eruption", "uprising", "rebellion", "siege",
			"expedition", "voyage", "discovery", "olympics", "games", "championship", "championships", "cup",
			"tournament", "final", "team", "squad", "summit", "race", "races", "marathon", "marathons", "elections",
			"protests", "riots", "talks", "genocide", "famine", "scandal", "recession", "conflict", "offensive",
			"ceasefire", "truce", "blockade", "occupation", "standoff");

	/**
	 * The heads of the names of laws and pacts, which the year before the name dates:
	 * "the 1970 Clean Water Act", "the 1998 Good Friday Agreement". Written with a
	 * capital only: "the 1991 agreement" may name a thing.
	 */
	static final Set<String> NAMED_PACTS = Set.of("Act", "Agreement", "Accord", "Accords", "Treaty", "Convention",
			"Protocol", "Pact", "Declaration", "Charter", "Armistice");

	/**
	 * Nouns of one who won or took part in a contest, which the year before them dates:
	 * "the 1996 Olympic 400m champion", "the 2003 Booker winner", "a 1988 world cup
	 * finalist". The year is that of the contest.
	 */
	static final Set<String> TITLE_HOLDERS = Set.of("champion", "champions", "winner", "winners", "medallist",
			"medallists", "medalist", "medalists", "runner-up", "laureate", "finalist", "finalists", "titleholder");

	/**
	 * Nouns of a figure measured over a year: "the 1987 level", "his 1990 earnings
	 * projection", "the 1989 budget". The year is the period the figure is for; so it is
	 * of the span a report measures over ("in the 1988 period", "the 2003 quarter").
	 */
	private static final Set<String> MEASURES = Set.of("level", "levels", "figure", "figures", "total", "totals",
			"average", "pace", "rate", "projection", "projections", "forecast", "forecasts", "estimate", "estimates",
			"budget", "earnings", "sales", "revenue", "revenues", "profit", "profits", "results", "output",
			"production", "deficit", "surplus", "period", "periods", "quarter", "quarters");

	/** Words after a year that make it a subject or an adverb, not a noun's modifier. */
	private static final Set<String> VERB_LIKE = Set.of("saw", "sees", "brought", "brings", "marked", "marks", "proved",
			"proves", "became", "becomes", "could", "would", "should", "may", "might", "must", "can", "did", "does",
			"do", "been", "be", "being", "so", "too", "also", "as", "when", "then", "onwards", "onward", "alone",
			"only", "itself", "not", "ended", "ends", "began", "begins", "through", "after", "before", "since", "until",
			"levels");

	/** Words that end the noun phrase after a year: "the 1991 agreement on sales". */
	private static final Set<String> PHRASE_ENDS = Set.of("of", "on", "in", "at", "by", "for", "with", "to", "from",
			"and", "or", "but", "that", "which", "who", "was", "were", "is", "are", "has", "had", "have", "will");

	/**
	 * Nouns a year before them labels rather than dates: "the 2011 version" is a thing
	 * called so, whenever it was made.
	 */
	private static final Set<String> LABELS = Set.of("version", "versions", "edition", "editions", "model", "models",
			"vintage", "series", "issue", "class", "intake", "cohort", "draft");

	/**
	 * Measures a number before them counts: "the 1500 metres", "the 2000 points".
	 */
	private static final Set<String> UNITS = Set.of("m", "metres", "meters", "km", "kilometres", "kilometers", "miles",
			"yards", "feet", "ft", "hours", "hrs", "cc", "mph", "kg", "tonnes", "tons", "points", "pts");

	/** A verb that makes the year before it a subject: " was", " had been", " saw". */
	static final Pattern LINKING_VERB = Pattern
		.compile("\\s+(?:was|is|has\\s+been|had\\s+been|will\\s+be|would\\s+be|saw|proved|brought)\\b");

	private YearNouns() {
	}

	/**
	 * Whether the lower-case word after a year is a common noun that the year dates: "the
	 * 1991 settlement", "a 2003 bond deal", "the 1996 law". A label ("the 2011 version"),
	 * a measure ("the 1500 metres"), a plural of what may be counted ("the 1500 workers")
	 * or a verb or linking word ("that 2004 was") is not.
	 */
	static boolean datesACommonNoun(String after) {
		if (!after.startsWith(" ") || measured(after)) {
			return false;
		}
		String word = after.strip().split("[^\\p{L}-]+", 2)[0];
		String lower = word.toLowerCase(Locale.ROOT);
		if (word.isEmpty() || !Character.isLowerCase(word.charAt(0)) || LABELS.contains(lower) || UNITS.contains(lower)
				|| PHRASE_ENDS.contains(lower) || VERB_LIKE.contains(lower)) {
			return false;
		}
		// a plural may count ("the 1500 workers"); plurals of events are listed
		boolean plural = lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("is") && !lower.endsWith("us");
		return !plural || EVENT_NOUNS.contains(lower);
	}

	/**
	 * Whether the words after a year name a figure it measures, within three words:
	 * "level", "Anheuser earnings projection".
	 */
	static boolean measured(String after) {
		if (!after.startsWith(" ")) {
			return false;
		}
		String[] words = after.strip().split("[^\\p{L}-]+", 4);
		for (int i = 0; i < Math.min(3, words.length); i++) {
			String word = words[i].toLowerCase(Locale.ROOT);
			if (MEASURES.contains(word)) {
				return true;
			}
			if (PHRASE_ENDS.contains(word)) {
				return false;
			}
		}
		return false;
	}

}
