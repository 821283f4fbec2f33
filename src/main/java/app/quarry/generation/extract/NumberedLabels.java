package app.quarry.generation.extract;

import java.util.Set;

/**
 * Words whose number labels one of a series: "Section 21", "Article 10", "Flight 370",
 * "Gate 12". Unlike a product's model number ("Boeing 787", later "the 787"), such a
 * number is never used alone for the thing it labels, so the same digits elsewhere in the
 * text still count or give an age.
 */
final class NumberedLabels {

	private static final Set<String> LABELS = Set.of("Section", "Article", "Chapter", "Clause", "Paragraph",
			"Amendment", "Resolution", "Rule", "Act", "Route", "Highway", "Interstate", "Flight", "Bus", "Room", "Gate",
			"Platform", "Terminal", "Page", "Row", "Ward", "District", "Precinct", "Block", "Floor", "Pier", "Berth",
			"Cell", "Lane", "Street", "Avenue", "Road");

	private NumberedLabels() {
	}

	/** Whether the capitalised word before a number labels one of a series with it. */
	static boolean labels(String word) {
		return LABELS.contains(word);
	}

}
