package app.quarry.generation;

import java.util.List;

/**
 * Whether two names are forms of one person's name, so that no question offers both
 * ("Jane M. Roe" and "Jane Mary Roe") or offers a form of its answer as a wrong one.
 */
final class NameForms {

	private NameForms() {
	}

	/**
	 * One name within the other, last names equal: two forms of one person's name; an
	 * initial stands for a word it begins ("Jane M. Roe", "Jane Mary Roe").
	 */
	static boolean sameName(List<String> x, List<String> y) {
		if (!x.get(x.size() - 1).equals(y.get(y.size() - 1))) {
			return false;
		}
		return within(x, y) || within(y, x);
	}

	/**
	 * Whether every word of {@code shorter} is a word, or the initial of one, of
	 * {@code longer}.
	 */
	private static boolean within(List<String> shorter, List<String> longer) {
		for (String word : shorter) {
			boolean found = false;
			for (String other : longer) {
				if (other.equals(word) || word.length() == 1 && other.startsWith(word)) {
					found = true;
					break;
				}
			}
			if (!found) {
				return false;
			}
		}
		return true;
	}

}
