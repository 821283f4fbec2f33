package app.quarry.generation.extract;

import java.time.LocalDate;

/**
 * What extraction knows about a document besides its text: its id, the reference date
 * relative expressions ("yesterday", "Sunday") are resolved against (null when the
 * document gives none), and the published date as far as it is known ("2018-09", from the
 * corpus manifest; null when unknown), which still places "in June" in a year.
 */
public record ExtractionContext(String documentId, LocalDate referenceDate, String published) {

	public ExtractionContext(String documentId, LocalDate referenceDate) {
		this(documentId, referenceDate, null);
	}

}
