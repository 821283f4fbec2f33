package app.quarry.generation.extract.people;

import java.util.List;

/**
 * One person across the documents a directory was built from: the canonical name (the
 * most frequent full spelling), every spelling seen, and the roles the documents give.
 */
public record Person(String name, List<String> spellings, List<String> roles, Gender gender) {

	public Person {
		spellings = List.copyOf(spellings);
		roles = List.copyOf(roles);
	}

}
