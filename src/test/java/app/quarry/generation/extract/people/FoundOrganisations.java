package app.quarry.generation.extract.people;

import java.util.List;

import app.quarry.corpus.DocumentText;

/** The organisations a text describes, as "name | description", for the shape tests. */
final class FoundOrganisations {

	private FoundOrganisations() {
	}

	static List<String> in(String text) {
		return new OrganisationFinder().find(DocumentText.of(text), null)
			.stream()
			.map(fact -> fact.value() + " | " + fact.description())
			.toList();
	}

}
