package app.quarry.generation.extract.people;

/** What the text tells about a person's grammatical gender, for "he" and "she". */
public enum Gender {

	FEMALE, MALE, UNKNOWN;

	boolean agreesWith(Gender pronoun) {
		return this == UNKNOWN || pronoun == UNKNOWN || this == pronoun;
	}

}
