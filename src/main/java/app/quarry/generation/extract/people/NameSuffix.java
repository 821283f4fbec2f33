package app.quarry.generation.extract.people;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What follows a ruler's or an heir's given name and belongs to the name: a regnal number
 * ("Philip II", "Henry VIII"), a regnal number and its realm ("Alexander III of
 * Macedon"), or an epithet ("Edward the Confessor", "Catherine the Great"). Such a name
 * is known by its first word alone ("Alexander"), not by its last.
 */
final class NameSuffix {

	/**
	 * Roman numerals from II to XXX; a lone "I" is the pronoun, a lone "V" or "X" a
	 * letter.
	 */
	private static final Pattern REGNAL = Pattern.compile("(?:X{0,2}(?:IX|IV|V?I{1,3})|X{1,3}|X{0,2}V)(?<=..)");

	/** Epithets that follow "the" in the names of rulers and saints. */
	private static final Set<String> EPITHETS = NameLexicon.words("great", "confessor", "conqueror", "elder", "younger",
			"bold", "fair", "good", "pious", "wise", "magnificent", "terrible", "just", "bald", "fat", "simple",
			"unready", "navigator", "lawgiver", "apostate", "lionheart", "martyr", "venerable", "lame", "tall", "short",
			"red", "black", "peaceful", "victorious", "blessed", "builder", "hammer", "fowler", "liberator");

	private NameSuffix() {
	}

	/** How many tokens from {@code t} are a name's suffix; 0 if none start there. */
	static int length(DocumentTokens doc, int t) {
		if (t < 1 || t >= doc.size() || doc.boundaryBefore(t) || !doc.get(t - 1).nameLike()) {
			return 0;
		}
		if (regnal(doc.get(t))) {
			boolean realm = t + 2 < doc.size() && doc.get(t + 1).text().equals("of") && doc.get(t + 2).nameLike()
					&& !doc.boundaryBefore(t + 2) && !NameLexicon.NOT_NAMES.contains(doc.get(t + 2).lower())
					&& (t + 3 >= doc.size() || !doc.get(t + 3).capitalized() || doc.boundaryBefore(t + 3));
			return realm ? 3 : 1;
		}
		boolean epithet = t + 1 < doc.size() && doc.get(t).text().equals("the") && !doc.boundaryBefore(t + 1)
				&& doc.get(t + 1).capitalized() && EPITHETS.contains(doc.get(t + 1).lower())
				&& (t + 2 >= doc.size() || !doc.get(t + 2).capitalized() || doc.boundaryBefore(t + 2));
		return epithet ? 2 : 0;
	}

	static boolean regnal(Token token) {
		return token.word() && REGNAL.matcher(token.text()).matches();
	}

	/**
	 * The words a name is known by on its own: "Alexander" for "Alexander III of
	 * Macedon".
	 */
	static String[] knownBy(String[] words) {
		for (int i = 1; i < words.length; i++) {
			if (words[i].equals("the") || REGNAL.matcher(words[i]).matches()) {
				return java.util.Arrays.copyOf(words, i);
			}
		}
		return words;
	}

}
