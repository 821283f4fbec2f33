package app.quarry.generation.extract;

import java.util.List;

import app.quarry.corpus.DocumentText;

/**
 * Counts whose shapes the number pattern does not read: a single unit ("a minute", "an
 * extra year"), a suffixed million ("£5m"), an age group ("the over-60s"), a chart place
 * ("number nine") and a unit symbol ("20 km"). Each is found by its own reader; a place
 * or a symbol replaces whatever the number pattern made of the same number.
 */
final class CountsReadApart {

	private CountsReadApart() {
	}

	/** Adds to {@code counts} the counts of a document found by the separate readers. */
	static void add(DocumentText document, String clean, List<CountFact> counts) {
		counts.addAll(SingleUnitCounts.find(document, clean));
		counts.addAll(ExtraLengths.find(document, clean));
		counts.addAll(MillionsBySuffix.find(document, clean));
		counts.addAll(AgeGroups.find(document, clean));
		counts.addAll(GroupWordCounts.find(document, clean));
		for (CountFact place : ChartPlaces.find(document, clean)) {
			// "fell to number nine": a place, whatever else the number was read as
			counts.removeIf(c -> c.start() == place.start());
			counts.add(place);
		}
		NumberedPositions.add(document, clean, counts);
		for (CountFact symbol : UnitSymbols.find(document, clean)) {
			// "a 20 km walk": the symbol, not a word after it, is what the number counts
			counts.removeIf(c -> c.start() == symbol.start());
			counts.add(symbol);
		}
	}

}
