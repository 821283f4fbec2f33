package app.quarry.generation.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;
import app.quarry.corpus.Sentence;

/**
 * Finds counts and ordinals with what they count: "27 letters" (27, letter), "two
 * leaders", "his third visit" (3rd, visit), "the 70th anniversary". An ordinal standing
 * alone ("The letter is the fourth Kim has sent", "The first was delivered") takes its
 * unit from the sentence ("the letter is") or from the last ordinal before it. Numbers
 * that are parts of dates, years, times, decimals, money, identifiers, durations and ages
 * are not counts.
 */
public final class CountFinder implements FactFinder {

	private static final Pattern NUMBER = Pattern.compile("(?<![\\w.$€£,-])(?:(?<ord>(?i:" + NumberWords.ORDINAL_REGEX
			+ ")|\\d{1,4}(?:st|nd|rd|th))|(?<card>\\d{1,3}(?:,\\d{3})+|\\d{1,4}|(?i:" + NumberWords.CARDINAL_REGEX
			+ ")))(?![\\w%$]|[.,:]\\d|-\\w)");

	/**
	 * An ordinal names a thing only after a determiner: "his third visit", not "first
	 * met".
	 */
	private static final Pattern DETERMINER = Pattern
		.compile("(?:\\b(?:the|a|an|his|her|its|their|our|my|your|this|that)|[’']s)\\s+$");

	private static final Pattern WORD = Pattern.compile("\\G[ \\t]+([A-Za-z][A-Za-z’'-]*)");

	private static final Pattern SUBJECT_IS = Pattern
		.compile("\\b([a-z]+)\\s+(?:is|was|became|marks|marked|will be|would be)\\s+(?:the|his|her|its|their)\\s*$");

	private final DateFinder dates = new DateFinder();

	/** Number words that may begin a count or ordinal (besides digits). */
	private static final Set<String> TRIGGERS = triggers();

	@Override
	public List<CountFact> find(DocumentText document, ExtractionContext context) {
		return LastResult.of(this, document, context, () -> List.copyOf(counts(document, context)));
	}

	private static Set<String> triggers() {
		Set<String> words = new HashSet<>();
		for (String w : (NumberWords.CARDINAL_REGEX + "|" + NumberWords.ORDINAL_REGEX).split("[|()?:-]+")) {
			for (String part : w.split(" ")) {
				if (!part.isEmpty()) {
					words.add(part);
					words.add(Character.toUpperCase(part.charAt(0)) + part.substring(1));
				}
			}
		}
		return Set.copyOf(words);
	}

	private List<CountFact> counts(DocumentText document, ExtractionContext context) {
		String clean = document.cleanText();
		List<int[]> dateSpans = new ArrayList<>();
		for (Fact f : this.dates.find(document, context)) {
			dateSpans.add(new int[] { f.start(), f.end() });
		}
		List<CountFact> counts = new ArrayList<>();
		List<CountFact> ordinals = new ArrayList<>();
		Matcher m = NUMBER.matcher(clean).useTransparentBounds(true).useAnchoringBounds(false);
		List<Integer> starts = new ArrayList<>();
		WordStarts.forEach(clean, TRIGGERS, starts::add);
		int d = 0;
		for (int at : starts) {
			m.region(at, clean.length());
			if (!m.lookingAt()) {
				continue;
			}
			while (d < dateSpans.size() && dateSpans.get(d)[1] <= m.start()) {
				d++;
			}
			if (d < dateSpans.size() && dateSpans.get(d)[0] < m.end()) {
				continue;
			}
			String before = clean.substring(Math.max(0, m.start() - 8), m.start()).toLowerCase(Locale.ROOT);
			boolean ordinal = m.group("ord") != null;
			Long value = ordinal ? NumberWords.ordinal(m.group()) : NumberWords.cardinal(m.group());
			if (value == null || !ordinal && m.group().length() == 4 && value >= 1600 && value < 2100) {
				continue;
			}
			List<String> words = wordsAfter(clean, m.end());
			String unit = ordinal ? (DETERMINER.matcher(before).find() ? ordinalUnit(words) : null)
					: cardinalUnit(words, value, before);
			if (ordinal && unit == null && before.matches("(?s).*\\bthe\\s+")) {
				unit = contextUnit(document, clean, m.start(), value, ordinals);
			}
			if (unit == null) {
				continue;
			}
			CountFact fact = new CountFact(document.text().substring(m.start(), m.end()), m.start(), m.end(), value,
					ordinal, unit);
			counts.add(fact);
			if (ordinal) {
				ordinals.add(fact);
			}
		}
		return counts;
	}

	private static List<String> wordsAfter(String clean, int at) {
		List<String> words = new ArrayList<>(3);
		Matcher w = WORD.matcher(clean).region(at, Math.min(clean.length(), at + 80));
		while (words.size() < 3 && w.find()) {
			words.add(w.group(1));
		}
		return words;
	}

	/** "his third visit", "the 70th anniversary", "a second full summit". */
	private static String ordinalUnit(List<String> words) {
		for (int i = 0; i < words.size(); i++) {
			String w = words.get(i);
			if (!Character.isLowerCase(w.charAt(0)) || Nouns.FUNCTION_WORDS.contains(w) && !w.equals("time")) {
				return null;
			}
			if (i == words.size() - 1 || !Nouns.isModifier(w)) {
				return Nouns.TIME_UNITS.contains(w) ? w : Nouns.singular(clip(w));
			}
		}
		return null;
	}

	/** "27 letters", "two leaders", "one additional round". */
	private static String cardinalUnit(List<String> words, long value, String before) {
		if (value == 1 && before.matches("(?s).*\\b(?:no|any)\\s+")) {
			return null;
		}
		for (int i = 0; i < words.size(); i++) {
			String w = clip(words.get(i));
			if (!Character.isLowerCase(w.charAt(0)) || Nouns.FUNCTION_WORDS.contains(w) || w.equals("old")
					|| w.startsWith("year-old")) {
				return null;
			}
			if (Nouns.TIME_UNITS.contains(w)) {
				return null;
			}
			boolean noun = value == 1 ? !Nouns.isModifier(w) : Nouns.isPlural(w);
			if (noun) {
				return Nouns.singular(w);
			}
			if (!Nouns.isModifier(w)) {
				return null;
			}
		}
		return null;
	}

	/**
	 * The unit of an ordinal standing alone: from "the letter is the fourth", else from
	 * the ordinal just before it in the series ("the second letter ... The third was"),
	 * else from the last ordinal.
	 */
	private static String contextUnit(DocumentText document, String clean, int at, long value,
			List<CountFact> ordinals) {
		Sentence sentence = document.sentenceAt(at);
		if (sentence != null) {
			Matcher s = SUBJECT_IS.matcher(clean.substring(sentence.start(), at).toLowerCase(Locale.ROOT));
			if (s.find() && !Nouns.FUNCTION_WORDS.contains(s.group(1))) {
				return Nouns.singular(s.group(1));
			}
		}
		for (int i = ordinals.size() - 1; i >= 0 && at - ordinals.get(i).end() < 1000; i--) {
			if (ordinals.get(i).value() == value - 1) {
				return ordinals.get(i).unit();
			}
		}
		CountFact last = ordinals.isEmpty() ? null : ordinals.get(ordinals.size() - 1);
		return last != null && at - last.end() < 600 ? last.unit() : null;
	}

	private static String clip(String word) {
		String w = word.toLowerCase(Locale.ROOT);
		int apostrophe = w.indexOf('’') >= 0 ? w.indexOf('’') : w.indexOf('\'');
		return apostrophe > 0 ? w.substring(0, apostrophe) : w;
	}

}
