package app.quarry.generation.extract.people;

import java.util.Arrays;

/**
 * The tokens of the names a document shows to be people's. A capitalized pair the name
 * rules took for a person ("Grey Lynx") counts only when something shows a person: a
 * role, a title, a gender. The finders of named things and organisations leave these
 * tokens alone.
 */
final class ShownPersonNames {

	private ShownPersonNames() {
	}

	/** Per token of the document: whether it lies in a name shown to be a person's. */
	static boolean[] of(DocumentPeople people) {
		boolean[] named = new boolean[people.doc.size()];
		for (Mention mention : people.mentions) {
			if (mention.kind == Mention.Kind.NAME && mention.person != null
					&& OrganisationFinder.showsPerson(mention)) {
				Arrays.fill(named, mention.firstToken, mention.endToken, true);
			}
		}
		return named;
	}

	/** Whether any token from {@code from} to {@code to} is marked. */
	static boolean any(boolean[] named, int from, int to) {
		for (int t = from; t < to; t++) {
			if (named[t]) {
				return true;
			}
		}
		return false;
	}

}
