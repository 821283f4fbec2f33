package app.quarry.generation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
		return rank(0xcbf29ce484222325L, text);
	}

	/**
	 * The rank of a text that starts with one whose rank is {@code prefixRank} and ends
	 * with {@code text}: the hash reads characters in order, so a long prefix shared by
	 * many candidates is read once.
	 */
	static long rank(long prefixRank, String text) {
		long hash = prefixRank;
		for (int i = 0; i < text.length(); i++) {
			hash ^= text.charAt(i);
			hash *= 0x100000001b3L;
		}
		return hash;
	}

	/** The question id: "q-" and 12 hex digits of a hash of what the question asks. */
	static String questionId(String type, String format, String value, String prompt) {
		return questionIdOfWords(type, format, Prose.normalize(value), Prose.normalize(prompt));
	}

	/** The same, from the value and prompt already normalized. */
	static String questionIdOfWords(String type, String format, String valueWords, String promptWords) {
		return "q-" + sha256Hex(type + "|" + format + "|" + valueWords + "|" + promptWords).substring(0, 12);
	}

	/** Up to {@code count} of the candidates, in an order fixed by the seed. */
	static List<String> pick(List<String> candidates, int count, String seed) {
		if (count <= 0 || candidates.isEmpty()) {
			return List.of();
		}
		Set<String> distinct = new LinkedHashSet<>(candidates);
		if (distinct.size() == 1) {
			// one candidate has one order: nothing to hash
			return List.of(distinct.iterator().next());
		}
		// each candidate hashed once (not once per comparison), as "seed|candidate";
		// the seed holds the whole sentence, so its blocks are hashed once and the
		// digest copied for each candidate, and digests are compared as bytes, which
		// orders them as their hex forms
		MessageDigest seeded = copy(SHA256.get());
		seeded.reset();
		seeded.update((seed + "|").getBytes(StandardCharsets.UTF_8));
		List<Keyed> keyed = new ArrayList<>(distinct.size());
		for (String c : distinct) {
			MessageDigest digest = copy(seeded);
			keyed.add(new Keyed(digest.digest(c.getBytes(StandardCharsets.UTF_8)), c));
		}
		keyed.sort((a, b) -> Arrays.compareUnsigned(a.hash(), b.hash()));
		List<String> picked = new ArrayList<>(Math.min(count, keyed.size()));
		for (int i = 0; i < count && i < keyed.size(); i++) {
			picked.add(keyed.get(i).candidate());
		}
		return Collections.unmodifiableList(picked);
	}

	private record Keyed(byte[] hash, String candidate) {
	}

	private static MessageDigest copy(MessageDigest digest) {
		try {
			return (MessageDigest) digest.clone();
		}
		catch (CloneNotSupportedException ex) {
			throw new IllegalStateException("SHA-256 digests can be copied", ex);
		}
	}

	static boolean coin(String seed) {
		return (sha256Hex(seed).charAt(0) & 1) == 0;
	}

}
