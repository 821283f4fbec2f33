package app.quarry.generation.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;

/**
 * A number matched in the text made a count candidate with what it counts, or left out
 * when it is part of something else: a year, a model's name, a number spoken in parts, a
 * range of amounts, a pronoun "one". Apart from {@link CountFinder}, which walks the
 * document and lets the counts found lend to each other.
 */
final class CountCandidates {

	/** " years ago": a number before it counts time, whatever name stands before it. */
	static final Pattern AGO_AFTER = Pattern.compile("\\s+(?:days?|weeks?|months?|years?|decades?)\\s+ago\\b");

	/** A scale without "a" or a number before it says no number. */
	private static final Set<String> BARE_SCALE = Set.of("hundred", "thousand", "dozen");

	/** "twenty four": tens written apart from their units. */
	private static final Pattern TENS_BEFORE = Pattern
		.compile("\\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\\s+$");

	/** "two hundred and": the first part of a number written out in words. */
	private static final Pattern HUNDRED_AND_BEFORE = Pattern.compile("\\bhundred\\s+and\\s+$");

	/**
	 * "a hundred thirty", "three thousand five hundred": a number spoken in parts without
	 * "and", each part of which would misstate it.
	 */
	private static final Pattern SCALE_BEFORE = Pattern.compile("\\b(?:hundred|thousand)\\s+$");

	private static final Pattern NUMBER_WORD_AFTER = Pattern.compile("\\s+(?i:" + NumberWords.CARDINAL_REGEX + ")\\b");

	/** " and thirty": the rest of a number written out in words. */
	private static final Pattern AND_NUMBER_AFTER = Pattern
		.compile("\\s+and\\s+(?i:" + NumberWords.CARDINAL_REGEX + ")\\b");

	private CountCandidates() {
	}

	/** The count the number {@code m} matched gives, or null when it is no count. */
	static CountCandidate candidate(DocumentText document, String clean, Matcher m, List<CountFact> ordinals,
			Set<String> models) {
		String before = clean.substring(Math.max(0, m.start() - 40), m.start());
		String lowerBefore = before.toLowerCase(Locale.ROOT);
		boolean ordinal = m.group("ord") != null;
		String scale = m.group("scale");
		Long base = ordinal ? NumberWords.ordinal(m.group("ord")) : scale == null
				? SpokenNumbers.cardinal(m.group("card")) : Long.valueOf(SpokenNumbers.scaled(m.group("card"), scale));
		Dozens.Told dozen = ordinal || scale != null ? null : Dozens.read(m.group("card"), " " + lowerBefore);
		if (base == null
				|| dozen == null && !ordinal && BARE_SCALE.contains(m.group("card").toLowerCase(Locale.ROOT))) {
			return null; // "several thousand", "two dozen": how many is not said
		}
		long value = dozen == null ? base : dozen.value();
		if (partOfSomethingElse(document, clean, m, before, value)) {
			return null;
		}
		int end = scale != null ? m.end("scale") : ordinal ? m.end("ord") : m.end("card");
		// "the No. 2 music retailer" ranks retailers as "the second" does
		boolean numberedRank = !ordinal && scale == null && NumberedRanks.ranks(before, m.group("card"));
		CountCandidate c = new CountCandidate(m.start() - (dozen == null ? 0 : dozen.back()), end, value,
				ordinal || numberedRank);
		c.upperBound = scale != null && !ordinal && RangesOfAmounts.endsScaledOne(before);
		c.scaled = scale != null && !"dozen".equalsIgnoreCase(scale); // "three dozen" is
																		// no money
		String hyphenUnit = m.group("hyphenUnit");
		if (hyphenUnit != null) {
			if (DebtTerms.namesDebt(clean, m.end())) {
				return null; // "the 30-year Treasury bond" names a bond
			}
			c.unit = hyphenUnit.toLowerCase(Locale.ROOT);
			return c;
		}
		String hyphenNoun = m.group("hyphenNoun");
		if (hyphenNoun != null) {
			return HyphenedNouns.read(c, clean, m, hyphenNoun, value) ? c : null;
		}
		return unitAfter(c, document, clean, m, before, ordinals, models, numberedRank);
	}

