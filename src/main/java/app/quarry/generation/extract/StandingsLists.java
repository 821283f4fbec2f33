package app.quarry.generation.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;
import app.quarry.corpus.Sentence;

/**
 * A standings list gives each name a bare number, items parted by semicolons: "Roe with
 * 512; Doe, 498; Poe, 471; and Loe, 455, round off the leading group." The numbers count
 * what the count just before the list counted ("led with 717 points"), as a table of
 * points, votes or medals written out as prose does.
 */
final class StandingsLists {

	private StandingsLists() {
	}

	/**
	 * One item: a name (with "Jr." or "Sr."), then a comma or "with", then its number,
	 * which ends the item.
	 */
	private static final Pattern ITEM = Pattern
		.compile("^\\s*(?:and\\s+)?\\p{Lu}[\\p{L}.’'-]*(?:\\s+\\p{Lu}[\\p{L}.’'-]*){0,3}"
				+ "(?:,\\s+(?:Jr|Sr)\\.?)?(?:,\\s+|\\s+with\\s+)(?<n>\\d[\\d,]*)(?=\\s*(?:[;,.]|$))");

	/** Three items at least make a list of standings, not a name and an age. */
	private static final int LEAST_ITEMS = 3;

	/** Gives the numbers of a standings list the unit of the count just before it. */
	static void standings(DocumentText document, String clean, List<CountCandidate> found) {
		for (Sentence sentence : document.sentences()) {
			int end = Math.min(sentence.end(), clean.length());
			if (sentence.start() >= end || clean.indexOf(';', sentence.start()) < 0
					|| clean.indexOf(';', sentence.start()) >= end) {
				continue;
			}
			List<Integer> numbers = new ArrayList<>();
			int itemStart = sentence.start();
			while (itemStart < end) {
				int semicolon = clean.indexOf(';', itemStart);
				int itemEnd = semicolon < 0 || semicolon > end ? end : semicolon;
				Matcher item = ITEM.matcher(clean).region(itemStart, itemEnd);
				if (item.lookingAt()) {
					numbers.add(item.start("n"));
				}
				itemStart = itemEnd + 1;
			}
			if (numbers.size() < LEAST_ITEMS) {
				continue;
			}
			String unit = unitBefore(document, found, numbers.get(0));
			if (unit == null) {
				continue;
			}
			for (CountCandidate c : found) {
				if (c.unit == null && !c.ordinal && numbers.contains(c.start)) {
					c.unit = unit; // "Doe, 666" after "led with 717 points"
				}
			}
		}
	}

	/**
	 * The unit of the last count before the list, in its sentence or the one before;
	 * lengths of time and ranks say no standing.
	 */
	private static String unitBefore(DocumentText document, List<CountCandidate> found, int at) {
		CountCandidate counted = ElidedUnits.countedBefore(document, found, at, 1);
		return counted == null ? null : counted.unit;
	}

}
