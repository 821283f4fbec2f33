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

	private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is always available", ex);
		}
	});

	private static final HexFormat HEX = HexFormat.of();

	static String sha256Hex(String text) {
		return HEX.formatHex(SHA256.get().digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * A cheap rank fixed by the text (64-bit FNV-1a over its characters): for ordering a
	 * whole corpus' people behind every question, where a SHA-256 per candidate made
	 * generation grow with the square of the corpus.
	 */
	static long rank(String text) {
		long hash = 0xcbf29ce484222325L;
		for (int i = 0; i < text.length(); i++) {
			hash ^= text.charAt(i);
			hash *= 0x100000001b3L;
		}
		return hash;
	}

	/** The question id: "q-" and 12 hex digits of a hash of what the question asks. */
	static String questionId(String type, String format, String value, String prompt) {
		return "q-" + sha256Hex(type + "|" + format + "|" + Prose.normalize(value) + "|" + Prose.normalize(prompt))
			.substring(0, 12);
	}

	/** Up to {@code count} of the candidates, in an order fixed by the seed. */
	static List<String> pick(List<String> candidates, int count, String seed) {
		if (count <= 0 || candidates.isEmpty()) {
			return List.of();
		}
		// each candidate hashed once (not once per comparison); the order is the same
		List<String[]> keyed = new java.util.ArrayList<>();
		for (String c : new java.util.LinkedHashSet<>(candidates)) {
			keyed.add(new String[] { sha256Hex(seed + "|" + c), c });
		}
		keyed.sort(Comparator.comparing((String[] k) -> k[0]));
		return keyed.stream().limit(count).map(k -> k[1]).toList();
	}

	static boolean coin(String seed) {
		return (sha256Hex(seed).charAt(0) & 1) == 0;
	}

}
