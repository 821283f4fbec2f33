package app.quarry.generation.extract.people;

/**
 * Reads the role a document gives a named person, trying the shapes news and reference
 * text use in turn: a title before the name ("US President Donald Trump"), a role set off
 * before it ("An aerospace analyst, Richard Aboulafia,"), an apposition after it ("Kim Yo
 * Jong, the influential sister of North Korean leader Kim Jong Un,"), a copula ("Jane Roe
 * was a Scottish botanist") the words before a list of names ("pharaohs Amenemhat III and
 * Amenemhat IV") and a clause whose subject is the role ("The winner was Jane Roe").
 */
final class RoleFinder {

	private RoleFinder() {
	}

	/**
	 * The role of a name; {@code previousFullName} is the last full name before it, which
	 * a title before this one cannot reach across.
	 */
	static void findRole(DocumentTokens doc, Mention name, Mention previousFullName) {
		SignOffs.find(doc, name);
		if (name.role != null) {
			return; // "Jane Roe, ABC News, Hong Kong.": a broadcast sign-off says it all
		}
		TitlesBeforeNames.find(doc, name, previousFullName);
		RegnalNames.addRealm(doc, name);
		KinBeforeTitles.find(doc, name);
		if (name.role == null) {
			NationalityBeforeName.find(doc, name);
		}
		if (name.role == null) {
			RolesSetOffBefore.findOwned(doc, name);
		}
		if (name.role == null) {
			RolesOwnedByName.find(doc, name);
		}
		if (name.role == null) {
			RolesSetOffBefore.find(doc, name);
		}
		if (name.role == null) {
			OneOfGroupRoles.find(doc, name);
		}
		if (name.role == null) {
			RolesAfterSpeechVerb.find(doc, name);
		}
		if (name.role == null && !name.possessive) {
			ActiveAppointments.find(doc, name);
		}
		if (name.role == null) {
			name.role = BareLeadDescriptions.role(doc, name);
		}
		if (name.role == null) {
			CompanyRoles.find(doc, name);
		}
		if (name.role == null && !name.possessive) {
			RolesGivenUp.find(doc, name);
		}
		if (name.role == null && !name.possessive) {
			BoardSeats.find(doc, name);
		}
		if (!name.possessive) {
			Appositions.find(doc, name);
			TrailingSpeechTags.undo(doc, name);
		}
		if (name.appositionRole == null && !name.possessive) {
			PersonNounAppositions.find(doc, name);
		}
		if (name.appositionRole == null && !name.possessive) {
			BracketedGlosses.find(doc, name);
		}
		if (name.appositionRole == null && !name.possessive) {
			DemonymAppositions.find(doc, name);
		}
		if (name.appositionRole == null && !name.possessive) {
			ProgressiveRelatives.find(doc, name);
		}
		if (name.appositionRole == null && !name.possessive) {
			RepresentingAppositions.find(doc, name);
		}
		if (name.appositionRole == null && !name.possessive) {
			Affiliations.find(doc, name);
		}
		if (name.appositionRole == null && !name.possessive) {
			WithAffiliations.find(doc, name);
		}
		if (name.role == null && !name.possessive) {
			CopularRoles.find(doc, name);
		}
		if (name.role == null && !name.possessive) {
			NameList.findRole(doc, name);
		}
		if (name.role == null && !name.possessive) {
			SharedRoles.find(doc, name);
		}
		if (name.role == null && !name.possessive) {
			IncludedNames.find(doc, name);
		}
		if (name.role == null && !name.possessive) {
			MembersOfANamedSide.find(doc, name);
		}
		if (name.role == null && !name.possessive) {
			OfficesOfPlaces.find(doc, name);
		}
		if (name.role == null && !name.possessive) {
			RolesListedByPlace.find(doc, name);
		}
		if (name.role == null && !name.possessive) {
			RoleClauses.find(doc, name);
		}
		if (name.role == null && !name.possessive) {
			CopularListRoles.find(doc, name);
		}
		if (name.role == null && !name.possessive) {
			SharedRoles.findOneOfThem(doc, name);
		}
		if (name.role == null && !name.possessive) {
			ContributorLines.find(doc, name);
		}
		if (name.role == null && !name.possessive) {
			SignOffs.findByline(doc, name);
		}
		if (name.role == null && !name.possessive) {
			PlacesLedBy.find(doc, name);
		}
		if (name.role == null && !name.possessive) {
			CountedListRoles.find(doc, name);
		}
		if (name.role == null && !name.possessive) {
			FirmsOwningNames.find(doc, name);
		}
		if (name.role == null && !name.possessive) {
			CountriesBeforeNames.find(doc, name);
		}
		if (name.role == null && !name.possessive) {
			CountryOwnedLists.find(doc, name);
		}
		if (name.role == null) {
			PartiesBeforeNames.find(doc, name);
		}
		if (name.role == null) {
			DescriptorsBeforeNames.find(doc, name);
		}
		if (name.role == null) {
			DescribedThenNamed.find(doc, name);
		}
		if (name.role == null && !name.possessive) {
			// after every other reading of an owner: a bare name says least
			BodiesOwningPeople.find(doc, name);
		}
		if (name.appositionRole == null && !name.possessive) {
			// after every other role: a body after "of" where nobody speaks adds to them
			Affiliations.findUnspoken(doc, name);
		}
		if (name.role == null && name.appositionRole == null && !name.possessive) {
			// a home town after the name, as a country after it, says less than any post
			HomesAfterNames.find(doc, name);
		}
		if (name.role == null && name.appositionRole == null && !name.possessive) {
			// last: a country after the name says less than any post or list before it
			CountriesAfterNames.find(doc, name);
		}
	}

	/**
	 * The role a copula gives a mention known to be its clause's subject ("From 1991 to
	 * 1999, she was the prosecutor in ...").
	 */
	static void findCopularRoleOfSubject(DocumentTokens doc, Mention name) {
		CopularRoles.findOfSubject(doc, name);
	}

}
