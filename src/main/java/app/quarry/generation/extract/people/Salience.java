package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Who is in focus as a document is read: each resolved mention and each attributed quote
 * leaves an event; pronouns, descriptions and bare surnames go to the most salient
 * fitting person (nearest sentence first, then grammatical subjects, then recency).
 */
final class Salience {

	private static final int PRONOUN_WINDOW = 2;

	/** How far back a named subject outranks an unnamed speaker for "he" or "she". */
	private static final int NAMED_SUBJECT_WINDOW = 8;

	private static final Set<String> OCCUPATIONS_WITHOUT_ANTECEDENT = NameLexicon.words("professor", "researcher",
			"analyst", "expert", "scholar", "fellow", "economist", "historian", "lecturer", "scientist");

	private record Event(LocalPerson person, int sentence, int position, boolean subject, boolean embedded) {
	}

	private final List<Event> events = new ArrayList<>();

	void add(LocalPerson person, int sentence, int position, boolean subject, boolean embedded) {
		this.events.add(new Event(person, sentence, position, subject, embedded));
	}

	/** The one of several same-named people ("Kim") most recently in focus. */
	LocalPerson inFocus(Collection<LocalPerson> candidates, int sentence) {
		Event recent = null;
		for (int i = this.events.size() - 1; i >= 0; i--) {
			Event event = this.events.get(i);
			if (event.sentence < sentence - PRONOUN_WINDOW) {
				break;
			}
			if (candidates.contains(event.person) && (recent == null || rank(event) < rank(recent))) {
				recent = event;
			}
		}
		if (recent != null) {
			return recent.person;
		}
		for (int i = this.events.size() - 1; i >= 0; i--) {
			Event event = this.events.get(i);
			if (event.subject && candidates.contains(event.person)) {
				return event.person;
			}
		}
		for (int i = this.events.size() - 1; i >= 0; i--) {
			if (candidates.contains(this.events.get(i).person)) {
				return this.events.get(i).person;
			}
		}
		LocalPerson best = null;
		for (LocalPerson candidate : candidates) {
			if (best == null || candidate.mentions > best.mentions) {
				best = candidate;
			}
		}
		return best;
	}

	/**
	 * Whether the last sentence to mention any of several same-named people puts only one
	 * of them in the foreground: "Raul Castro met Juan Castro" names both as parties;
	 * "Tomas Vega, brother of Anton Vega, spoke" names Anton only inside Tomas's
	 * apposition.
	 */
	boolean oneInForeground(Collection<LocalPerson> candidates) {
		LocalPerson foreground = null;
		int sentence = -1;
		for (int i = this.events.size() - 1; i >= 0; i--) {
			Event event = this.events.get(i);
			if (sentence >= 0 && event.sentence != sentence) {
				break;
			}
			if (!candidates.contains(event.person)) {
				continue;
			}
			sentence = event.sentence;
			if (!event.embedded) {
				if (foreground != null && foreground != event.person) {
					return false;
				}
				foreground = event.person;
			}
		}
		return true;
	}

	/** Subjects first, then other mentions, then mentions inside another's apposition. */
	private static int rank(Event event) {
		return event.subject ? 0 : event.embedded ? 2 : 1;
	}

	LocalPerson pronoun(Mention pronoun) {
		return pronoun(pronoun, person -> false);
	}

	/** The same, never one of the people ruled out ("She said Roe's ..." is not Roe). */
	LocalPerson pronoun(Mention pronoun, Predicate<LocalPerson> ruledOut) {
		LocalPerson known = knownGender(pronoun);
		if (known != null && !ruledOut.test(known)) {
			return known;
		}
		Event best = null;
		for (int i = this.events.size() - 1; i >= 0; i--) {
			Event event = this.events.get(i);
			if (event.sentence < pronoun.sentence - PRONOUN_WINDOW) {
				break;
			}
			if (event.position < pronoun.start && fits(event.person, pronoun) && !ruledOut.test(event.person)
					&& (best == null || better(event, best, pronoun))) {
				best = event;
			}
		}
		if (best != null && unnamedOfUnknownGender(best.person, pronoun)) {
			LocalPerson named = namedSubjectOfGender(pronoun);
			if (named != null && !ruledOut.test(named)) {
				return named;
			}
		}
		if (best != null) {
			return best.person;
		}
		for (int i = this.events.size() - 1; i >= 0; i--) {
			Event event = this.events.get(i);
			if (event.subject && fits(event.person, pronoun) && !ruledOut.test(event.person)) {
				return event.person;
			}
		}
		return null;
	}

	/**
	 * Whether the person may be what the pronoun stands for: of a gender that agrees, and
	 * for "he" or "she" no company ("Acme Corp. said ... she said" is someone else) and
	 * no bare name the text never showed to be a person's.
	 */
	private static boolean fits(LocalPerson person, Mention pronoun) {
		if (!person.gender.agreesWith(pronoun.gender) || GivenNamesOfTheOtherSex.ruledOut(person, pronoun.gender)) {
			return false;
		}
		// a single name with no gender and no role told is as likely a company's
		// ("Acme said ... she said")
		if (person.described && !person.spellings.isEmpty()) {
			// "a Sun spokesman": the role's noun tells the gender the name does not
			String[] words = person.name().toLowerCase(Locale.ROOT).split(" ");
			if (!GenderClues.ofWord(words[words.length - 1]).agreesWith(pronoun.gender)) {
				return false;
			}
		}
		boolean personLike = person.gender != Gender.UNKNOWN || !person.roles.isEmpty() || person.described
				|| person.fullName() || person.setOffAsPerson;
		return pronoun.gender == Gender.UNKNOWN || personLike && !OrganisationWords.spelledAsCompany(person);
	}

