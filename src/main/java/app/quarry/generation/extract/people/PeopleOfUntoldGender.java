package app.quarry.generation.extract.people;

/**
 * "Ilkar Vasquez has always denied the charge. In his last interview, he insisted …": a
 * person named in full whose given name tells no gender is still a person, and when the
 * sentence before makes that person its subject, a "he" or "she" after it more likely
 * goes on about them than about a man or woman named further back. A name the text spells
 * as a company's, writes after an article ("the Nordic Phone") or knows only by a
 * description is no such person, nor one read only once.
 */
final class PeopleOfUntoldGender {

	private PeopleOfUntoldGender() {
	}

	static boolean namedInFull(LocalPerson person) {
		// named more than once: a capitalized pair read once ("Current Acme programs
		// run") is as likely a thing's name as a person's
		return person.gender == Gender.UNKNOWN && person.fullName() && !person.described && person.mentions > 1
				&& !person.namedAfterArticle && !OrganisationWords.spelledAsCompany(person);
	}

	/** "The Nordic Phone Deluxe has …": a name written right after an article. */
	static boolean afterArticle(DocumentTokens doc, Mention name) {
		int before = name.firstToken - 1;
		return before >= 0 && !doc.boundaryBefore(name.firstToken)
				&& SourceSpeakers.ARTICLES.contains(doc.get(before).lower());
	}

}
