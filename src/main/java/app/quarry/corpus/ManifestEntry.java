package app.quarry.corpus;

/**
 * What the corpus manifest says of one document. {@code published} is ISO 8601 at the
 * precision known ("2018-09-10", "2018-09") or null; {@code note} says where the date
 * came from. Absent fields are null.
 */
public record ManifestEntry(String id, String file, String title, String kind, String publisher, String author,
		String published, String note) {

}
