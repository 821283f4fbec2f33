package app.quarry.generation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * Hash-based choices that depend only on content, never on a counter or a random seed, so
 * that regenerating an unchanged corpus gives the same ids, distractors and orders.
 */
final class StableChoice {

	private StableChoice() {
	}

	static String sha256Hex(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is always available", ex);
		}
	}

	/** The question id: "q-" and 12 hex digits of a hash of what the question asks. */
	static String questionId(String type, String format, String value, String prompt) {
		return "q-" + sha256Hex(type + "|" + format + "|" + Prose.normalize(value) + "|" + Prose.normalize(prompt))
			.substring(0, 12);
	}

	/** Up to {@code count} of the candidates, in an order fixed by the seed. */
	static List<String> pick(List<String> candidates, int count, String seed) {
		return candidates.stream()
			.distinct()
			.sorted(Comparator.comparing((String c) -> sha256Hex(seed + "|" + c)))
			.limit(count)
			.toList();
	}

	static boolean coin(String seed) {
		return (sha256Hex(seed).charAt(0) & 1) == 0;
	}

}
