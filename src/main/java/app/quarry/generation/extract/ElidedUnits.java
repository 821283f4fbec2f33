package app.quarry.generation.extract;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;
import app.quarry.corpus.Sentence;

/**
 * Numbers whose noun was said before them and left out after: "bring its total shares
 * outstanding to 28.7 million", "the number of employees rose to 5,000", "Boeing has 800
 * orders. Launch customer ANA have ordered 55." News writing drops the noun once the
 * reader knows what is counted; the number still counts it.
 */
final class ElidedUnits {

	private ElidedUnits() {
	}

	private static final String BOUND = "(?:(?:about|around|nearly|almost|some|roughly|approximately|more\\s+than"
			+ "|over|only|just|another|an\\s+estimated)\\s+)?";

	/**
	 * "bring total shares outstanding to": a verb of change, its plural object, "to" and
	 * the number.
	 */
	static final Pattern CHANGED_TO = Pattern.compile("(?i)\\b(?:bring|brings|bringing|brought|raise|raises|raised"
			+ "|raising|increase|increases|increased|increasing|boost|boosts|boosted|boosting|lift|lifts|lifted"
			+ "|lifting|expand|expands|expanded|expanding|cut|cuts|cutting|reduce|reduces|reduced|reducing|trim"
			+ "|trims|trimmed|trimming)\\s+(?:[\\p{L}’'&.-]+\\s+){0,5}?(?-i:([a-z]+s))"
			+ "(?:\\s+(?:outstanding|in\\s+all|in\\s+total|overall|world-?wide))?\\s+to\\s+" + BOUND + "$");

	/**
	 * "the number of employees rose to", "the number of dead stood at": the noun named
	 * with "number of".
	 */
	static final Pattern NUMBER_OF = Pattern.compile(numberOf("to|at|is|was|reached|totaled|totalled|totals"));

	/**
	 * "the number of stocks that fell in price exceeded": the noun named with "number
	 * of", the number a bound it passed.
	 */
	static final Pattern NUMBER_OF_PASSED = Pattern
		.compile(numberOf("exceeded|exceeds|topped|tops|surpassed|surpasses|passed"));

	/**
	 * "increasing the board to": a verb of change and a body whose members the number
	 * counts.
	 */
	static final Pattern BODY_CHANGED_TO = Pattern.compile("(?i)\\b(?:bring|brings|bringing|brought|raise|raises"
			+ "|raised|raising|increase|increases|increased|increasing|expand|expands|expanded|expanding|enlarge"
			+ "|enlarges|enlarged|enlarging|cut|cuts|cutting|reduce|reduces|reduced|reducing|shrink|shrinks|shrank"
			+ "|shrinking)\\s+(?:the|its|their|his|her)\\s+(?:[a-z]+\\s+)?(?:board|staff|work\\s?force|team|panel"
			+ "|committee|council|cabinet|jury|squad|roster|membership)\\s+to\\s+" + BOUND + "$");

	/**
	 * "the number of employees on the payroll rose to": the noun, up to twelve words of
	 * what is said of it, one of the verbs and the number.
	 */
	private static String numberOf(String verbs) {
		return "(?i)\\bnumber\\s+of\\s+(?:[\\p{L}-]+\\s+){0,2}?(?-i:([a-z]+s))\\s+(?:[\\p{L}’'-]+\\s+){0,12}?(?:"
				+ verbs + ")\\s+" + BOUND + "$";
	}

	/** "ANA have ordered": a verb whose object is the bare number that follows. */
	static final Pattern TAKES_OBJECT = Pattern.compile("\\b(?:have|has|had)\\s+(?:also\\s+|now\\s+|already\\s+)?"
			+ "(?!aged\\b|numbered\\b|totaled\\b|totalled\\b|scored\\b|finished\\b|ranked\\b)([a-z]+ed)\\s+" + BOUND
			+ "$");

	/**
	 * "Of those killed, ", "Of them, ", "The remaining ": words that point back to the
	 * things counted before, so the bare number after them counts them.
	 */
	static final Pattern OF_THOSE = Pattern
		.compile("(?:(?:^|[.;:]\\s+)\\s*Of\\s+(?:those|these|them)(?:\\s+[a-z]+(?:ed|en))?\\s*,"
				+ "|\\b[Tt]he\\s+(?:remaining|other))\\s*$");

