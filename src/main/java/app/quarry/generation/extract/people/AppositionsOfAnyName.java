package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import app.quarry.generation.extract.DocumentAnalysis;
import app.quarry.generation.extract.EntityFact;
import app.quarry.generation.extract.Fact;
import app.quarry.generation.extract.LeftoverFinder;
import app.quarry.generation.extract.NamedThingFact;
import app.quarry.generation.extract.PersonFact;

/**
 * The last reader of appositions: any name set off by a noun phrase ("TEPCO, the operator
 * of the plant,", "Steinish, a village on the island of Lewis.", "Phillip Father, the
 * President of ProtoStar,") or that a copula links to a name opening its sentence ("Korva
 * is a fishing village on the coast."), where no other finder described the name. The
 * other rules know their kinds of names and heads by lists; this one knows neither, and
 * reads the phrase by its parts of speech and the name's kind by the phrase's head noun,
 * so that names of a kind no list foresaw are still asked about.
 */
public final class AppositionsOfAnyName implements LeftoverFinder {

	/**
	 * "Korva is a small fishing village on the coast.": a copula after a name opening its
	 * sentence links the same kind of phrase an apposition sets off.
	 */
	private static final Set<String> COPULAS = NameLexicon.words("is", "was");

	@Override
	public List<Fact> find(DocumentAnalysis analysis, List<Fact> found) {
		DocumentPeople people = DocumentPeople.of(analysis);
		DocumentTokens doc = people.doc;
		String text = analysis.document().text();
		DescribedAlready described = new DescribedAlready(found);
		Set<String> namesInside = NamesBeforeCommas.capitalizedInsideSentences(doc);
		List<Fact> facts = new ArrayList<>();
		for (int comma = 1; comma + 2 < doc.size(); comma++) {
			if (doc.boundaryBefore(comma) || doc.boundaryBefore(comma + 1)) {
				continue;
			}
			int start;
			if (doc.get(comma).is(",") && !OpeningPhraseCommas.closesOpening(doc, comma)) {
				start = NamesBeforeCommas.start(doc, comma, namesInside);
			}
			else if (COPULAS.contains(doc.get(comma).lower())) {
				start = NamesBeforeCommas.subjectStart(doc, comma, namesInside);
			}
			else {
				continue;
			}
			if (start < 0) {
				continue;
			}
			SetOffNounPhrase phrase = SetOffNounPhrase.after(doc, start, comma);
			if (phrase == null || phrase.end() - phrase.first() < 2) {
				continue;
			}
			Token first = doc.get(start);
			Token last = doc.get(comma - 1);
			String name = text.substring(first.start(), last.end());
			String description = description(doc, phrase);
			if (description.toLowerCase().contains(name.toLowerCase())
					|| described.any(first.start(), last.end(), description)) {
				continue;
			}
			Fact fact = fact(people, start, comma, name, description, doc.get(phrase.head()).lower());
			if (fact == null) {
				continue;
			}
			facts.add(fact);
			described.add(fact.start(), fact.end(), description);
		}
		return facts;
	}

	private static String description(DocumentTokens doc, SetOffNounPhrase phrase) {
		String words = doc.span(phrase.first(), phrase.end());
		Token opener = doc.get(phrase.first());
		return opener.capitalized() && opener.lower().equals("the") ? "the" + words.substring(3) : words;
	}

	private static Fact fact(DocumentPeople people, int start, int comma, String name, String description,
			String head) {
		DocumentTokens doc = people.doc;
		int from = doc.get(start).start();
		int to = doc.get(comma - 1).end();
		LocalPerson person = personAt(people, start, comma);
		boolean acronym = comma - start == 1 && NamesBeforeCommas.acronym(doc.get(start));
		boolean definite = start > 0 && doc.get(start - 1).lower().equals("the") && !doc.boundaryBefore(start);
		HeadNounKinds kind = HeadNounKinds.of(head, false, acronym);
		if (kind == HeadNounKinds.DOER && BodyNouns.closes(doc.get(comma - 1).lower())) {
			kind = HeadNounKinds.ORGANISATION; // "the Vellhaus Group, the largest
												// employer"
		}
		if (person == null && kind == HeadNounKinds.DOER) {
			return null; // "Westcorp, the campaigner,": a person's or a firm's, unsure
		}
		if (person != null && kind != HeadNounKinds.PERSON && kind != HeadNounKinds.THING
				&& kind != HeadNounKinds.DOER) {
			return null; // "Jane Roe, a company": a person's name the head calls no
							// person
		}
		return switch (person != null ? HeadNounKinds.PERSON : kind) {
			case PERSON -> new PersonFact(name, from, to, person == null ? name : person.name(), description);
			case PLACE -> EntityFact.place(name, from, to, description);
			case ORGANISATION, DOER -> new EntityFact(name, from, to, name, description);
			case THING -> new NamedThingFact(name, from, to, definite ? "the " + name : name, description);
		};
	}

	/** The person a name the people's rules read lies in, when they show it is one. */
	private static LocalPerson personAt(DocumentPeople people, int start, int end) {
		for (Mention mention : people.mentions) {
			if (mention.kind == Mention.Kind.NAME && mention.person != null && mention.firstToken < end
					&& mention.endToken > start && OrganisationFinder.showsPerson(mention)) {
				return mention.person;
			}
		}
		return null;
	}

	/**
	 * The names the other finders described, and their descriptions: a name said once is
	 * not said again, and a phrase another rule gave to someone is not given twice.
	 */
	private static final class DescribedAlready {

		private final List<int[]> spans = new ArrayList<>();

		private final Set<String> descriptions = new HashSet<>();

		DescribedAlready(List<Fact> found) {
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
			this.spans.add(new int[] { start, end });
			this.descriptions.add(description.toLowerCase());
		}

		boolean any(int start, int end, String description) {
			return this.descriptions.contains(description.toLowerCase())
					|| this.spans.stream().anyMatch(span -> span[0] < end && span[1] > start);
		}

	}

}
