package app.quarry.generation.extract.people;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import app.quarry.generation.extract.EntityFact;
import app.quarry.generation.extract.Fact;
import app.quarry.generation.extract.NamedThingFact;
import app.quarry.generation.extract.PersonFact;

/**
 * The names already described, and their descriptions, for the finders of last resort: a
 * name said once is not said again, and a phrase another rule gave to someone is not
 * given twice. Also makes the fact a description gives a name, of the kind its head
 * tells.
 */
final class DescribedNames {

	/** The characters of every described name: asked once per candidate name. */
	private final BitSet named = new BitSet();

	private final Set<String> descriptions = new HashSet<>();

	DescribedNames(List<Fact> found) {
		for (Fact fact : found) {
			String description = switch (fact) {
				case PersonFact person -> person.role();
				case EntityFact entity -> entity.description();
				case NamedThingFact thing -> thing.description();
				default -> null;
			};
			if (description != null) {
				add(fact.start(), fact.end(), description);
			}
		}
	}

	void add(int start, int end, String description) {
		addName(start, end);
		this.descriptions.add(description.toLowerCase());
	}

	/** Marks the name from {@code start} to {@code end} described. */
	void addName(int start, int end) {
		this.named.set(start, end);
	}

	boolean any(int start, int end, String description) {
		return this.descriptions.contains(description.toLowerCase()) || named(start, end);
	}

	/**
	 * Whether a name overlapping the text from {@code start} to {@code end} is described.
	 */
	boolean named(int start, int end) {
		int next = this.named.nextSetBit(start);
		return next >= 0 && next < end;
	}

	/**
	 * The fact that the name from {@code start} to {@code end} is what
	 * {@code description} says, of the kind its head noun and the people's rules tell;
	 * null when they disagree or leave the kind unsure.
	 */
	static Fact fact(DocumentPeople people, int start, int end, String name, String description, String head) {
		return fact(people, start, end, name, description, head, false);
	}

	/**
	 * The same, where the text itself says the name is a person's: "Jane Roe, who was the
	 * last ruler," takes "who", which English keeps for people.
	 */
	static Fact fact(DocumentPeople people, int start, int end, String name, String description, String head,
			boolean saidOfPerson) {
		DocumentTokens doc = people.doc;
		int from = doc.get(start).start();
		int to = doc.get(end - 1).end();
		LocalPerson person = personAt(people, start, end);
		if (saidOfPerson && person == null && end - start >= 2) {
			HeadNounKinds kind = HeadNounKinds.of(head, false, false);
			return kind == HeadNounKinds.PERSON || kind == HeadNounKinds.DOER || kind == HeadNounKinds.THING
					? new PersonFact(name, from, to, name, description) : null;
		}
		boolean acronym = end - start == 1 && NamesBeforeCommas.acronym(doc.get(start));
		boolean definite = start > 0 && doc.get(start - 1).lower().equals("the") && !doc.boundaryBefore(start);
		HeadNounKinds kind = HeadNounKinds.of(head, false, acronym);
		if (kind == HeadNounKinds.DOER && BodyNouns.closes(doc.get(end - 1).lower())) {
			// "the Vellhaus Group, the largest employer": the name says it is a body
			kind = HeadNounKinds.ORGANISATION;
		}
		if (person == null && kind == HeadNounKinds.DOER) {
			return null; // "Westcorp, the campaigner,": a person's or a firm's, unsure
		}
		if (person != null && kind != HeadNounKinds.PERSON && kind != HeadNounKinds.THING
				&& kind != HeadNounKinds.DOER) {
			return null; // "Jane Roe, a company": a head that names no person
		}
		if (person == null && kind == HeadNounKinds.PERSON && end - start < 2) {
			return null; // "Skarva, the hosts": one word no rule shows is a person's
		}
		return switch (person != null ? HeadNounKinds.PERSON : kind) {
			case PERSON -> new PersonFact(name, from, to, person == null ? name : person.name(), description);
			case PLACE -> EntityFact.place(name, from, to, description);
			case ORGANISATION, DOER -> new EntityFact(name, from, to, name, description);
			case THING -> new NamedThingFact(name, from, to, definite ? "the " + name : name, description);
		};
	}

	/** The person a name the people's rules read lies in, when they show it is one. */
	static LocalPerson personAt(DocumentPeople people, int start, int end) {
		for (Mention mention : people.mentions) {
			if (mention.kind == Mention.Kind.NAME && mention.person != null && mention.firstToken < end
					&& mention.endToken > start && OrganisationFinder.showsPerson(mention)) {
				return mention.person;
			}
		}
		return null;
	}

}