	/**
	 * "has twelve hundred students but would take": a second clause of the sentence whose
	 * verb takes the bare number as the same kind of thing.
	 */
	static final Pattern BUT_WOULD_TAKE = Pattern.compile("\\b(?:but|and|yet)\\s+(?:would|could|can|will|might|may"
			+ "|should|wants?\\s+to|hopes?\\s+to|plans?\\s+to)\\s+(?:only\\s+|easily\\s+)?(?:take|hold|seat|accept|admit"
			+ "|house|serve|carry|employ|have|need|enrol|enroll|add|hire)\\s+" + BOUND + "$");

	/**
	 * The bare number ends its clause or a condition follows: "would take 3,500 if ...".
	 */
	static final Pattern CLAUSE_OR_CONDITION_END = Pattern
		.compile("\\s*(?:[.;!?,]|\\s(?:if|once|when|by|next|within)\\b|$)");

	/** The bare number ends its clause: "have ordered 55." */
	static final Pattern CLAUSE_END = Pattern.compile("\\s*(?:[.;!?]|,\\s+(?:and|but|while|with)\\b|$)");

	/** " percent": the number is a share or a level. */
	static final Pattern SHARE_AFTER = Pattern
		.compile("\\s*(?:%|percent\\b|per\\s+cent\\b|percentage\\b|points?\\b|basis\\b)");

	/** Nothing more is said of the number: "to 22, but", "to 22." */
	static final Pattern NUMBER_ENDS = Pattern.compile("\\s*(?:[.,;:!?)]|$)");

	/** Plural nouns that are amounts or rates, whose bare numbers are money or levels. */
	static final Set<String> AMOUNTS = Set.of("prices", "rates", "costs", "sales", "earnings", "profits", "revenues",
			"returns", "yields", "taxes", "fees", "wages", "salaries", "payments", "dividends", "holdings", "assets",
			"losses", "expenses", "levels", "stakes", "reserves", "funds", "savings", "bonus", "tariffs", "duties",
			"interests", "spending", "limits", "estimates", "forecasts", "targets", "ratings", "points", "odds");

	/**
	 * " forecast by economists", " analysts had expected": the number others foresaw, set
	 * against the count the story gives ("added 358,000 jobs, above the 235,000 forecast
	 * by economists"), counts what that count counts.
	 */
	static final Pattern FORESEEN_AFTER = Pattern.compile("\\s+(?:(?:forecast|expected|predicted|projected|"
			+ "anticipated|estimated)\\s+by\\b|(?:that\\s+)?(?:most\\s+|many\\s+)?(?:analysts|economists|forecasters"
			+ "|experts|traders)\\s+(?:had\\s+)?(?:forecast|expected|predicted|projected|anticipated|estimated)\\b)");

	/** Those whose foresight a number may be told as. */
	static final Set<String> FORECASTERS = Set.of("analyst", "economist", "forecaster", "expert", "trader");

	/**
	 * "500 idle farms and ... a further 40,000.", "hired 300 nurses and will hire another
	 * 200,": a number added to one told before in the sentence, its noun left out.
	 */
	static final Pattern FURTHER_BEFORE = Pattern
		.compile("(?i)\\b(?:a\\s+further|another|an\\s+additional|a\\s+further\\s+estimated)\\s+(?:(?:about|around"
				+ "|nearly|almost|some|roughly|approximately|more\\s+than|over|only|just)\\s+)?$");

	/** "above the ", "than the ": the article of a number set against another. */
	static final Pattern THE_BEFORE = Pattern.compile("\\b(?:the|an?)\\s+" + BOUND + "$");

	/** How far back a number left bare may look for what was counted. */
	private static final int SENTENCES_BACK = 2;

