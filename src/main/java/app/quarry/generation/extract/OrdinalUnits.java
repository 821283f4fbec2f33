package app.quarry.generation.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;
import app.quarry.corpus.Sentence;

/**
 * What an ordinal ranks: the noun after it ("his third visit", "a third US car maker"),
 * the model after it ("the first 787"), the subject it stands for ("The letter is the
 * fourth"), the ordinal before it in a series, or a place in a race or a ranking
 * ("finished third", "making them third, fourth and fifth").
 */
final class OrdinalUnits {

	private OrdinalUnits() {
	}

	/**
	 * An ordinal names a thing only after a determiner: "his third visit", not "first
	 * met"; a tie between them ranks it too ("the equal fifth fastest time").
	 */
	static final Pattern DETERMINER = Pattern.compile(
			"(?:\\b(?:the|a|an|his|her|its|their|our|my|your|this|that)|[’']s|s[’'])\\s+(?:(?:equal|joint)\\s+)?$");

	private static final String ORDINAL = "(?:" + NumberWords.ORDINAL_REGEX + "|\\d{1,4}(?:st|nd|rd|th))";

	/** ", " or " and ": what joins ordinals that rank the same noun. */
	private static final String JOIN = "(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)";

	/**
	 * "the 455th and ", "the first, second and ": ordinals joined after a determiner, the
	 * next of which ranks the same noun.
	 */
	static final Pattern JOINED_BEFORE = Pattern.compile("(?:\\b(?:the|a|an|his|her|its|their|our|my|your|this|that)"
			+ "|[’']s|s[’'])\\s+(?:" + ORDINAL + JOIN + ")+$");

	/** " and 456th", ", second and third": the ordinals joined after the first one. */
	static final Pattern JOINED_AFTER = Pattern.compile("(?i:" + JOIN + ORDINAL + ")+\\b");

	/** "Acme's", "Hartwell Bros.'s": a name owning what an ordinal ranks. */
	static final String OWNER_NAME = "(?:\\p{Lu}[\\p{L}.&-]*\\s+){0,2}\\p{Lu}[\\p{L}.&-]*[’']s";

	/** "Acme's ": a name owning an ordinal that stands alone. */
	static final Pattern OWNER_NAME_BEFORE = Pattern.compile(OWNER_NAME + "\\s+$");

	/**
	 * "The letter is the", "The dividend increase was Acme's": the subject an ordinal
	 * standing alone ranks.
	 */
	static final Pattern SUBJECT_IS = Pattern
		.compile("\\b([A-Za-z]+)\\s+(?i:is|was|became|marks|marked|will be|would be)"
				+ "\\s+(?:(?i:the|his|her|its|their)|" + OWNER_NAME + ")\\s*$");

	/** Phrases an ordinal begins without ranking anything. */
	static final Set<String> FIXED_PHRASES = Set.of("third party", "third parties", "third world", "first lady",
			"first aid", "first class", "first hand", "second hand", "first person", "third person", "second nature",
			"first name", "first names", "second thoughts", "second opinion", "first light", "first sight");

	/**
	 * The heads of the names of gatherings held again and again, which an ordinal before
	 * the name ranks: "the 22nd Westria Film Festival".
	 */
	static final Set<String> NAMED_GATHERINGS = Set.of("conference", "congress", "summit", "festival", "expo",
			"convention", "symposium", "forum", "exhibition", "fair", "games", "olympics", "championships", "marathon",
			"assembly");

	/**
	 * "the Second World War", "the First Intifada": the name of a period of history,
	 * which the reader knows by its name and does not count.
	 */
	static final Set<String> NAMED_ERAS = Set.of("intifada", "crusade", "reich", "world", "gulf", "temple", "coming",
			"awakening", "vatican");

	/**
	 * "a 5th grade boy", "a fourth grader": a year of school, not a rank among others.
	 */
	static final Set<String> SCHOOL_YEARS = Set.of("grade", "grades", "grader", "graders");

	/** "one of the first steps": among the earliest, not a rank. */
	static final Pattern ONE_OF_THE = Pattern.compile("\\b(?:one|some|many|any|several|among)\\s+of\\s+the\\s+$");

	static final Pattern THE_BEFORE = Pattern.compile("\\bthe\\s+$");

	/**
	 * "its second century": an owner's centuries are counted; "the 19th century" is a
	 * time of the calendar, a date.
	 */
	static final Pattern OWNER_BEFORE = Pattern.compile("(?:\\b(?:his|her|its|their|our|my|your)|[’']s|s[’'])\\s+$");

	/**
	 * Ordinal parts of a period ("the second half of this year") date it, not count it.
	 */
	static final Set<String> PERIOD_PARTS = Set.of("half", "quarter");

