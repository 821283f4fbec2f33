package app.quarry.generation.extract.people;

/**
 * "Paulo Mendes met Lucia Ferro. Ferro has been missing since May. He allegedly told her
 * …": a person named in full whose gender the text never states may still stand for a
 * "he" or a "she", but not for the one their given name all but rules out. A woman's
 * given name is no "he", a man's no "she"; a name borne by both tells nothing.
 */
final class GivenNamesOfTheOtherSex {

	private GivenNamesOfTheOtherSex() {
	}

	static boolean ruledOut(LocalPerson person, Gender pronoun) {
		if (pronoun == Gender.UNKNOWN || person.gender != Gender.UNKNOWN || person.described || !person.fullName()
				|| person.parts.length < 2) {
			return false;
		}
		Gender recorded = GivenNames.recordedSex(person.parts[0]);
		return recorded != Gender.UNKNOWN && recorded != pronoun;
	}

}
