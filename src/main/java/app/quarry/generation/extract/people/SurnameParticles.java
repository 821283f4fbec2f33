package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * The lower-case words a personal name may hold between its capitals: a particle ("Jan de
 * Vries", "von der Leyen"), an article carried by a surname ("al-Assad"), the "a" of
 * "Santos a Costa". Apart from {@link NameFinder}, which cuts titles and organisations
 * off a run of capitals, because these decide where the run itself goes on.
 */
final class SurnameParticles {

	static final Set<String> PARTICLES = Set.of("de", "van", "von", "der", "den", "da", "di", "del", "du", "la", "le",
			"bin", "al", "ibn", "arap", "dos", "das");

	/** "el-Sayed", "al-Assad": a surname that carries its article in lower case. */
	private static final java.util.regex.Pattern ARTICLED_SURNAME = java.util.regex.Pattern
		.compile("(?:al|el|ad|ash|as|at|az|an|ar)-\\p{Lu}\\p{L}+");

	private SurnameParticles() {
	}

	static boolean articledSurname(DocumentTokens doc, int t) {
		return doc.get(t).word() && ARTICLED_SURNAME.matcher(doc.get(t).text()).matches() && doc.get(t - 1).nameLike();
	}

	/**
	 * "Jan de Vries", "Ursula von der Leyen": a lower-case particle between name words.
	 */
	static boolean particleInName(DocumentTokens doc, int t) {
		if (innerArticle(doc, t)) {
			return true;
		}
		int next = t + 1;
		while (next < doc.size() && PARTICLES.contains(doc.get(next).text()) && next - t < 2) {
			next++;
		}
		// the second of two particles follows the first ("van der")
		return PARTICLES.contains(doc.get(t).text()) && next < doc.size() && doc.get(next).nameLike()
				&& (doc.get(t - 1).nameLike()
						|| PARTICLES.contains(doc.get(t - 1).text()) && t >= 2 && doc.get(t - 2).nameLike());
	}

	/**
	 * "Maria Santos a Costa said": a lower-case "a" inside a surname, after a given name
	 * and the first surname word, before a last name word that a speech verb or a comma
	 * follows. "Mary Jones a Democrat" is not read so (the word after names what she is),
	 * nor "told Jane Roe a Labour government would" (a noun goes on after it).
	 */
	static boolean innerArticle(DocumentTokens doc, int t) {
		int n = doc.size();
		if (t < 2 || t + 1 >= n || !doc.get(t).text().equals("a") || doc.boundaryBefore(t - 1)) {
			return false;
		}
		boolean twoNameWords = doc.get(t - 2).nameLike() && doc.get(t - 1).nameLike()
				&& !NameLexicon.TITLES.contains(doc.get(t - 2).lower())
				&& (NameFinder.givenName(doc.get(t - 2)) || doc.boundaryBefore(t - 2) || !doc.get(t - 3).capitalized());
		String last = doc.get(t + 1).lower();
		boolean lastWord = t + 2 >= n || doc.get(t + 2).is(",") || SpeechVerbs.isSpeechVerb(doc.get(t + 2).lower());
		return twoNameWords && lastWord && doc.get(t + 1).nameLike() && !NameLexicon.NOT_NAMES.contains(last)
				&& !NameLexicon.isRoleNoun(last) && !DESCRIBED_BY_NOUN.contains(last);
	}

	/** Capitalised nouns that say what someone is: "Jones a Democrat". */
	private static final Set<String> DESCRIBED_BY_NOUN = Set.of("democrat", "republican", "liberal", "conservative",
			"socialist", "tory", "briton", "catholic", "protestant", "muslim", "jew", "christian", "texan", "senator",
			"judge", "governor", "member", "founder", "director");

	/**
	 * "Leopold Joseph von Daun": a surname particle shows a person's name, whose first
	 * given name need not be a known one, where a title or an organisation has none.
	 */
	static boolean particleInside(DocumentTokens doc, int from, int to) {
		for (int t = from + 1; t < to - 1; t++) {
			if (PARTICLES.contains(doc.get(t).text())) {
				return true;
			}
		}
		return false;
	}

}
