package app.quarry.generation;

import java.util.Locale;
import java.util.Set;

/**
 * A capitalized word with a possessive ending that opens a role ("Norrail's CEO",
 * "Norrail's chairman"): the owner of the post, never the sentence's verb, though a
 * tagger may read an unknown name's "'s" as a shortened "is".
 */
final class OwnerWords {

	/** Pronouns and the like whose "'s" is a shortened "is" or "has". */
	private static final Set<String> CONTRACTED = Set.of("it's", "he's", "she's", "that's", "there's", "here's",
			"what's", "who's", "where's", "let's", "one's");

	private OwnerWords() {
	}

	static boolean owner(String word) {
		String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
		return word.length() > 3 && Character.isUpperCase(word.charAt(0)) && lower.endsWith("'s")
				&& !CONTRACTED.contains(lower);
	}

}
