package app.quarry.generation.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;
import app.quarry.corpus.Sentence;

/**
 * The year a story with no date line is written in, when one of its sentences sets a
 * written year beside "next year" or "this year" in one list of figures: "growth of 4.4%
 * in 2004, but 3.3% next year" is told in 2004, as next year follows it; "4.0% this year
 * and 2.1% in 2005" is told in 2004, as this year comes just before it. A list of figures
 * names its periods in a row, so the year beside the relative one is the one before or
 * after it. The story's "this year", "next year" and "last year" then have their years.
 * Every such list the story gives must agree on the year; a year beside "last year", or
 * one put after "this year" ("3% in 2003 and 4% this year" may skip a year), fixes none.
 */
final class ContrastedYears {

	/**
	 * A period in a list of figures: a written year after "in", or this or next year (not
	 * "next year's", which owns a thing).
	 */
	private static final Pattern PERIOD = Pattern
		.compile("\\bin\\s+(?<y>(?:19|20)\\d\\d)\\b(?![-–/]\\d|['’]s|\\s*(?:%|percent|per\\s+cent)|[.,]\\d)"
				+ "|\\b(?<rel>this|next)\\s+year\\b(?!['’])");

	/** The periods' matches, tried only where "in", "this" or "next" may begin. */
	private static final SparseMatches PERIOD_AT = SparseMatches.beginningWith(PERIOD, "itn").atWordStarts();

	/**
	 * A figure that ends just before its period, with at most a few words between: "4.4%
	 * in 2004", "3.3% next year", "£12m this year", "2.8% in 2005".
	 */
	private static final Pattern FIGURE_BEFORE = Pattern
		.compile("\\d(?:[\\d,.]*\\d)?\\s*(?:%|per\\s*cent\\b|percent\\b|bn\\b|m\\b|billion\\b|million\\b)"
				+ "(?:\\s+(?!(?:in|this|next|last)\\b)\\p{Ll}+){0,3}\\s+$");

	/** What may stand between two periods of one list: no clause of another kind. */
	private static final Pattern BREAK = Pattern.compile("[;:\"“”()]|\\bsaid\\b|\\bwhile\\b|\\bwhereas\\b");

	/** A year written with its digits. */
	private static final Pattern WRITTEN_YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");

	/** How far apart two periods of one list may stand. */
	private static final int MAX_GAP = 90;

	private ContrastedYears() {
	}

	/** The year the story is told in, by the lists of figures it gives, or null. */
	static Integer of(DocumentText doc) {
		String clean = doc.cleanText();
		Integer found = null;
		for (Sentence sentence : doc.sentences()) {
			String text = clean.substring(sentence.start(), sentence.end());
			List<Integer> years = yearsTold(text);
			for (Integer year : years) {
				if (found != null && !found.equals(year)) {
					// lists that disagree: the story may quote others' years
					return null;
				}
				found = year;
			}
		}
		return found;
	}

	/**
	 * Whether a relative year within {@code from} and {@code to} of a sentence may take
	 * the year the story is told in: in a sentence that writes no year of its own, or as
	 * a period of one of its lists of figures. Beside a written year outside such a list
	 * ("hit by the shock this year, growth would return in 2005") the relative one is
	 * left to that sentence's own telling.
	 */
	static boolean mayPlace(String sentence, int from, int to) {
		if (!WRITTEN_YEAR.matcher(sentence).find()) {
			return true;
		}
		List<int[]> listed = new ArrayList<>();
		pairs(sentence, new ArrayList<>(), listed);
		return listed.stream().anyMatch(p -> p[0] < to && p[1] > from);
	}

	/** The years the lists of figures in one sentence say it is told in. */
	private static List<Integer> yearsTold(String text) {
		List<Integer> years = new ArrayList<>();
		pairs(text, years, new ArrayList<>());
		return years;
	}

	/**
	 * Reads the lists of figures of a sentence: the years they say it is told in, and
	 * where their relative periods stand.
	 */
	private static void pairs(String text, List<Integer> years, List<int[]> relatives) {
		if (!text.contains("year")) {
			// every list pairs a period with this or next year
			return;
		}
		Matcher m = PERIOD_AT.matcher(text);
		int lastStart = -1;
		int lastEnd = -1;
		String last = null;
		for (int from = 0; PERIOD_AT.find(m, text, from); from = m.end()) {
			boolean figured = FIGURE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find();
			String current = m.group("y") != null ? m.group("y") : m.group("rel");
			if (figured && last != null && m.start() - lastEnd <= MAX_GAP
					&& !BREAK.matcher(text.substring(lastEnd, m.start())).find()) {
				Integer year = pair(last, current);
				if (year != null) {
					years.add(year);
					relatives.add(m.group("rel") != null ? new int[] { m.start(), m.end() }
							: new int[] { lastStart, lastEnd });
				}
			}
			last = figured ? current : null;
			lastStart = m.start();
			lastEnd = m.end();
		}
	}

	/**
	 * The year a story is told in by two periods next to each other in a list: a written
	 * year before "next year" is that year; "this year" before a written year is the one
	 * before it.
	 */
	private static Integer pair(String first, String second) {
		boolean firstWritten = Character.isDigit(first.charAt(0));
		boolean secondWritten = Character.isDigit(second.charAt(0));
		if (firstWritten && second.equals("next")) {
			return Integer.valueOf(first);
		}
		if (first.equals("this") && secondWritten) {
			return Integer.parseInt(second) - 1;
		}
		return null;
	}

}
