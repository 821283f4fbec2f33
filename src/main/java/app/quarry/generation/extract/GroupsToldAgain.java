package app.quarry.generation.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.corpus.Sentence;

/**
 * A group counted once and then called by its number alone: "Police arrested three men.
 * ... The three walked free", "All three are students", "None of the twelve had seen a
 * doctor". The number is the subject of its clause, and it counts what the last count of
 * that same number a few sentences before counted; with no such count the words are left
 * alone, as "the two" may be anything.
 */
public final class GroupsToldAgain implements LeftoverFinder {

	/** How many sentences back the group's first count may stand. */
	private static final int SENTENCES_BACK = 5;

	/**
	 * "the three", "all three", "all of the twelve", "none of the five", "each of the
	 * four", then a verb that makes the number the clause's subject.
	 */
	private static final Pattern GROUP = Pattern.compile("\\b(?:[Tt]he|[Aa]ll(?:\\s+(?:of\\s+)?the)?|(?:[Nn]one|[Ee]ach"
			+ "|[Bb]oth|[Mm]ost|[Ss]ome|[Oo]ne|[Tt]wo)\\s+of\\s+the)\\s+(\\d{1,3}(?:,\\d{3}){0,3}|[a-z]+)"
			+ "\\s+(?=(?:were|was|are|is|have|had|has|will|would|could|remain|remained|died|survived|walked|left"
			+ "|returned|appeared|pleaded|denied|faced|lived|worked|escaped|refused|agreed|arrived|fled|went|came"
			+ "|met|said|told|spent)\\b)");

	/**
	 * The groups' matches, tried only at words that may open one: at every character the
	 * alternation cost a fiftieth of the whole generation.
	 */
	private static final SparseMatches GROUP_AT = SparseMatches.beginningWith(GROUP, "TtAaNnEeBbMmSsOo").atWordStarts();

	@Override
	public List<CountFact> find(DocumentAnalysis analysis, List<Fact> found) {
		List<CountFact> facts = new ArrayList<>();
		String text = analysis.document().text();
		List<Sentence> sentences = analysis.document().sentences();
		boolean[] countedBefore = countedBefore(found, sentences);
		for (int s = 1; s < sentences.size(); s++) {
			if (!countedBefore[s]) {
				continue; // no group counted a few sentences before: the number counts
							// none
			}
			Sentence sentence = sentences.get(s);
			String said = sentence.text();
			Matcher m = GROUP_AT.matcher(said);
			for (int at = 0; GROUP_AT.find(m, said, at); at = m.end()) {
				String number = m.group(1);
				Long value = Character.isDigit(number.charAt(0)) ? Long.valueOf(number.replace(",", ""))
						: NumberWords.cardinal(number.toLowerCase(Locale.ROOT));
				int start = sentence.start() + m.start(1);
				int end = sentence.start() + m.end(1);
				if (value == null || value < 2 || taken(found, start, end)) {
					continue;
				}
				int from = sentences.get(Math.max(0, s - SENTENCES_BACK)).start();
				CountFact first = lastCountOf(found, value, from, sentence.start());
				if (first != null) {
					facts.add(new CountFact(text.substring(start, end), start, end, value, false, first.unit()));
				}
			}
		}
		return facts;
	}

	/**
	 * Per sentence: whether a count that {@link #lastCountOf} may give for some value
	 * stands in the sentences a group in it may look back on. A sentence without one is
	 * not searched for a group at all.
	 */
	private static boolean[] countedBefore(List<Fact> found, List<Sentence> sentences) {
		boolean[] counted = new boolean[sentences.size()];
		for (Fact fact : found) {
			if (!(fact instanceof CountFact count) || count.value() < 2 || !tellsAGroup(count)) {
				continue;
			}
			for (int s = firstStartingFrom(sentences, count.end()); s < sentences.size()
					&& sentences.get(Math.max(0, s - SENTENCES_BACK)).start() <= count.start(); s++) {
				counted[s] = true;
			}
		}
		return counted;
	}

	/** The first sentence that starts at {@code offset} or after it. */
	private static int firstStartingFrom(List<Sentence> sentences, int offset) {
		int low = 0;
		int high = sentences.size();
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (sentences.get(mid).start() < offset) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

	/** Whether a count counts people or things a group may be told again by. */
	private static boolean tellsAGroup(CountFact count) {
		return count.unit() != null && !count.unit().isBlank() && !count.ordinal() && !count.countsTime();
	}

	/** The last count of people or things with the value, found between the offsets. */
	private static CountFact lastCountOf(List<Fact> found, long value, int from, int before) {
		CountFact last = null;
		for (Fact fact : found) {
			if (fact instanceof CountFact count && count.value() == value && count.start() >= from
					&& count.end() <= before && tellsAGroup(count)) {
				last = last == null || count.start() > last.start() ? count : last;
			}
		}
		return last;
	}

	private static boolean taken(List<Fact> found, int start, int end) {
		return found.stream().anyMatch(fact -> fact.start() < end && fact.end() > start);
	}

}
