package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.quarry.generation.extract.EntityFact;

/**
 * A company named right after "rival" is a rival of the company the sentence is about:
 * "Brovex said its rival Tamsin Group would cut prices", "Brovex, which has lagged rival
 * Tamsin Group Inc., lost share", "the firm's sales fell as its main rival, Tamsin Group,
 * grew". Whose rival it is comes as an owned unit's owner does ({@link UnitOwners}): what
 * "its" stands for, or, with no "its", the one organisation the sentence names before
 * "rival"; a rival no rule can give an owner gives nothing. A capitalized word right
 * before "rival" ("Brovex rival Tamsin") is another shape, told by
 * {@link OrganisationNounsBefore}.
 */
final class NamedRivals {

	private static final Set<String> RIVALS = NameLexicon.words("rival", "arch-rival", "archrival", "competitor");

	/** "its main rival", "its nearest competitor": a few words saying which rival. */
	private static final Set<String> WHICH = NameLexicon.words("main", "chief", "biggest", "largest", "nearest",
			"closest", "smaller", "larger", "bigger", "big", "old", "longtime", "long-time", "fierce", "great",
			"traditional", "principal", "leading", "local", "domestic", "foreign", "online", "only");

	private static final int MAX_WHICH = 2;

	private NamedRivals() {
	}

	/**
	 * The rivals named in the text; {@code known} holds the names the text already
	 * describes as organisations, which may own a rival though no suffix says they are
	 * companies ("Askwell, the search firm, ... rival Tamsin").
	 */
	static List<EntityFact> find(DocumentTokens doc, String text, boolean[] person, boolean[] named,
			Set<String> known) {
		List<EntityFact> facts = new ArrayList<>();
		for (int r = 1; r + 1 < doc.size(); r++) {
			if (!RIVALS.contains(doc.get(r).lower()) || doc.get(r).capitalized() || doc.boundaryBefore(r)) {
				continue;
			}
			int start = r + 1;
			boolean comma = doc.get(start).is(",");
			if (comma) {
				start++; // "its main rival, Tamsin Group,"
			}
			if (start >= doc.size() || doc.boundaryBefore(start) || !doc.get(start).capitalized()) {
				continue;
			}
			int end = UnitOwners.nameEnd(doc, start);
			if (anyPerson(person, start, end)
					|| anyPerson(named, start, end) && !UnitOwners.company(doc, start, end, person)
					|| UnitOwners.region(doc, start, end) || !closed(doc, end, comma)) {
				continue;
			}
			int opener = r;
			while (opener > 0 && r - opener < MAX_WHICH && WHICH.contains(doc.get(opener - 1).lower())
					&& !doc.boundaryBefore(opener)) {
				opener--;
			}
			String which = doc.span(opener, r + 1);
			String owner = owner(doc, opener, comma, person, named, known);
			if (owner == null || owner.equals(doc.span(start, end))) {
				continue;
			}
			String description = opener < r ? owner + (owner.endsWith("s") ? "' " : "'s ") + which
					: "a " + doc.get(r).lower() + " of " + owner;
			int from = doc.get(start).start();
			int to = doc.get(end - 1).end();
			String value = text.substring(from, to);
			facts.add(new EntityFact(value, from, to, value, description));
		}
		return facts;
	}

	/**
	 * Whose rival: what "its" before the words stands for, or with no possessive at all
	 * the one organisation named before in the sentence. A set-off name needs "its".
	 */
	private static String owner(DocumentTokens doc, int opener, boolean comma, boolean[] person, boolean[] named,
			Set<String> known) {
		if (opener < 1 || doc.boundaryBefore(opener)) {
			return null;
		}
		Token before = doc.get(opener - 1);
		if (before.lower().equals("its")) {
			return UnitOwners.ofIts(doc, opener - 1, person, named);
		}
		if (comma || before.capitalized() || NameFinder.isPossessiveMark(before) || before.lower().equals("their")
				|| before.lower().equals("his") || before.lower().equals("her") || before.lower().equals("our")
				|| before.lower().equals("a") || before.lower().equals("another") || before.lower().equals("one")
				|| before.lower().equals("every") || before.lower().equals("any")) {
			return null; // someone else's rival, or one rival among others
		}
		// "as rival Tamsin Group": the rival of what the sentence is about
		String owner = UnitOwners.ofIts(doc, opener, person, named);
		owner = owner != null ? owner : onlyKnownBefore(doc, opener, person, known);
		return owner != null ? owner : ofOpeningIts(doc, opener, person, known);
	}

	/**
	 * "Brovex Inc. reported a profit. Its sales beat those of rival Tamsin.": a sentence
	 * that opens with "Its" and names nothing before "rival" is about the one
	 * organisation the sentence before names.
	 */
	private static String ofOpeningIts(DocumentTokens doc, int opener, boolean[] person, Set<String> known) {
		int start = opener;
		while (start > 0 && !doc.boundaryBefore(start)) {
			start--;
		}
		if (start == 0 || !doc.get(start).text().equals("Its")) {
			return null;
		}
		for (int t = start + 1; t < opener; t++) {
			if (doc.get(t).capitalized()) {
				return null;
			}
		}
		String owner = UnitOwners.onlyOrganisationBefore(doc, start - 1, person);
		return owner != null ? owner : onlyKnownBefore(doc, start - 1, person, known);
	}

	/**
	 * The one name in the sentence before {@code at}, when it is one the text describes
	 * as an organisation and no person's; null when there is none or more than one name.
	 */
	private static String onlyKnownBefore(DocumentTokens doc, int at, boolean[] person, Set<String> known) {
		int start = at;
		while (start > 0 && !doc.boundaryBefore(start)) {
			start--;
		}
		String found = null;
		for (int t = start; t < at; t++) {
			Token token = doc.get(t);
			if (!token.capitalized() || t == start && NameLexicon.FUNCTION_WORDS.contains(token.lower())) {
				continue;
			}
			int end = Math.min(at, UnitOwners.nameEnd(doc, t));
			String name = doc.span(t, end);
			if (found != null || anyPerson(person, t, end) || !known.contains(name)) {
				return null;
			}
			found = name;
			t = end - 1;
		}
		return found;
	}

	/**
	 * The name must end where the phrase does: "rival Tamsin Group said", "rival Tamsin."
	 */
	private static boolean closed(DocumentTokens doc, int end, boolean comma) {
		if (end >= doc.size() || doc.boundaryBefore(end)) {
			return true;
		}
		Token next = doc.get(end);
		if (comma) {
			return next.is(",") || next.is(".");
		}
		return next.word() && !next.capitalized() && !NameFinder.isPossessiveMark(next) || next.is(",") || next.is(".")
				|| next.is(";");
	}

	private static boolean anyPerson(boolean[] person, int from, int to) {
		for (int t = from; t < Math.min(to, person.length); t++) {
			if (person[t]) {
				return true;
			}
		}
		return false;
	}

}
