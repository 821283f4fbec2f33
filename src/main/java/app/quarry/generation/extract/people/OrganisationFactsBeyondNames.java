package app.quarry.generation.extract.people;

import java.util.HashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.quarry.generation.extract.EntityFact;

/**
 * The organisation and place facts found by whole-sentence shapes rather than by walking
 * the capitalized names one by one. Kept apart from the walk because they add to its
 * facts under their own rule: most give way to a fact the walk already found at the same
 * name, so the walk's reading wins.
 */
final class OrganisationFactsBeyondNames {

	private OrganisationFactsBeyondNames() {
	}

	/** Adds to {@code facts} what the sentence-wide rules find. */
	static void addTo(List<EntityFact> facts, DocumentTokens doc, String text, boolean[] person, boolean[] named,
			int[] lead) {
		facts.addAll(LeadDescriptions.find(doc, text, person, named));
		for (EntityFact later : CompanyAnaphora.find(doc, text, person, named, lead)) {
			if (facts.stream().noneMatch(f -> f.start() == later.start())) {
				facts.add(later);
			}
		}
		for (EntityFact unit : OwnedUnits.find(doc, text, person, named)) {
			if (facts.stream().noneMatch(f -> f.start() == unit.start())) {
				facts.add(unit);
			}
		}
		for (EntityFact relation : CopularRelations.find(doc, text, person)) {
			if (facts.stream()
				.noneMatch(f -> f.start() == relation.start() && relation.description().equals(f.description()))) {
				facts.add(relation);
			}
		}
		facts.addAll(Acronyms.in(text));
		facts.addAll(LooseAcronyms.in(text, spelled(facts)));
		facts.addAll(CopularOrganisations.find(doc, text, person));
		for (EntityFact member : OneOfTheKindThat.find(doc, text, person)) {
			if (facts.stream().noneMatch(f -> f.start() == member.start())) {
				facts.add(member);
			}
		}
		for (EntityFact ranked : RankedCopulas.find(doc, text, person)) {
			if (facts.stream()
				.noneMatch(f -> f.start() == ranked.start() && ranked.description().equals(f.description()))) {
				facts.add(ranked);
			}
		}
		Set<String> described = new HashSet<>();
		facts.forEach(f -> described.add(f.value()));
		for (EntityFact rival : NamedRivals.find(doc, text, person, named, described)) {
			if (facts.stream().noneMatch(f -> f.start() == rival.start())) {
				facts.add(rival);
			}
		}
		facts.addAll(PlaceDescriptions.find(doc, text, person));
		List<EntityFact> namedPlaces = new ArrayList<>(PlacesNamedAfterTheirKind.find(doc, text, person));
		namedPlaces.addAll(PlacesCalledByName.find(doc, text, person));
		for (EntityFact place : namedPlaces) {
			if (facts.stream().noneMatch(f -> f.start() == place.start())) {
				facts.add(place);
			}
		}
		facts.addAll(OrganisationClauses.broadcasters(doc, text));
		facts.addAll(CompanyTrades.sentences(doc, text));
	}

	/** The abbreviations already spelled out among {@code facts}. */
	private static Set<String> spelled(List<EntityFact> facts) {
		Set<String> told = new HashSet<>();
		facts.stream().filter(f -> Acronyms.spells(f.value(), f.description())).forEach(f -> told.add(f.value()));
		return told;
	}

}
