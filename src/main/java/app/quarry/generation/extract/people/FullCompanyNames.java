package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import app.quarry.generation.extract.EntityFact;

/**
 * "Corvale, a Cleveland merchant bank," in a story that named "Corvale Group Inc." first:
 * a company the text goes on calling by its first word is asked about by the full name it
 * was given, which a reader recognises and a teacher would write. Only a name that says
 * it is a company's ("Inc.", "Corp.", "Group") counts, and only when one such name opens
 * with that word.
 */
final class FullCompanyNames {

	private FullCompanyNames() {
	}

	static List<EntityFact> expand(List<EntityFact> facts, DocumentTokens doc) {
		List<EntityFact> expanded = new ArrayList<>(facts.size());
		for (EntityFact fact : facts) {
			String full = fact.place() || fact.value() == null || fact.value().contains(" ") ? null
					: fullName(doc, fact.value());
			expanded.add(full == null ? fact
					: new EntityFact(fact.text(), fact.start(), fact.end(), full, fact.description(), false));
		}
		return expanded;
	}

	/** The one company name of two words or more that opens with the word. */
	private static String fullName(DocumentTokens doc, String word) {
		Set<String> names = new HashSet<>();
		for (int t = 0; t < doc.size(); t++) {
			if (!doc.get(t).text().equals(word) || t + 1 < doc.size() && doc.get(t + 1).text().equals("'s")) {
				continue;
			}
			int end = OrganisationWords.withAbbreviationPeriod(doc, OrganisationFinder.runEnd(doc, t));
			if (end > t + 1 && OrganisationWords.companyName(doc, t, end)) {
				names.add(doc.text.substring(doc.get(t).start(), doc.get(end - 1).end()));
			}
		}
		return names.size() == 1 ? names.iterator().next() : null;
	}

}
