package app.quarry.corpus;

import org.jspecify.annotations.Nullable;

/** A document as stored in the database, with its full text. */
public record StoredDocument(String id, String title, @Nullable String published, @Nullable String publisher,
		@Nullable String author, String sha256, String text) {

}
