package app.quarry.generation.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.corpus.Sentence;

/**
 * The last reader of counts: a number standing for its noun as the subject of a clause,
 * the noun counted just before ("The pair were among eight arrested; six were released",
 * "received 400 submissions. Of these approximately 75 were approved", "283 passengers
 * and 15 crew were aboard, all 298 in total perished", "12 were freed, with 5 still in
 * hospital"). The number counts what the count before it in the same or the previous
 * sentence counted; with no count before it, or one of time, it is left alone.
 */
public final class CountsWithNounLeftOut implements LeftoverFinder {

	private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d{1,6}|[A-Za-z]+(?:-[a-z]+)?)";

	/**
	 * A clause's opening (sentence start, a comma, a semicolon, "and", "while", "of
	 * these"), a hedge, the number, and a verb that makes it the subject.
	 */
	private static final Pattern SUBJECT_NUMBER = Pattern.compile("(?:^|[,;:]\\s+|\\b(?:and|while|but|with|[Oo]f\\s+"
			+ "(?:these|those|them|whom|which))\\s+)(?:(?:all|about|approximately|around|some|nearly|almost|only|"
			+ "just|another|the\\s+other|at\\s+least)\\s+)?" + NUMBER + "\\s+(?:in\\s+total\\s+)?"
			+ "(?=(?:were|was|are|is|have|had|has|will|would|could|remain|remained|died|perished|[a-z]+ed|[a-z]{3,}ing"
			+ "|still\\s+(?:in|at|on|missing|unaccounted|trapped|held|being|alive|under|awaiting))\\b"
			+ "|(?:in|from)\\s+(?:the\\s+)?\\p{Lu}[a-z]+(?:\\s+\\p{Lu}[a-z]+)*\\s*(?:[,;.]|and\\b|$)"
			+ "|(?<=(?i:\\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty|hundred|thousand"
			+ "|million|dozen)\\s)(?<past>[a-z]{3,})\\b)");

	/**
	 * A name, then "with" and a number that ends its clause: "followed by Eastmark with
	 * 1.1 million and Norland with 900,000" counts for each name what was counted before.
	 */
	private static final Pattern NAME_WITH_NUMBER = Pattern.compile("\\p{Lu}[\\p{L}.’'-]*\\s+with\\s+(?:(?:about|around"
			+ "|some|nearly|almost|just|only|over|more\\s+than|at\\s+least)\\s+)?(\\d{1,3}(?:\\.\\d{1,2})?\\s+(?:million"
			+ "|billion)|\\d{1,3}(?:,\\d{3})+|\\d{1,6})(?=\\s*(?:[,;]|\\.(?!\\d)|and\\b|$))");

	/**
	 * A digit or a piece of a number's word: a sentence with neither holds no number, and
	 * is not searched with the costlier pattern, which tries a clause at every word.
	 */
	private static final Pattern ANY_NUMBER = Pattern.compile("[0-9]|\\b(?:one|two|three|four|five|six|seven|eight"
			+ "|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty"
			+ "|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen)\\b", Pattern.CASE_INSENSITIVE);

	/**
	 * A number tried only at a digit, or where a word begins with a letter a number's
	 * word may begin with: tried at every character of every sentence after a count,
	 * these expressions cost a fiftieth of the generation.
	 */
	private static final SparseMatches ANY_NUMBER_AT = SparseMatches.beginningWith(ANY_NUMBER, "0123456789")
		.orWordsBeginningWith("oOtTfFsSeEnNhHmMdD");

	/**
	 * A clause's subject tried only at the punctuation or the word that may open the
	 * clause; the sentence's start ("^") is tried first by {@link #subjectNumber}.
	 */
	private static final SparseMatches SUBJECT_NUMBER_AT = SparseMatches.beginningWith(SUBJECT_NUMBER, ",;:")
		.orWordsBeginningWith("awbOo");

	@Override
	public List<CountFact> find(DocumentAnalysis analysis, List<Fact> found) {
		List<CountFact> facts = new ArrayList<>();
		String text = analysis.document().text();
		List<Sentence> sentences = analysis.document().sentences();
		boolean[] counted = countedSentences(found, sentences);
		for (int s = 0; s < sentences.size(); s++) {
			if (!counted[s] && (s == 0 || !counted[s - 1])) {
				continue; // no count before to lend a noun: the pattern need not be tried
			}
			Sentence sentence = sentences.get(s);
			String said = sentence.text();
			if (!ANY_NUMBER_AT.find(ANY_NUMBER_AT.matcher(said), said, 0)) {
				continue;
			}
			// a name with a number has "with" between them
			Matcher named = NAME_WITH_NUMBER.matcher(said.contains("with") ? said : "");
			while (named.find()) {
				int start = sentence.start() + named.start(1);
				int end = sentence.start() + named.end(1);
				Long value = scaledValue(named.group(1));
				CountFact before = countBefore(found, sentence.start(), start);
				if (value != null && value >= 2 && !takenWithAUnit(found, start, end) && before != null
						&& !before.countsTime() && before.unit() != null && !before.ordinal()) {
					facts.add(new CountFact(text.substring(start, end), start, end, value, false, before.unit()));
				}
			}
			Matcher m = SUBJECT_NUMBER_AT.matcher(said);
			for (int from = 0; subjectNumber(m, said, from); from = m.end()) {
				Long value = valueOf(m.group(1));
				int start = sentence.start() + m.start(1);
				int end = sentence.start() + m.end(1);
				// any other word after the number makes it the subject only when it is a
				// verb in the past: "Seven struck the coast", not "Seven hundred"
				if (m.group("past") != null && !Tense.isPastForm(m.group("past"))) {
					continue;
				}
				if (value == null || value < 2 || value >= 1900 && value <= 2100 || taken(found, start, end)) {
					continue;
				}
				CountFact before = countBefore(found, s > 0 ? sentences.get(s - 1).start() : sentence.start(), start);
				if (before != null && !before.countsTime() && before.unit() != null && !before.ordinal()) {
					facts.add(new CountFact(text.substring(start, end), start, end, value, false, before.unit()));
				}
			}
		}
		return facts;
	}

	/**
	 * Finds the next number that is a clause's subject from {@code from} on, as
	 * {@link Matcher#find()} would: at the sentence's start ("^"), then where punctuation
	 * or an opening word may begin a clause.
	 */
	private static boolean subjectNumber(Matcher m, String said, int from) {
		if (from == 0 && m.region(0, said.length()).lookingAt()) {
			return true;
		}
		return SUBJECT_NUMBER_AT.find(m, said, from);
	}

	/** Per sentence: whether a count was found in it. */
	private static boolean[] countedSentences(List<Fact> found, List<Sentence> sentences) {
		boolean[] counted = new boolean[sentences.size()];
		for (Fact fact : found) {
			if (!(fact instanceof CountFact)) {
				continue;
			}
			int low = 0;
			int high = sentences.size() - 1;
			while (low <= high) {
				int mid = (low + high) >>> 1;
				Sentence sentence = sentences.get(mid);
				if (fact.start() < sentence.start()) {
					high = mid - 1;
				}
				else if (fact.start() >= sentence.end()) {
					low = mid + 1;
				}
				else {
					counted[mid] = true;
					break;
				}
			}
		}
		return counted;
	}

	/** "900,000", "1.1 million". */
	private static Long scaledValue(String number) {
		String[] parts = number.split("\\s+");
		return parts.length == 1 ? Long.parseLong(number.replace(",", "")) : SpokenNumbers.scaled(parts[0], parts[1]);
	}

	private static Long valueOf(String number) {
		if (Character.isDigit(number.charAt(0))) {
			return Long.parseLong(number.replace(",", ""));
		}
		return NumberWords.cardinal(number.toLowerCase());
	}

	/**
	 * Whether a fact found at the span says what it is; a bare count found there does
	 * not.
	 */
	private static boolean takenWithAUnit(List<Fact> found, int start, int end) {
		return found.stream()
			.anyMatch(fact -> fact.start() < end && fact.end() > start
					&& !(fact instanceof CountFact count && (count.unit() == null || count.unit().isBlank())));
	}

	private static boolean taken(List<Fact> found, int start, int end) {
		return found.stream().anyMatch(fact -> fact.start() < end && fact.end() > start);
	}

	/** The last count found between {@code from} and {@code before}. */
	private static CountFact countBefore(List<Fact> found, int from, int before) {
		CountFact last = null;
		for (Fact fact : found) {
			if (fact instanceof CountFact count && count.start() >= from && count.end() <= before) {
				last = last == null || count.start() > last.start() ? count : last;
			}
		}
		return last;
	}

}
