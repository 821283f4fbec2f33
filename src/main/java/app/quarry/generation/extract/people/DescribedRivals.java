package app.quarry.generation.extract.people;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person left unnamed but described before a pronoun in its sentence ("wondering how
 * the assailant could have emerged from the woods without fearing he would be seen", "the
 * father and his son lived in Leeds") may be the one the pronoun stands for: a name from
 * the sentences before would then make a false statement.
 */
final class DescribedRivals {

	/** Nouns that describe someone the story does not name. */
	static final Set<String> UNNAMED = NameLexicon.words("assailant", "attacker", "sniper", "gunman", "killer",
			"bomber", "shooter", "intruder", "robber", "hijacker", "kidnapper", "culprit", "perpetrator", "murderer",
			"stranger", "man", "woman", "boy", "girl", "suspect", "fugitive", "witness", "victim", "father", "mother",
			"son", "daughter", "husband", "wife", "brother", "sister", "uncle", "aunt", "grandfather", "grandmother",
			"child", "teenager");

	/** "the assailant", "a masked gunman": an article, a word or none, and the noun. */
	private static final Pattern DESCRIBED = Pattern.compile("\\b(?:[Tt]he|[Aa]n?)\\s+([a-z-]+)(?:\\s+([a-z]+))?\\b");

	private DescribedRivals() {
	}

	/** Whether such a person is described between {@code from} and {@code to}. */
	static boolean describedBetween(String text, int from, int to) {
		if (from >= to) {
			return false;
		}
		Matcher m = DESCRIBED.matcher(text).region(from, to);
		while (m.find()) {
			if (UNNAMED.contains(m.group(1)) || m.group(2) != null && UNNAMED.contains(m.group(2))) {
				return true;
			}
		}
		return false;
	}

}