	/**
	 * Whether the number is part of something other than a count: a year, a name ("iPhone
	 * 4"), a number spoken in parts, one end of a range, a pronoun "one".
	 */
	private static boolean partOfSomethingElse(DocumentText document, String clean, Matcher m, String before,
			long value) {
		String lowerBefore = before.toLowerCase(Locale.ROOT);
		boolean ordinal = m.group("ord") != null;
		String scale = m.group("scale");
		if (!ordinal && scale == null && "one".equalsIgnoreCase(m.group("card"))
				&& NegatedOnes.negated(clean, m.start())) {
			return true; // "not one vote", "not seen one ship, of one fleet": none
		}
		if (!ordinal && scale == null && m.group("hyphenUnit") == null && m.group("card").length() == 4 && value >= 1600
				&& value < 2100 && !FourDigitCounts.counts(clean, m.start("card"), m.end("card"))) {
			return true; // a year
		}
		if (value < 0 || Character.isDigit(m.group().charAt(0)) && NumberNames.namesSomething(before)
				&& !AGO_AFTER.matcher(clean).region(m.end(), clean.length()).lookingAt()) {
			return true; // "iPhone 4", but "NATO 50 years ago" counts years
		}
		// the expressions on the words before end with a word or a dash, and are
		// searched only where the words before end with it: most numbers follow another
		if (!Character.isDigit(m.group().charAt(0)) && TENS_BEFORE.matcher(lowerBefore).find()) {
			return true; // "twenty four hours" without its hyphen: not a four
		}
		if (ElidedUnits.lastWord(lowerBefore).equals("and") && HUNDRED_AND_BEFORE.matcher(lowerBefore).find()
				|| "hundred".equalsIgnoreCase(scale)
						&& AND_NUMBER_AFTER.matcher(clean).region(m.end(), clean.length()).lookingAt()) {
			// "two hundred and thirty four": one number its parts would misstate
			return true;
		}
		if (!Character.isDigit(m.group().charAt(0)) && (SCALE_BEFORE.matcher(lowerBefore).find()
				|| scale != null && NUMBER_WORD_AFTER.matcher(clean).region(m.end(), clean.length()).lookingAt())) {
			return true; // "a hundred thirty staff" is no 30 staff, nor 100 of anything
		}
		if (!ordinal && scale == null && Character.isDigit(m.group().charAt(0))
				&& SpacedDashRanges.endsOne(clean, before, m.end("card"), value)) {
			return true; // "aged 6 – 9 years" is asked by its lower end
		}
		if (!ordinal && scale == null && PronounOnes.pronoun(clean, m.group("card"), m.end("card"))) {
			return true; // "one made up of volunteers" stands for one of those named
		}
		if (!ordinal && scale == null && PronounOnes.takenFromGroup(clean, m.group("card").toLowerCase(Locale.ROOT),
				sentenceStart(document, m.start()), m.start(), m.end("card"))) {
			return true; // "held two men and jailed one to 16 months": one of the men
		}
		if (!ordinal && scale == null && RangesOfAmounts.opensScaledOne(clean, m.end("card"))) {
			return true; // "between 2 and 3 million people": two million, not two people
		}
		if (RangesOfAmounts.endsOne(before)) {
			return true; // "1.5 to 2 years" measures, "US$300 to 350 million" is money
		}
		return false;
	}

	/**
	 * Reads what the candidate counts from the words after it, or null when they make it
	 * no count ("the Second Acme War", "not the first time").
	 */
	private static CountCandidate unitAfter(CountCandidate c, DocumentText document, String clean, Matcher m,
			String before, List<CountFact> ordinals, Set<String> models, boolean numberedRank) {
		boolean ordinal = m.group("ord") != null;
		String lowerBefore = ordinal ? QualifiedOrdinals.withoutIntensifier(before.toLowerCase(Locale.ROOT))
				: before.toLowerCase(Locale.ROOT);
		List<String> words = CountWords.wordsAfter(clean,
				MeasuredModifiers.skip(clean, QuotedModifiers.skip(clean, m.end()), ordinal));
		if (Character.isUpperCase(m.group().charAt(0)) && !NumberNames.opensSentence(before)
				&& NamedOrdinals.opensName(ordinal, words)) {
			return null; // "the One Day International", "the Second Acme War": a name
		}
		if (numberedRank) {
			c.unit = NumberedRanks.unit(words);
			return c.unit == null ? null : c;
		}
		if (ordinal && (NegatedOrdinals.negated(lowerBefore) || AlternativeOrdinals.upperGuess(before))) {
			// "not the first time" ranks nothing; "third or fourth" is the third
			return null;
		}
		if (ordinal) {
			return OrdinalUnits.read(c, document, clean, m, lowerBefore, words, ordinals, models) ? c : null;
		}
		CardinalUnits.read(c, clean, m, before, lowerBefore, words);
		StatedCounts.read(c, document, clean, before);
		CollectiveSizes.read(c, clean, before);
		if (!c.ofThem && !c.partOfNext) {
			AgeShapes.read(c, clean, m, before);
		}
		AgeShapes.ageAfterAged(c, clean, m, before);
		return c;
	}

	private static int sentenceStart(DocumentText document, int at) {
		var sentence = document.sentenceAt(at);
		return sentence == null ? Math.max(0, at - 200) : Math.min(sentence.start(), at);
	}

}
