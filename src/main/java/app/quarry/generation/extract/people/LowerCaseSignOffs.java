package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A transcript may write a reporter's sign-off all in lower case ("jane roe, CNN,
 * Washington."): the name is known from where the story named the person with capitals.
 */
final class LowerCaseSignOffs {

	private LowerCaseSignOffs() {
	}

	/**
	 * The names a transcript writes in lower case in a sign-off ("jane roe, CNN,
	 * Washington."), for a person the document names elsewhere with capitals: the
	 * sign-off then tells who that person is.
	 */
	static List<Mention> withLowerCaseSignOffs(DocumentTokens doc, List<Mention> names) {
		List<Mention> found = new ArrayList<>();
		for (int t = 0; t < doc.size(); t++) {
			if (!doc.boundaryBefore(t) && !BroadcastPhrases.afterFullStop(doc, t) || doc.get(t).capitalized()
					|| !commaAfterName(doc, t)) {
				continue; // most sentences are no sign-off: the names are compared only
							// where one may be
			}
			for (Mention known : names) {
				int words = known.endToken - known.firstToken;
				if (!known.multiWordName() || t + words >= doc.size() || !sameWords(doc, known, t)
						|| !doc.get(t + words).is(",") || doc.boundaryBefore(t + words)) {
					continue;
				}
				Mention lower = new Mention(Mention.Kind.NAME, t, t + words, doc.get(t).start(),
						doc.get(t + words - 1).end(), known.surface);
				SignOffs.find(doc, lower);
				if (lower.role != null && SignOffs.isSignOffRole(lower.role)) {
					lower.role = null; // read again with the others, in document order
					found.add(lower);
				}
				break;
			}
		}
		if (found.isEmpty()) {
			return names;
		}
		List<Mention> all = new ArrayList<>(names);
		all.addAll(found);
		all.sort(Comparator.comparingInt((Mention m) -> m.start));
		return all;
	}

	/** "jane roe," or "jane van roe,": a comma two to four words on. */
	private static boolean commaAfterName(DocumentTokens doc, int t) {
		for (int c = t + 2; c < doc.size() && c <= t + 4; c++) {
			if (doc.get(c).is(",")) {
				return true;
			}
		}
		return false;
	}

	private static boolean sameWords(DocumentTokens doc, Mention known, int t) {
		for (int i = 0; i < known.endToken - known.firstToken; i++) {
			Token word = doc.get(t + i);
			if (!word.word() || word.capitalized() || !word.lower().equals(doc.get(known.firstToken + i).lower())) {
				return false;
			}
		}
		return true;
	}

}
