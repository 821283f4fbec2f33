package app.quarry.bank;

import org.jspecify.annotations.Nullable;

/**
 * A document of the corpus as the bank names it. {@code file} is the document's file name
 * inside the corpus folder, so the bank and the corpus can be checked against each other;
 * {@code published} is ISO 8601 (exact or partial) or null when unknown.
 */
public record BankDocument(String id, String file, String title, @Nullable String published, @Nullable String publisher,
		@Nullable String author, String sha256) {

}
