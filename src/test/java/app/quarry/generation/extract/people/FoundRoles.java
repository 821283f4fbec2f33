package app.quarry.generation.extract.people;

import java.util.List;

import app.quarry.corpus.DocumentText;

/**
 * What the shape tests compare: each person found with a role in a text, written "value |
 * role" so a failed assertion shows the whole reading at once.
 */
final class FoundRoles {

	private FoundRoles() {
	}

	static List<String> roles(String text) {
		return new PersonExtractor().find(DocumentText.of(text), null)
			.stream()
			.filter(fact -> fact.role() != null)
			.map(fact -> fact.value() + " | " + fact.role())
			.toList();
	}

}
