package app.quarry.generation.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;

/**
 * "37cm short", "500km of wiring", "a 20kg bag": a whole number with the symbol of a unit
 * of length or weight, glued to it or spaced, counts that unit as its written name would
 * ("500 kilometres"). Only symbols that name one unit whatever the text are read: "m" may
 * be metres or millions and "in" is a word. A decimal ("1.5km") is a measure, not a
 * count, a rate ("60 km/h") measures speed, and "the 4km champion" names a race. Sizes of
 * memory ("512MB", "8GB") are a product's specification, not counted things. A figure
 * standing alone ("ran 5km.", "(8,000km)") says of what only by its place, so a word must
 * follow it, or its conversion in brackets ("crashed 900km (560 miles) north").
 */
final class UnitSymbols {

	/** Each symbol, lower-cased, and the unit it stands for. */
	private static final Map<String, String> UNITS = Map.of("mm", "millimetre", "cm", "centimetre", "km", "kilometre",
			"kg", "kilogram");

	private static final Pattern SYMBOL = Pattern
		.compile("(?<![\\w.$€£#,/-])(?<n>\\d{1,3}(?:,\\d{3})+|\\d{1,6})(?:\\s?)"
				+ "(?<u>mm|cm|km|kg)(?![\\w/-]|\\.\\w|\\s*(?:/|per\\b|an?\\s+hour\\b|ps\\b))(?=\\s+(?:\\p{L}|\\(\\d))");

	/** The symbols' matches, tried only at digits (see SparseMatches). */
	private static final SparseMatches SYMBOL_AT = SparseMatches.beginningWith(SYMBOL, "0123456789");

	/** A currency just before the number makes it money, whatever follows. */
	private static final Pattern CURRENCY_BEFORE = Pattern.compile("(?:[$€£#]|\\b(?:US|A|C)\\$)\\s*$");

	private UnitSymbols() {
	}

	/** The counts written with a unit's symbol in a document's text. */
	static List<CountFact> find(DocumentText document, String clean) {
		List<CountFact> found = new ArrayList<>();
		Matcher m = SYMBOL_AT.matcher(clean);
		for (int from = 0; SYMBOL_AT.find(m, clean, from); from = m.end()) {
			if (CURRENCY_BEFORE.matcher(clean.substring(Math.max(0, m.start() - 4), m.start())).find()) {
				continue;
			}
			List<String> next = CountWords.wordsAfter(clean, m.end());
			if (!next.isEmpty() && RaceDistances.ofARace(next.get(0))) {
				continue; // "the 4km champion"
			}
			long value = Long.parseLong(m.group("n").replace(",", ""));
			if (value < 1) {
				continue;
			}
			found.add(new CountFact(document.text().substring(m.start(), m.end("n")), m.start(), m.end("n"), value,
					false, UNITS.get(m.group("u").toLowerCase(Locale.ROOT))));
		}
		return found;
	}

	/** The unit a symbol stands for ("GB" → "gigabyte"), or null. */
	static String unit(String symbol) {
		return UNITS.get(symbol.toLowerCase(Locale.ROOT));
	}

}