	/**
	 * "finished third", "came in second", "making them third, fourth and fifth", "came a
	 * close second", "was second", "started the race in second", "qualified fifth", "did
	 * come first in the ward": a placing in a race or a ranking; a bare "come first" also
	 * says what matters most ("safety must come first").
	 */
	static final Pattern PLACING_BEFORE = Pattern.compile(
			"\\b(?:finish(?:ed|es|ing)?|came|comes|coming|did\\s+come|rank(?:ed|s|ing)?|plac(?:ed|es|ing)|end(?:ed|s|ing)\\s+up"
					+ "|making\\s+(?:them|it|him|her|us)|mov(?:ed|es|ing)\\s+up\\s+to|was|were"
					+ "|start(?:ed|s|ing)?(?:\\s+(?:the|his|her|their)\\s+race)?|qualif(?:ied|ies|ying))\\s+(?:(?:in|from)\\s+)?"
					+ "(?:a\\s+[a-z]+\\s+)?$");

	/**
	 * What may follow a placing: the end of its clause, what it was among, or whom it ran
	 * for or trailed ("fourth for Ireland", "third behind Jane Roe"), or when ("fifth
	 * this season").
	 */
	static final Pattern PLACING_AFTER = Pattern
		.compile("\\s*(?:[.,;:)]|$|\\s(?:and|or|place|respectively|in|at|with|among|overall|out|for|behind)\\b"
				+ "|\\s(?:this|last|that)\\s+(?:time|season|year|week|weekend|month|round|term)\\b)");

	/**
	 * "second to Jane Roe": whom a placing trailed; not after "first", which "came first
	 * to Lisbon" uses for arriving.
	 */
	private static final Pattern TRAILED = Pattern.compile("\\s+to\\s+\\p{Lu}");

	/** "third, fourth and fifth": the next placing of a list. */
	static final Pattern PLACING_GAP = Pattern.compile("\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+");

	/**
	 * Reads what an ordinal ranks into the candidate: "his third visit", "the first 787",
	 * "finished third", "The letter is the fourth"; false when it ranks nothing ("the
	 * first four aircraft", "one of the first steps").
	 */
	static boolean read(CountCandidate c, DocumentText document, String clean, Matcher m, String lowerBefore,
			List<String> words, List<CountFact> ordinals, Set<String> models) {
		long value = c.value;
		if (words.size() > 1 && CountWords.clip(words.get(0)).equals("ever")) {
			words = words.subList(1, words.size()); // "the first ever co-pilot" ranks
													// co-pilots
		}
		if (FirstsInAWhile.firstInAWhile(m.group("ord"), lowerBefore, clean, m.end("ord"))) {
			return false; // "his first win since 2004" tells how long, not a rank
		}
		if (!words.isEmpty() && models.contains(words.get(0))) {
			// "rolls out first 787 Dreamliner": the first of a model, even in a
			// headline without its article
			c.unit = words.get(0);
			return true;
		}
		if (!words.isEmpty() && FIXED_PHRASES.contains(m.group("ord").toLowerCase(Locale.ROOT) + " "
				+ CountWords.clip(words.get(0)).replaceAll("\\W+$", ""))) {
			return false; // "a third party", "the first lady": a fixed phrase, no rank
		}
		if (!words.isEmpty() && Character.isUpperCase(m.group("ord").charAt(0))
				&& NAMED_ERAS.contains(CountWords.clip(words.get(0)).replaceAll("\\W+$", ""))) {
			return false; // "the First Intifada" names a time of history, no rank
		}
		if (!words.isEmpty() && PERIOD_PARTS.contains(CountWords.clip(words.get(0)).replaceAll("\\W+$", ""))) {
			return false; // "in the second half", "after the first quarter": a part of a
							// match or a year, which ranks nothing worth asking
		}
		if (!words.isEmpty() && SCHOOL_YEARS.contains(CountWords.clip(words.get(0)))) {
			return false; // "a 5th grade boy" is in his fifth year of school
		}
		if (!words.isEmpty() && CountWords.isNumberWord(words.get(0))) {
			return false; // "the first four aircraft" counts aircraft, not a first
		}
		if (OpeningParts.opening(m.group("ord"), lowerBefore, words)) {
			return false; // "on the first morning of the fair" opens it, ranking nothing
		}
		if (FirstOnesAwaited.awaited(m.group("ord"), lowerBefore, clean, m.end("ord"))) {
			return false; // "the first boat rescued" tells of the earliest one, not a
							// count
		}
		if (ONE_OF_THE.matcher(lowerBefore).find()) {
			return false; // "one of the first steps" ranks nothing
		}
		// "the 212th and 213th members": each ordinal of the pair ranks the noun after
		// the
		// last
		Matcher joined = JOINED_AFTER.matcher(clean).region(m.end(), clean.length());
		List<String> nounWords = joined.lookingAt() ? CountWords.wordsAfter(clean, joined.end()) : words;
		boolean ranks = DETERMINER.matcher(lowerBefore).find() || JOINED_BEFORE.matcher(lowerBefore).find()
				|| QualifiedOrdinals.qualified(m.group("ord"), lowerBefore) || HeadlineAnniversaries.anniversary(words)
				|| HeadlineOrdinals.afterVerb(clean, m.start("ord"));
		boolean title = Character.isUpperCase(m.group("ord").charAt(0));
		// "its 46th ward alderman" and "Westria 46th ward alderman", "on 7th minute": an
		// ordinal in digits before a noun ranks it, article or not
		boolean bare = !ranks && Character.isDigit(m.group("ord").charAt(0)) && !words.isEmpty()
				&& Character.isLowerCase(words.get(0).charAt(0)) && !AdverbialOrdinals.beforeVerb(words);
		c.unit = ranks || bare ? OrdinalNounHeads.unit(nounWords, title) : null;
		if (ranks && !title && nounWords == words && (c.unit == null || !NAMED_GATHERINGS.contains(c.unit))) {
			// "his fifth straight Northfield singles title", "a second housing bill": the
			// phrase's head, past modifiers the shorter reading stops at
			c.unit = NounPhraseHeads.singularUnit(clean, QuotedModifiers.skip(clean, m.end()), c.unit, words);
		}
		if (("century".equals(c.unit) || "millennium".equals(c.unit)) && !OWNER_BEFORE.matcher(lowerBefore).find()) {
			return false; // "a 20th century democrat" is dated; "its second century"
							// counts
		}
		if (nounWords == words && !JOINED_BEFORE.matcher(lowerBefore).find() && EarliestOnes.plural(words, c.unit)) {
			return false; // "the first astronauts" are the earliest ones, not one ranked
		}
		if (c.unit == null && THE_BEFORE.matcher(lowerBefore).find()) {
			c.unit = contextUnit(document, clean, m.start(), value, ordinals);
		}
		else if (c.unit == null
				&& OWNER_NAME_BEFORE.matcher(clean).region(Math.max(0, m.start() - 60), m.start()).find()) {
			c.unit = subjectUnit(document, clean, m.start()); // "The rise was Acme's
																// second"
		}
		if (c.unit == null) {
			c.unit = OwnedOrdinals.unit(document, clean, m.start(), m.end("ord"), ordinals); // "his
																								// fifth
																								// at"
		}
		boolean placeAfter = !words.isEmpty() && words.get(0).equals("place");
		if (c.unit == null && (placeAfter
				|| PLACING_BEFORE.matcher(lowerBefore).find()
						&& (PLACING_AFTER.matcher(clean).region(m.end("ord"), clean.length()).lookingAt()
								|| value > 1 && TRAILED.matcher(clean).region(m.end("ord"), clean.length()).lookingAt())
				|| RacePlacings.places(clean, m, lowerBefore, words))) {
			c.unit = "place"; // "finished third", "in second place"
		}
		return true;
	}

