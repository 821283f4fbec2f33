package app.quarry.corpus;

/**
 * A document taken into the corpus: its id (the file name without extension), metadata
 * (published is ISO 8601 at the precision known, or null), its text exactly as read and
 * the SHA-256 of its bytes (lower-case hex).
 */
public record CorpusDocument(String id, String title, String published, String publisher, String author, String text,
		String sha256) {

}
