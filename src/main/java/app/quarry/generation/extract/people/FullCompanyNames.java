package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import app.quarry.generation.extract.EntityFact;

/**
 * A business story names a company in full once ("Halder Co.") and then by its short name
 * ("Halder, a maker of valves, said ..."). A question about the short name asks about the
 * company the story introduced, so it says the name in full: the one full name before the
 * description whose words begin with the short name's. Two such names ("Brovo Foods Inc."
 * and "Brovo Steel Corp.") leave the short name as it is.
 */
final class FullCompanyNames {

	private FullCompanyNames() {
	}

	static List<EntityFact> of(DocumentTokens doc, List<EntityFact> facts) {
		List<int[]> fullNames = fullNames(doc);
		if (fullNames.isEmpty()) {
			return facts;
		}
		List<EntityFact> named = new ArrayList<>(facts.size());
		for (EntityFact fact : facts) {
			String full = fact.place() || fact.value() == null ? null : fullName(doc, fullNames, fact);
			named.add(full == null ? fact
					: new EntityFact(fact.text(), fact.start(), fact.end(), full, fact.description(), false));
		}
		return named;
	}

	private static String fullName(DocumentTokens doc, List<int[]> fullNames, EntityFact fact) {
		List<String> shortWords = words(fact.value());
		if (shortWords.isEmpty() || shortWords.stream().anyMatch(OrganisationWords.COMPANY_SUFFIXES::contains)) {
			return null;
		}
		Set<String> found = new LinkedHashSet<>();
		for (int[] name : fullNames) {
			if (doc.get(name[0]).start() >= fact.start()) {
				break;
			}
			String span = doc.span(name[0], name[1]);
			List<String> fullWords = words(span);
			if (fullWords.size() > shortWords.size() && fullWords.subList(0, shortWords.size()).equals(shortWords)
					&& !relatedInOneSentence(doc, name[1], fact.start())) {
				found.add(span);
			}
		}
		return found.size() == 1 ? found.iterator().next() : null;
	}

	/**
	 * "Halder Group Ltd., the parent of the shipper Halder,": a relation between the full
	 * name and the short one in the same sentence makes them two companies.
	 */
	private static boolean relatedInOneSentence(DocumentTokens doc, int from, int shortStart) {
		boolean related = false;
		int t = from;
		for (; t < doc.size() && doc.get(t).start() < shortStart; t++) {
			if (t > from && doc.boundaryBefore(t)) {
				return false; // the short name is in a later sentence
			}
			String lower = doc.get(t).lower();
			related |= OrganisationWords.HOLDERS.contains(lower) || OrganisationWords.UNITS.contains(lower);
		}
		return related && (t >= doc.size() || !doc.boundaryBefore(t));
	}

	/** "Halder Co.", "Brovo Systems Inc.": the names that say they are a company's. */
	private static List<int[]> fullNames(DocumentTokens doc) {
		List<int[]> names = new ArrayList<>();
		for (int t = 0; t < doc.size(); t++) {
			if (!doc.get(t).capitalized()) {
				continue;
			}
			int end = OrganisationWords.withAbbreviationPeriod(doc, OrganisationNameRuns.runEnd(doc, t));
			if (OrganisationWords.companyName(doc, t, end)) {
				names.add(new int[] { t, end });
			}
			t = end - 1;
		}
		return names;
	}

	private static List<String> words(String name) {
		List<String> words = new ArrayList<>();
		for (String word : name.toLowerCase(Locale.ROOT).split("[\\s.]+")) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

}
