package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * The linking words a news sentence may open with before its subject: "But the world
 * champion said ...", "And the chancellor added ...", "However, the minister ...". The
 * subject is what follows them.
 */
final class SentenceLinks {

	private static final Set<String> LINKS = NameLexicon.words("but", "and", "yet", "however", "still", "now");

	private SentenceLinks() {
	}

	/**
	 * Where the subject starts in the sentence opening at {@code t}: after its linking
	 * word (and the comma that may set it off), or {@code t} itself.
	 */
	static int after(DocumentTokens doc, int t) {
		if (t + 1 >= doc.size() || !LINKS.contains(doc.get(t).lower()) || !doc.get(t).capitalized()) {
			return t;
		}
		int next = doc.get(t + 1).is(",") ? t + 2 : t + 1;
		return next < doc.size() && !doc.boundaryBefore(next) && doc.get(next).lower().equals("the") ? next : t;
	}

}
