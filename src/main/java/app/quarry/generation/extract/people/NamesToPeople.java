package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which person of a document a name stands for, read in order: a full name is a person of
 * its own, and a single name ("Kim", "King Kassem") goes to the one person it can be, or
 * among several sharing it to the one in focus at that point.
 */
final class NamesToPeople {

	private final DocumentTokens doc;

	private final Map<String, LocalPerson> people;

	private final Salience salience;

	/** The people whose full name the text has given so far, in reading order. */
	private final Set<LocalPerson> namedInFull = new HashSet<>();

	NamesToPeople(DocumentTokens doc, Map<String, LocalPerson> people, Salience salience) {
		this.doc = doc;
		this.people = people;
		this.salience = salience;
	}

	LocalPerson resolve(Mention name) {
		if (name.multiWordName()) {
			LocalPerson person = person(name.surface);
			this.namedInFull.add(person);
			return person;
		}
		LocalPerson resolved = resolveSingleName(name);
		if (resolved != null && !resolved.fullName() && RulersByGivenName.titled(this.doc, name)) {
			resolved.rulerTitle = RulersByGivenName.title(this.doc, name);
			resolved.ruler = true;
		}
		else if (resolved != null && !resolved.fullName() && resolved.rulerTitle == null
				&& PeerTitles.titled(this.doc, name)) {
			// "Lord Falconer" is not called "Falconer": the speaker keeps the title
			resolved.rulerTitle = PeerTitles.title(this.doc, name);
		}
		else if (resolved != null && !resolved.fullName() && resolved.rulerTitle == null
				&& JudicialTitles.titled(this.doc, name)) {
			// nor is "Mr Justice Roe" called "Roe"
			resolved.rulerTitle = JudicialTitles.title(this.doc, name);
		}
		return resolved;
	}

	private LocalPerson resolveSingleName(Mention name) {
		List<LocalPerson> candidates = matchingPeople(name.surface);
		if (RulersByGivenName.titled(this.doc, name)) {
			// "King Kassem" beside "Omar Kassem": a ruler is called by a given name, so
			// he is none of those whose surname it is
			String given = NameKey.of(name.surface);
			candidates = candidates.stream().filter(person -> RulersByGivenName.couldBe(person, given)).toList();
			if (candidates.isEmpty()) {
				LocalPerson ruler = person(name.surface);
				ruler.addSpelling(name.surface);
				return ruler;
			}
		}
		// a ruler known by a given name alone stays a candidate beside full names
		candidates = ThingsNamedAfterPeople.peopleFirst(candidates); // not "the Roe
																		// Campaign"
		List<LocalPerson> full = candidates.stream().filter(person -> person.fullName() || person.ruler).toList();
		if (!full.isEmpty()) {
			candidates = full;
		}
		if (candidates.isEmpty()) {
			LocalPerson single = person(name.surface);
			single.addSpelling(name.surface);
			return single;
		}
		if (candidates.size() == 1) {
			LocalPerson only = candidates.get(0);
			boolean givenNameOnly = only.fullName() && only.parts[0].equals(NameKey.of(name.surface))
					&& !only.parts[only.parts.length - 1].equals(only.parts[0]);
			if (givenNameOnly && !this.namedInFull.contains(only) && PlaceStates.afterPlace(this.doc, name)) {
				// "Mount Vernon, Virginia," before "Virginia Welch": a given name that
				// follows a place as its state is no one the text has named yet
				return null;
			}
			if (!only.fullName()) {
				only.addSpelling(name.surface);
			}
			else {
				only.calledBySurname = true;
			}
			only.calledByGivenName |= only.fullName() && only.parts[0].equals(NameKey.of(name.surface));
			return only;
		}
		// "Tomas" for the boy and "Ruiz" for his father: of a family sharing a surname,
		// the one the text calls by the given name is not the one it calls by the surname
		List<LocalPerson> bySurname = candidates.stream().filter(person -> !person.calledByGivenName).toList();
		List<LocalPerson> calledSoBefore = candidates.stream().filter(person -> person.calledBySharedSurname).toList();
		if (calledSoBefore.size() == 1) {
			// a story that has called one of a family by the bare surname goes on doing
			// so: the others keep their given names ("led by Fidel Castro" in between
			// does not make the next "Castro said" his)
			return calledSoBefore.get(0);
		}
		List<LocalPerson> fitting = bySurname.isEmpty() ? candidates : bySurname;
		LocalPerson inFocus = this.salience.inFocus(fitting, name.sentence);
		if (inFocus != null && !this.salience.oneInForeground(fitting)) {
			// "Raul Castro met Juan Castro." then "Castro declared": the text has not
			// said which of the two it means
			name.unclearSurname = true;
			return inFocus;
		}
		if (inFocus != null) {
			inFocus.calledBySharedSurname = true;
		}
		return inFocus;
	}

	List<LocalPerson> matchingPeople(String singleName) {
		String key = NameKey.of(singleName);
		List<LocalPerson> matches = new ArrayList<>();
		for (LocalPerson person : this.people.values()) {
			if (person.hasPart(key)) {
				matches.add(person);
			}
		}
		return matches;
	}

	LocalPerson person(String spelling) {
		return this.people.computeIfAbsent(NameKey.of(spelling), key -> new LocalPerson(key, spelling));
	}

}
