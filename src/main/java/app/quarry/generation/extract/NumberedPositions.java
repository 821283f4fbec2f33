package app.quarry.generation.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;
import app.quarry.corpus.Sentence;

/**
 * "on lap 22", "in round three", "at hole 17", "day five of the games", "game 7 of the
 * series": a point in a series written as its noun and then its number. The number places
 * the noun as an ordinal does ("the 22nd lap"), and it is what a report of a race or a
 * contest tells things by, so an ordinal of the events it places ("the second caution, on
 * lap 69") is only their order and not asked beside it.
 */
final class NumberedPositions {

	private static final String NUMBER = "(?i:[1-9]\\d{0,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
			+ "|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)";

	/**
	 * A series noun in lower case, or opening a sentence, then its number, then the end
	 * of a clause or a small word; not a range ("round 2-3"), a decimal, a time, or a
	 * number of the noun after it ("the first day 5 people were hurt"). A noun that an
	 * article or an ordinal already marks is told by that word, so the number after it is
	 * a count of its own ("on the day 12 of the crew fell ill").
	 */
	private static final Pattern POSITION = Pattern.compile("(?:(?<=[a-z0-9,;:]\\s)|(?<=^)|(?<=[.!?]\\s))"
			+ "(?<!(?<!\\p{L})(?i:the|a|an|that|this|each|every|one|first|second|third|next|last|same|final|whole"
			+ "|entire|previous|following)\\s)(?<noun>lap|Lap|round|Round|stage|Stage|hole|Hole|day|Day|leg|Leg|heat|Heat|game|Game|inning|Inning)\\s+(?<n>"
			+ NUMBER + ")\\b"
			+ "(?![-–/:.,]\\d)(?=\\s*(?:[.,;:)!?]|$)|\\s+(?:of|and|or|in|on|at|to|when|with|after|before|as|for|but"
			+ "|while|the|a|an|was|were|is|that|where|under|behind|until|than|from|by|due|because|during|following"
			+ "|into|over|against|so|then|has|had|would|will|led|saw|brought|ended|began|caused|left|gave)\\b)");

	/**
	 * The series nouns, at whose words alone the expression is tried: the look behind
	 * that opens it was tried at every character of every document.
	 */
	private static final Set<String> NOUNS = Set.of("lap", "Lap", "round", "Round", "stage", "Stage", "hole", "Hole",
			"day", "Day", "leg", "Leg", "heat", "Heat", "game", "Game", "inning", "Inning");

	/** The end of a clause: what an ordinal and a position must both lie within. */
	private static final Pattern CLAUSE_END = Pattern.compile("[;:]|\\s[–—]\\s");

	private NumberedPositions() {
	}

	/** The numbered positions told in a document's text. */
	static List<CountFact> find(DocumentText document, String clean) {
		List<CountFact> found = new ArrayList<>();
		Matcher m = POSITION.matcher(clean).useTransparentBounds(true).useAnchoringBounds(false);
		// the matches find() gives: each begins with its noun, and the next is looked for
		// after it
		int[] from = { 0 };
		WordStarts.forEach(clean, NOUNS, at -> {
			if (at < from[0] || Character.isDigit(clean.charAt(at)) || !m.region(at, clean.length()).lookingAt()) {
				return;
			}
			from[0] = m.end();
			Long value = SpokenNumbers.cardinal(m.group("n"));
			if (value != null && value >= 1) {
				found.add(new CountFact(document.text().substring(m.start("n"), m.end("n")), m.start("n"), m.end("n"),
						value, true, m.group("noun").toLowerCase(Locale.ROOT)));
			}
		});
		return found;
	}

	/**
	 * Adds the positions to {@code counts}, replacing what the number pattern made of the
	 * same number, and drops the word ordinals ("first", "second") of the clauses that
	 * tell a position: their events are told by the position.
	 */
	static void add(DocumentText document, String clean, List<CountFact> counts) {
		List<CountFact> positions = find(document, clean);
		for (CountFact position : positions) {
			counts.removeIf(c -> c.start() == position.start());
			counts.removeIf(c -> c.ordinal() && Character.isLetter(c.text().charAt(0))
					&& sameClause(document, clean, c.start(), position.start()));
			counts.add(position);
		}
	}

	private static boolean sameClause(DocumentText document, String clean, int a, int b) {
		Sentence sentence = document.sentenceAt(a);
		if (sentence == null || !sentence.equals(document.sentenceAt(b))) {
			return false;
		}
		return !CLAUSE_END.matcher(clean.substring(Math.min(a, b), Math.max(a, b))).find();
	}

}
