package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import app.quarry.corpus.DocumentText;
import app.quarry.generation.extract.DocumentAnalysis;
import app.quarry.generation.extract.ExtractionContext;
import app.quarry.generation.extract.FactFinder;
import app.quarry.generation.extract.PersonFact;

/**
 * Finds who is who: each named person with the role a title or an apposition gives them
 * ("Unification Minister Chung Dong-young"; "Shin Beom-chul, senior fellow at ..."), one
 * fact per mention that carries a role, plus the first mention of a person given no role.
 * The value is the person's name as the document spells it most often.
 */
public final class PersonExtractor implements FactFinder {

	@Override
	public List<PersonFact> find(DocumentAnalysis analysis) {
		DocumentPeople people = DocumentPeople.of(analysis);
		DocumentText document = analysis.document();
		String text = document.text();
		List<PersonFact> facts = new ArrayList<>();
		Set<LocalPerson> seen = new HashSet<>();
		for (int i = 0; i < people.mentions.size(); i++) {
			Mention mention = people.mentions.get(i);
			if (mention.kind == Mention.Kind.PRONOUN && mention.person != null && mention.role != null
					&& !mention.inQuote) {
				// "Ostby criticized Halvard ... when he became attorney general": with
				// another man named since, "he" may be either, and a role given to the
				// wrong one is a wrong answer
				if (!Referents.unrivalled(people.mentions, i, true)) {
					continue;
				}
				facts.add(new PersonFact(text.substring(mention.start, mention.end), mention.start, mention.end,
						mention.person.name(), mention.role));
				continue;
			}
			if (mention.kind != Mention.Kind.NAME || mention.person == null) {
				continue;
			}
			boolean first = seen.add(mention.person);
			// "Dr." is what a reader learns of someone the document describes no further
			String role = mention.role == null && mention.person.roles.isEmpty() ? mention.doctorTitle : mention.role;
			if (role != null || first && mention.person.roles.isEmpty()) {
				facts.add(new PersonFact(text.substring(mention.start, mention.end), mention.start, mention.end,
						mention.person.name(), role));
			}
			if (mention.appositionRole != null && !mention.appositionRole.equals(mention.role)) {
				// "General Arthur Lichte, head of the Mobility Command,": the title and
				// the
				// apposition are two things to know about him
				facts.add(new PersonFact(text.substring(mention.start, mention.end), mention.start, mention.end,
						mention.person.name(), mention.appositionRole));
			}
		}
		List<PersonFact> acts = acts(people, text, facts);
		// the act takes the place of the bare first mention: one fact says who they are
		Set<String> acting = new HashSet<>();
		acts.forEach(act -> acting.add(act.value()));
		facts.removeIf(fact -> fact.role() == null && acting.contains(fact.value()));
		facts.addAll(acts);
		List<PersonFact> later = DescriptionsCarryingOnSubjects.find(people, text);
		// a later description says who the person is: no bare first mention is needed
		Set<String> describedLater = new HashSet<>();
		later.forEach(fact -> describedLater.add(fact.value()));
		facts.removeIf(fact -> fact.role() == null && describedLater.contains(fact.value()));
		facts.addAll(later);
		return facts;
	}

	/**
	 * What each person the document gives no role did, where a sentence states it with
	 * the name as subject: the only thing a reader learns of them, once per person (the
	 * first act stated), so that a story's many minor players do not each fill a quiz.
	 */
	private static List<PersonFact> acts(DocumentPeople people, String text, List<PersonFact> found) {
		Set<String> described = new HashSet<>();
		for (PersonFact fact : found) {
			if (fact.role() != null) {
				described.add(fact.value());
			}
		}
		List<PersonFact> acts = new ArrayList<>();
		pairActs(people, text, described, acts);
		for (Mention mention : people.mentions) {
			if (mention.kind != Mention.Kind.NAME || mention.person == null || !mention.person.roles.isEmpty()
					|| described.contains(mention.person.name())) {
				continue;
			}
			String act = SubjectActs.of(people.doc, mention);
			if (act != null) {
				described.add(mention.person.name());
				acts.add(new PersonFact(text.substring(mention.start, mention.end), mention.start, mention.end,
						mention.person.name(), act));
			}
		}
		return acts;
	}

	/**
	 * "Jane Roe and Ann Doe are charged with fraud.": what two people the document gives
	 * no role did together, once per person, as with a single person's act.
	 */
	private static void pairActs(DocumentPeople people, String text, Set<String> described, List<PersonFact> acts) {
		for (int i = 0; i + 1 < people.mentions.size(); i++) {
			Mention first = people.mentions.get(i);
			Mention second = people.mentions.get(i + 1);
			if (first.person == null || second.person == null || first.person == second.person
					|| !undescribed(first, described) || !undescribed(second, described)) {
				continue;
			}
			String role = PairActs.of(people.doc, first, second);
			if (role != null) {
				for (Mention mention : List.of(first, second)) {
					described.add(mention.person.name());
					acts.add(new PersonFact(text.substring(mention.start, mention.end), mention.start, mention.end,
							mention.person.name(), role));
				}
			}
		}
	}

	private static boolean undescribed(Mention mention, Set<String> described) {
		return mention.kind == Mention.Kind.NAME && mention.person.roles.isEmpty()
				&& !described.contains(mention.person.name());
	}

	/** The same, for a document read on its own. */
	public List<PersonFact> find(DocumentText document, ExtractionContext context) {
		return find(new DocumentAnalysis(document, context));
	}

}
