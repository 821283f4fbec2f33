package app.quarry.generation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The organisations of a corpus with what it describes each as: wrong answers for a
 * question on one, and a check that no other fits its description.
 */
final class CorpusOrganisations {

	/** Organisations by name, with their descriptions (normalized, padded). */
	private final TreeMap<String, Set<String>> descriptions = new TreeMap<>();

	/** Names by a word of one of their descriptions. */
	private final Map<String, List<String>> byDescriptionWord = new HashMap<>();

	/** Keys of the names, in name order, computed once rather than per question. */
	private final Map<String, String> keys = new TreeMap<>();

	void add(String name, String description) {
		this.descriptions.computeIfAbsent(name, k -> new TreeSet<>())
			.add(" " + CorpusPeople.withoutArticle(Prose.normalize(description)) + " ");
	}

	/** Builds the indexes, once every organisation is added. */
	void index() {
		this.descriptions.forEach((name, described) -> {
			this.keys.put(name, DistractorPool.key(name));
			described.forEach(d -> WordIndex.add(this.byDescriptionWord, d, name));
		});
	}

	/** Another organisation is described with these words, or words that hold them. */
	boolean otherDescribedAs(String name, String description) {
		String words = CorpusPeople.withoutArticle(Prose.normalize(description));
		String asked = " " + words + " ";
		for (String other : WordIndex.candidates(this.byDescriptionWord, words, this.descriptions.keySet())) {
			if (!other.equals(name) && this.descriptions.get(other).stream().anyMatch(d -> d.contains(asked))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Up to three other organisations of the corpus, in a stable order; one the
	 * description names ("a unit of Brovo Corp.") is no wrong answer to it.
	 */
	List<String> others(String answer, String description, String seed) {
		return others(answer, description, seed, described -> true);
	}

	/**
	 * The same, among those with a description that fits ("a city" for "Which city
	 * ...?").
	 */
	List<String> others(String answer, String description, String seed, java.util.function.Predicate<String> fits) {
		String answerKey = DistractorPool.key(answer);
		Set<String> seenKeys = new java.util.HashSet<>();
		List<String> others = this.keys.entrySet()
			.stream()
			.filter(e -> !e.getValue().equals(answerKey) && !e.getValue().contains(answerKey)
					&& !answerKey.contains(e.getValue()) && !Prose.mentions(description, e.getKey()))
			.filter(e -> this.descriptions.get(e.getKey()).stream().anyMatch(fits))
			// "Dar es Salaam" and "Dar-es-Salaam" are one wrong answer, offered once
			.filter(e -> seenKeys.add(e.getValue()))
			.map(Map.Entry::getKey)
			.toList();
		return StableChoice.pick(others, 3, seed);
	}

}
