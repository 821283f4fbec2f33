package app.quarry.generation;

import java.util.Locale;
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
			"tournament", "final", "team", "squad", "summit");

	/**
	 * Nouns of a figure measured over a year: "the 1987 level", "his 1990 earnings
	 * projection", "the 1989 budget". The year is the period the figure is for; so it is
	 * of the span a report measures over ("in the 1988 period", "the 2003 quarter").
	 */
	private static final Set<String> MEASURES = Set.of("level", "levels", "figure", "figures", "total", "totals",
			"average", "pace", "rate", "projection", "projections", "forecast", "forecasts", "estimate", "estimates",
			"budget", "earnings", "sales", "revenue", "revenues", "profit", "profits", "results", "output",
			"production", "deficit", "surplus", "period", "periods", "quarter", "quarters");

	/** Words that end the noun phrase after a year: "the 1991 agreement on sales". */
	private static final Set<String> PHRASE_ENDS = Set.of("of", "on", "in", "at", "by", "for", "with", "to", "from",
			"and", "or", "but", "that", "which", "who", "was", "were", "is", "are", "has", "had", "have", "will");

	private YearNouns() {
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