	/**
	 * The unit of an ordinal standing alone: from "the letter is the fourth", else from
	 * the ordinal just before it in the series ("the second letter ... The third was"),
	 * else from the last ordinal.
	 */
	static String contextUnit(DocumentText document, String clean, int at, long value, List<CountFact> ordinals) {
		String subject = subjectUnit(document, clean, at);
		if (subject != null) {
			return subject;
		}
		for (int i = ordinals.size() - 1; i >= 0 && at - ordinals.get(i).end() < 1000; i--) {
			if (ordinals.get(i).value() == value - 1) {
				return ordinals.get(i).unit();
			}
		}
		CountFact last = ordinals.isEmpty() ? null : ordinals.get(ordinals.size() - 1);
		return last != null && at - last.end() < 600 ? last.unit() : null;
	}

	/**
	 * The subject an ordinal standing alone ranks: "increase" of "The dividend increase
	 * was Acme's second"; "Mordechai was the first" ranks a person the sentence does not
	 * name a kind of.
	 */
	static String subjectUnit(DocumentText document, String clean, int at) {
		Sentence sentence = document.sentenceAt(at);
		if (sentence == null) {
			return null;
		}
		Matcher s = SUBJECT_IS.matcher(clean.substring(sentence.start(), at));
		String subject = s.find() ? s.group(1) : null;
		return subject != null && Character.isLowerCase(subject.charAt(0)) && !Nouns.FUNCTION_WORDS.contains(subject)
				? Nouns.singular(subject) : null;
	}

	/** "making them third, fourth and fifth": placings listed after the first one. */
	static void listedPlacings(String clean, List<CountCandidate> found) {
		for (int i = 1; i < found.size(); i++) {
			CountCandidate c = found.get(i);
			CountCandidate previous = found.get(i - 1);
			if (c.ordinal && c.unit == null && previous.ordinal && "place".equals(previous.unit)
					&& previous.end <= c.start
					&& PLACING_GAP.matcher(clean.substring(previous.end, c.start)).matches()) {
				c.unit = "place";
			}
		}
	}

}
