package app.quarry.corpus;

import org.jspecify.annotations.Nullable;

/**
 * A document as stored in the database, with its full text; {@code ownerId} is the
 * learner whose private document it is, null for the shared corpus.
 */
public record StoredDocument(String id, String title, @Nullable String published, @Nullable String publisher,
		@Nullable String author, String sha256, String text, @Nullable Long ownerId) {

	public StoredDocument(String id, String title, @Nullable String published, @Nullable String publisher,
			@Nullable String author, String sha256, String text) {
		this(id, title, published, publisher, author, sha256, text, null);
	}

	/** Whether this is a learner's private document. */
	public boolean isPrivate() {
		return this.ownerId != null;
	}

}