	/**
	 * "He" or "she" when the sentences before name one person of that gender, as a
	 * subject, and no other person: a company or a product in between, a name without any
	 * role or gender, is no "he".
	 */
	private LocalPerson knownGender(Mention pronoun) {
		if (pronoun.gender == Gender.UNKNOWN) {
			return null;
		}
		LocalPerson only = null;
		for (int i = this.events.size() - 1; i >= 0; i--) {
			Event event = this.events.get(i);
			if (event.sentence < pronoun.sentence - PRONOUN_WINDOW - 1) {
				break;
			}
			if (event.position >= pronoun.start || event.person == only) {
				continue;
			}
			boolean personLike = (event.person.gender == Gender.UNKNOWN
					&& (!event.person.roles.isEmpty() || event.person.setOffAsPerson
							|| event.person.calledBySurname && !event.person.described
									&& !OrganisationWords.spelledAsCompany(event.person))
					|| PeopleOfUntoldGender.namedInFull(event.person))
					&& !GivenNamesOfTheOtherSex.ruledOut(event.person, pronoun.gender);
			if (event.subject && personLike || event.person.gender == pronoun.gender && only != null) {
				return null; // someone else it could be
			}
			only = event.subject && event.person.gender == pronoun.gender ? event.person : only;
		}
		return only;
	}

	/**
	 * "The mayor of Leeds said ... . She was the prosecutor": a speaker the text only
	 * describes, whose gender it never showed, is a weaker referent for "she" than the
	 * woman the text was about shortly before.
	 */
	private static boolean unnamedOfUnknownGender(LocalPerson person, Mention pronoun) {
		return person.described && person.gender == Gender.UNKNOWN && pronoun.gender != Gender.UNKNOWN;
	}

	private LocalPerson namedSubjectOfGender(Mention pronoun) {
		for (int i = this.events.size() - 1; i >= 0; i--) {
			Event event = this.events.get(i);
			if (event.sentence < pronoun.sentence - NAMED_SUBJECT_WINDOW) {
				return null;
			}
			if (event.subject && event.position < pronoun.start && !event.person.described
					&& event.person.gender == pronoun.gender) {
				return event.person;
			}
		}
		return null;
	}

	private static boolean better(Event a, Event b, Mention pronoun) {
		if (a.sentence != b.sentence) {
			return a.sentence > b.sentence;
		}
		if (a.subject != b.subject) {
			return a.subject;
		}
		// a man named in the sentence is a likelier "he" than a name whose gender the
		// text never showed (a company's, a product's), even inside another's apposition
		boolean aExact = a.person.gender == pronoun.gender;
		boolean bExact = b.person.gender == pronoun.gender;
		if (aExact != bExact) {
			return aExact;
		}
		// "Jane Roe, the governor, said Upton, Lower Marsh and Kew were hit. He …": a
		// name the text showed to be a person's, by a role or an apposition, before a
		// bare name that may be a place's
		boolean aShown = shownAsPerson(a.person);
		if (aShown != shownAsPerson(b.person) && a.subject && b.subject) {
			return aShown;
		}
		if (a.embedded != b.embedded) {
			return !a.embedded;
		}
		return a.position > b.position;
	}

	private static boolean shownAsPerson(LocalPerson person) {
		return person.gender != Gender.UNKNOWN || !person.roles.isEmpty() || person.setOffAsPerson;
	}

	/** "the North Korean leader": the person whose role has those words. */
	LocalPerson description(Mention description, Collection<LocalPerson> people) {
		String[] words = OfficeQualifiers.exAsFormer(normalize(description.surface)).split(" ");
		String head = words[words.length - 1];
		List<LocalPerson> fitting = new ArrayList<>();
		for (LocalPerson person : people) {
			for (String role : person.roles) {
				String office = " " + OfficeQualifiers.exAsFormer(normalize(role)) + " ";
				if (containsAll(office, words) && !OfficeQualifiers.anotherOffice(office, words)) {
					fitting.add(person);
					break;
				}
			}
		}
		if (!fitting.isEmpty()) {
			return inFocus(fitting, description.sentence);
		}
		if (!OCCUPATIONS_WITHOUT_ANTECEDENT.contains(head)) {
			return null;
		}
		for (int i = this.events.size() - 1; i >= 0; i--) {
			Event event = this.events.get(i);
			if (event.sentence < description.sentence - PRONOUN_WINDOW) {
				break;
			}
			if (event.subject && event.person.gender.agreesWith(description.gender)) {
				return event.person;
			}
		}
		return null;
	}

	private static boolean containsAll(String role, String[] words) {
		for (int i = 1; i < words.length; i++) {
			if (!role.contains(" " + words[i] + " ")) {
				return false;
			}
		}
		return true;
	}

	private static String normalize(String phrase) {
		return phrase.toLowerCase(Locale.ROOT)
			.replace("u.s.", "us")
			.replace("u.n.", "un")
			.replaceAll("[^a-z0-9 ]", " ")
			.replaceAll(" +", " ")
			.trim();
	}

}
