package app.quarry.generation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Items by the words of a normalized text (lower case words between single spaces). One
 * padded text within another ("senator" in "the washington senator") shares its words, so
 * only the items filed under one of its words need comparing, not the whole corpus.
 */
final class WordIndex {

	private WordIndex() {
	}

	/** Files {@code item} under each word of {@code text}. */
	static <T> void add(Map<String, List<T>> index, String text, T item) {
		for (String word : text.split(" ")) {
			if (word.isEmpty()) {
				continue;
			}
			List<T> items = index.computeIfAbsent(word, w -> new ArrayList<>());
			// an item's words are filed together: one entry per word is enough
			if (items.isEmpty() || items.get(items.size() - 1) != item) {
				items.add(item);
			}
		}
	}

	/**
	 * The items filed under a word of {@code text}; every item when the text has no word,
	 * since then nothing narrows the search.
	 */
	static <T> Collection<T> candidates(Map<String, List<T>> index, String text, Collection<T> all) {
		List<String> words = Arrays.stream(text.split(" ")).filter(w -> !w.isEmpty()).toList();
		if (words.isEmpty()) {
			return all;
		}
		if (words.size() == 1) {
			return index.getOrDefault(words.get(0), List.of());
		}
		Set<T> items = new LinkedHashSet<>();
		for (String word : words) {
			items.addAll(index.getOrDefault(word, List.of()));
		}
		return items;
	}

}
