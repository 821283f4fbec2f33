package app.quarry.generation.extract;

import java.util.List;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;
import app.quarry.corpus.Sentence;

/**
 * Bare numbers of people told by what befell them: "At least 74, including eight
 * Americans, were killed", "at least seven were reported dead", "six people were killed
 * and at least 58 injured", "killed 200 people and wounded over 5,000", "the number
 * injured topped 2,200". A toll leaves out "people" once the reader knows who is counted;
 * the number still counts people.
 */
final class CasualtyCounts {

	private CasualtyCounts() {
	}

	/**
	 * What befalls people in a toll; headlines tell it in the present ("Two die in
	 * fire"), though not "die-hard".
	 */
	private static final String BEFELL = "killed|dead|died|die(?!-)|injured|wounded|hurt|missing|arrested|detained|evacuated"
			+ "|rescued|drowned|hospitali[sz]ed";

	/** The verbs of a toll that take the people as their object: "wounded over". */
	private static final String BEFALLING = "kill(?:ed|ing|s)?|injur(?:ed|ing|es)|wound(?:ed|ing|s)?|hurt(?:ing|s)?"
			+ "|arrest(?:ed|ing|s)?|detain(?:ed|ing|s)?|evacuat(?:ed|ing|es)|rescu(?:ed|ing|es)";

	/** "at least", "more than", "over": a bound between the verb and the number. */
	private static final String BOUND = "(?:(?:at\\s+least|more\\s+than|more\\s+then|fewer\\s+than|less\\s+than|over"
			+ "|nearly|almost|about|around|some|roughly|approximately|up\\s+to|another|an\\s+estimated|all)\\s+)?";

	/**
	 * After the number: ", including eight Americans," and "were reported dead",
	 * "injured", "have been arrested".
	 */
	private static final Pattern BEFELL_AFTER = Pattern
		.compile("(?:\\s*,\\s+(?:including|among\\s+them)\\s+[^,.;]{1,60},)?\\s+(?:(?:were|was|are|is|have\\s+been"
				+ "|has\\s+been|had\\s+been|had|have|has)\\s+)?(?:(?:also|reportedly|reported|confirmed|believed"
				+ "|feared|said\\s+to\\s+be|now|later|seriously|critically|slightly|badly)\\s+){0,2}(?:" + BEFELL
				+ ")\\b");

	/**
	 * After the number, a part of a toll: "at least nine of the dead", "four of the
	 * injured". The nouns are adjectives standing for people, so no reader of nouns
	 * counts them.
	 */
	private static final Pattern PART_OF_TOLL = Pattern
		.compile("\\s+of\\s+the\\s+(?:dead|injured|wounded|missing|deceased|dying|living|survivors|casualties"
				+ "|fatalities)\\b");

	/**
	 * Before the number: "and wounded over", "killing", "the number injured topped", "the
	 * death toll rose to", "the death toll could have been over", "the number of injured
	 * rose from at least 12 to".
	 */
	private static final Pattern BEFALLING_BEFORE = Pattern.compile("(?i)(?:\\b(?:" + BEFALLING + ")\\s+" + BOUND
			+ "|\\bnumber\\s+(?:of\\s+)?(?:people\\s+)?(?:" + BEFELL + ")\\s+(?:[a-z]+\\s+){0,6}?(?:topped|exceeded"
			+ "|passed|surpassed|reached|stood\\s+at|rose\\s+to|climbed\\s+to|was|is|to|at)\\s+" + BOUND
			+ "|\\bdeath\\s+toll\\s+(?:[a-z]+\\s+){0,3}?(?:topped|exceeded|passed|reached|stood\\s+at|rose\\s+to"
			+ "|climbed\\s+to|was|is|to|at|of|be|been)\\s+" + BOUND + ")$");

	/**
	 * The number ends its clause: "wounded over 5,000." or "killed 12, including"; "or
	 * more" may bound it first, and "aboard" says where they were ("killing all six
	 * aboard").
	 */
	private static final Pattern CLAUSE_END = Pattern.compile("(?:\\s+or\\s+more)?(?:\\s+aboard)?"
			+ "\\s*(?:[.;:!?)]|,|\\s(?:and|but|while|in|on|at|during|when|after|since|as)\\b|$)");

	/** "no one", "any one", "every one": not a number of people. */
	private static final Pattern NONE_BEFORE = Pattern.compile("(?i)\\b(?:no|any|every|some|not)\\s+$");

	/** Gives a bare number told as a toll the unit "person". */
	static void tolls(DocumentText document, String clean, List<CountCandidate> found) {
		for (CountCandidate c : found) {
			if (c.alreadyRead()) {
				continue;
			}
			Sentence sentence = document.sentenceAt(c.start);
			if (sentence == null) {
				continue;
			}
			int end = Math.min(sentence.end(), clean.length());
			boolean after = BEFELL_AFTER.matcher(clean).region(c.end, end).lookingAt()
					|| PART_OF_TOLL.matcher(clean).region(c.end, end).lookingAt();
			String before = clean.substring(Math.max(sentence.start(), c.start - 80), c.start);
			if (NONE_BEFORE.matcher(before).find()) {
				continue; // "No one was hurt" tells of nobody
			}
			if (after || BEFALLING_BEFORE.matcher(before).find()
					&& CLAUSE_END.matcher(clean).region(c.end, end).lookingAt()) {
				c.unit = "person";
			}
		}
	}

}
