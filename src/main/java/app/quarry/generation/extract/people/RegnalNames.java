package app.quarry.generation.extract.people;

import java.util.List;
import java.util.Set;

/**
 * A monarch is called by the name he reigns under, after his title: "King Hussein",
 * "Queen Noor", "Emperor Akihito". That name is his own, never a surname some other
 * person of the text bears: "King Hussein of Jordan" after "Saddam Hussein" is another
 * man, who must not take the other's role or lend him his.
 */
final class RegnalNames {

	/** Titles a reigning name follows. */
	private static final Set<String> TITLES = NameLexicon.words("king", "queen", "emperor", "empress", "sultan", "shah",
			"emir", "tsar", "czar", "pharaoh", "pope");

	private RegnalNames() {
	}

	/** A single name right after a monarch's title. */
	static boolean reigning(DocumentTokens doc, Mention name) {
		int title = name.firstToken - 1;
		return !name.multiWordName() && title >= 0 && !doc.boundaryBefore(name.firstToken)
				&& TITLES.contains(doc.get(title).lower());
	}

	/**
	 * "King Hussein of Jordan": the realm after the name joins the title, "King of
	 * Jordan", where the title is all the role the name was given.
	 */
	static void addRealm(DocumentTokens doc, Mention name) {
		int of = name.endToken;
		if (name.role == null || !reigning(doc, name)
				|| !name.role.equalsIgnoreCase(doc.get(name.firstToken - 1).text()) || of + 1 >= doc.size()
				|| !doc.get(of).lower().equals("of") || doc.boundaryBefore(of + 1)) {
			return;
		}
		int end = of + 1;
		while (end < doc.size() && end - of <= 3 && !doc.boundaryBefore(end) && doc.get(end).capitalized()
				&& !NameFinder.isPossessiveMark(doc.get(end))) {
			end++;
		}
		if (end > of + 1 && (end >= doc.size() || doc.boundaryBefore(end) || !doc.get(end).capitalized())) {
			name.role = name.role + " of " + doc.span(of + 1, end);
		}
	}

	/**
	 * Of the people a reigning name matches, those it may be: the ones named so alone or
	 * first, not the ones whose surname it is.
	 */
	static List<LocalPerson> bearers(List<LocalPerson> candidates, String key) {
		return candidates.stream().filter(person -> !person.fullName() || person.parts[0].equals(key)).toList();
	}

}