	static void elided(DocumentText document, String clean, List<CountCandidate> found) {
		for (int i = 0; i < found.size(); i++) {
			CountCandidate c = found.get(i);
			if (c.unit != null && FORECASTERS.contains(c.unit)
					&& FORESEEN_AFTER.matcher(clean).region(c.end, clean.length()).lookingAt()) {
				c.unit = null; // "the 20,000 analysts had expected" counts no analysts
			}
			if (c.unit != null || c.ordinal || c.upperBound) {
				continue;
			}
			Sentence sentence = document.sentenceAt(c.start);
			if (sentence == null || SHARE_AFTER.matcher(clean).region(c.end, clean.length()).lookingAt()) {
				continue; // "rose to 40 percent of the total" is a share, not a count
			}
			String before = clean.substring(Math.max(sentence.start(), c.start - 120), c.start);
			String noun = namedBefore(before);
			if (noun != null) {
				c.unit = Nouns.singular(noun);
				continue;
			}
			Matcher passed = NUMBER_OF_PASSED.matcher(before);
			if (before.contains("umber of") && passed.find() && Nouns.isPlural(passed.group(1))
					&& !AMOUNTS.contains(passed.group(1))) {
				c.unit = Nouns.singular(passed.group(1)); // "the number of stocks ...
															// exceeded 1,000"
				continue;
			}
			if (BODY_CHANGED_TO.matcher(before).find()
					&& NUMBER_ENDS.matcher(clean).region(c.end, clean.length()).lookingAt()) {
				c.unit = "member"; // "increasing the board to 22, but"
				continue;
			}
			if (BUT_WOULD_TAKE.matcher(before).find()
					&& CLAUSE_OR_CONDITION_END.matcher(clean).region(c.end, clean.length()).lookingAt()) {
				CountCandidate counted = countedBefore(document, found, c.start, SENTENCES_BACK);
				if (counted != null && counted.start >= sentence.start()) {
					c.unit = counted.unit; // "twelve hundred students but would take
											// thirty-five hundred if"
				}
				continue;
			}
			if (THE_BEFORE.matcher(before).find()
					&& FORESEEN_AFTER.matcher(clean).region(c.end, clean.length()).lookingAt()) {
				CountCandidate counted = countedBefore(document, found, c.start, SENTENCES_BACK);
				if (counted != null && counted.start >= sentence.start()) {
					c.unit = counted.unit; // "added 358,000 jobs, above the 235,000
											// forecast"
				}
				continue;
			}
			if (FURTHER_BEFORE.matcher(before).find()
					&& CLAUSE_OR_CONDITION_END.matcher(clean).region(c.end, clean.length()).lookingAt()) {
				CountCandidate counted = countedBefore(document, found, c.start, SENTENCES_BACK);
				if (counted != null && counted.start >= sentence.start()) {
					c.unit = counted.unit; // "500 idle farms ... a further 40,000."
				}
				continue;
			}
			boolean ofThose = OF_THOSE.matcher(before).find();
			if (ofThose || !c.scaled && TAKES_OBJECT.matcher(before).find()
					&& CLAUSE_END.matcher(clean).region(c.end, clean.length()).lookingAt()) {
				CountCandidate counted = countedBefore(document, found, c.start, SENTENCES_BACK);
				if (counted != null) {
					c.unit = counted.unit;
				}
			}
		}
	}

	/**
	 * The words that may stand last before a number whose noun was said before it: "to"
	 * and the verbs of {@link #NUMBER_OF}, or a word of {@link #BOUND}.
	 */
	private static final Set<String> LAST_WORDS = Set.of("to", "at", "is", "was", "reached", "totaled", "totalled",
			"totals", "about", "around", "nearly", "almost", "some", "roughly", "approximately", "than", "over", "only",
			"just", "another", "estimated");

	/** The plural noun a bare number was said to stand for, or null. */
	private static String namedBefore(String before) {
		// both expressions end with one of a few words: most numbers follow another,
		// and the expressions need not be searched for through their forty words
		if (!LAST_WORDS.contains(lastWord(before))) {
			return null;
		}
		for (Pattern p : List.of(CHANGED_TO, NUMBER_OF)) {
			Matcher m = p.matcher(before);
			if (m.find() && !AMOUNTS.contains(m.group(1)) && Nouns.isPlural(m.group(1))
					&& !Nouns.FUNCTION_WORDS.contains(m.group(1))) {
				return m.group(1);
			}
		}
		return null;
	}

	/** The last word before the blanks that end a text, in lower case ("" if none). */
	static String lastWord(String text) {
		int end = text.length();
		while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '\u0085')) {
			end--;
		}
		int start = end;
		while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
			start--;
		}
		return text.substring(start, end).toLowerCase(Locale.ROOT);
	}

	/**
	 * The last count of things before {@code at}, in its sentence or the
	 * {@code sentencesBack} before it; the upper end of a range passes to its lower one,
	 * which has the same noun. The counts are in the order of the text.
	 */
	static CountCandidate countedBefore(DocumentText document, List<CountCandidate> found, int at, int sentencesBack) {
		Sentence sentence = document.sentenceAt(at);
		if (sentence == null) {
			return null;
		}
		List<Sentence> sentences = document.sentences();
		// found by its start, not by comparing it with every sentence before it
		int index = Collections.binarySearch(sentences, sentence, Comparator.comparingInt(Sentence::start));
		int from = sentences.get(Math.max(0, index - sentencesBack)).start();
		int k = found.size() - 1;
		while (k >= 0 && found.get(k).start >= at) {
			k--;
		}
		for (; k >= 0 && found.get(k).start >= from; k--) {
			CountCandidate p = found.get(k);
			if (p.countsThings() && !p.upperBound) {
				return p;
			}
		}
		return null;
	}

}
