package app.quarry.generation;

import app.quarry.bank.BankQuestion;
import app.quarry.bank.QuestionFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A date that owns an event: "this year's election", "Sunday's vote", "Wednesday's
 * close", or a figure: "last year's $2.3 billion", "this year's sales". It says when the
 * event takes place, yet a question rewritten around it would read as a label, and a
 * blank that left its "'s" behind would dangle; the cloze blanks the date with its
 * possessive ("to compete in _____ election").
 */
final class PossessiveDates {

	/**
	 * Nouns of events news dates by their day or year, beyond those any year may date.
	 */
	private static final Set<String> NEWS_EVENTS = Set.of("vote", "ballot", "poll", "referendum", "meeting", "talks",
			"ceremony", "speech", "hearing", "rally", "march", "parade", "funeral", "vigil", "raid", "explosion",
			"blast", "accident", "collision", "derailment", "outbreak", "kidnapping", "hijacking", "arrest", "ambush",
			"offensive", "clash", "clashes", "crackdown", "incident", "quake", "announcement", "landslide",
			// a yearly gathering, and what each year's edition of one has: "next year's
			// contest is to be held in ...", "this year's theme was ..."
			"competition", "contest", "festival", "conference", "convention", "exhibition", "fair", "carnival",
			"edition", "theme", "motto", "host", "hosts", "winner", "winners",
			// a yearly event of the land: "last year's harvest was poor"
			"harvest");

	/**
	 * A figure a date owns: "last year's $2.3 billion", "last year's fully diluted $3.27
	 * a share", "this year's 8% rise": the period the figure was measured over.
	 */
	private static final Pattern OWNED_FIGURE = Pattern
		.compile("(?:\\p{Ll}+(?:ly|ed)[\\s-]+){0,2}(?:[$€£]\\s?\\d|\\d)");

	/** Punctuation that ends the noun phrase after the possessive. */
	private static final Pattern PHRASE_END = Pattern.compile("[,.;:!?()\"“”]");

	/** Words that end the noun phrase after the possessive or begin a clause. */
	private static final Set<String> PHRASE_WORDS = Set.of("of", "on", "in", "at", "by", "for", "with", "to", "from",
			"about", "over", "and", "or", "but", "that", "which", "who", "when", "where", "as", "than", "the", "a",
			"an", "is", "are", "was", "were", "be", "been", "has", "had", "have", "will", "would", "could", "should",
			"may", "might", "can", "must", "did", "does", "do", "not", "only", "also", "so", "too", "still", "it",
			"its", "their", "his", "her");

	private PossessiveDates() {
	}

	/** A weekday and the days next to today, which date whatever they own. */
	private static final Pattern DAY = Pattern.compile(
			"(?i)(?:(?:last|this|next|past)\\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|tomorrow)");

	/**
	 * Whether the date is a possessive that dates what it owns: a day's ("Wednesday's
	 * close", "yesterday's vote"), or any date's event, after a name or two ("this year's
	 * election"); "this year's model" names a thing.
	 */
	static boolean ownsAnEvent(String sentence, FactSite site) {
		String after = sentence.substring(site.to());
		if (!after.startsWith("'s ") && !after.startsWith("’s ")) {
			return false;
		}
		if (DAY.matcher(site.fact().text().strip()).matches() || OWNED_FIGURE.matcher(after.substring(3)).lookingAt()
				|| YearNouns.measured(after.substring(2))) {
			return true;
		}
		// the noun phrase ends at a stop, a comma or a bracket
		String phrase = PHRASE_END.split(after.substring(3), 2)[0];
		String[] words = phrase.split("[^\\p{L}-]+", 5);
		boolean named = false;
		for (int i = 0; i < Math.min(4, words.length); i++) {
			String noun = words[i].toLowerCase(Locale.ROOT);
			String singular = noun.endsWith("s") && !noun.endsWith("ss") ? noun.substring(0, noun.length() - 1) : noun;
			if (isEvent(noun) || isEvent(singular)) {
				// a name of three words or more before it is the event's own name
				// ("this year's Acme World Trade Fair"), which may well be dated by
				// its day elsewhere
				return i < 3 || !named;
			}
			named |= !words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0));
			// a name ("this year's Acme Fair") or a modifier ("this year's fiercely
			// contested local election") may stand before the event's noun; a word that
			// ends the phrase may not
			if (words[i].isEmpty() || Character.isLowerCase(words[i].charAt(0)) && !modifier(noun)) {
				return false;
			}
		}
		return false;
	}

	/**
	 * A word that may stand between the possessive and the event's noun: a modifier
	 * ("fiercely contested local"), not a verb or a word that ends the noun phrase.
	 */
	private static boolean modifier(String word) {
		return !PHRASE_WORDS.contains(word);
	}

	private static boolean isEvent(String noun) {
		return YearNouns.EVENTS.contains(noun) || YearNouns.EVENT_NOUNS.contains(noun) || NEWS_EVENTS.contains(noun);
	}

	/** The cloze that blanks the date and its "'s" together. */
	static BankQuestion cloze(FactSite site, DateValue date) {
		String sentence = site.text();
		String owned = sentence.substring(site.from(), site.to() + 2);
		String blanked = Statement
			.withoutCredit((sentence.substring(0, site.from()) + "_____" + sentence.substring(site.to() + 2)).strip());
		String written = Statement.plain(owned);
		List<String> accepted = Stream
			.concat(Stream.of(written, Statement.plain(site.fact().text())), date.accepted().stream())
			.distinct()
			.toList();
		return site.question(QuestionFormat.CLOZE, "Fill in the date: " + blanked, written, date.iso(), accepted,
				List.of(), null);
	}

}
