package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "Class B shares", "Series A preferred": a class of a company's stock, written in
 * capitals like a name but naming no organisation, so no other company a later
 * description could mean instead.
 */
final class ShareClasses {

	private static final Set<String> CLASS_WORDS = NameLexicon.words("class", "series");

	private ShareClasses() {
	}

	/**
	 * Whether tokens {@code start} to {@code end} are "Class" or "Series" and a letter.
	 */
	static boolean at(DocumentTokens doc, int start, int end) {
		if (end - start != 2 || !CLASS_WORDS.contains(doc.get(start).lower())) {
			return false;
		}
		String mark = doc.get(start + 1).text();
		return mark.length() <= 2 && mark.chars().allMatch(Character::isLetterOrDigit);
	}

}
