package app.quarry.generation.extract;

import java.time.LocalDate;

/**
 * What extraction knows about a document besides its text: its id and the reference date
 * relative expressions ("yesterday", "Sunday") are resolved against, or null when the
 * document gives none.
 */
public record ExtractionContext(String documentId, LocalDate referenceDate) {

}
