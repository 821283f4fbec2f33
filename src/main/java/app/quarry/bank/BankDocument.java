package app.quarry.bank;

import org.jspecify.annotations.Nullable;

/**
 * A document of the corpus as the bank names it, with the SHA-256 of its bytes so the
 * bank can be checked against the corpus; {@code published} is ISO 8601 (exact or
 * partial) or null when unknown.
 */
public record BankDocument(String id, String title, @Nullable String published, @Nullable String publisher,
		@Nullable String author, String sha256) {

}
