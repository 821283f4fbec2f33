package app.quarry.generation.extract.people;

/**
 * The rules that describe a capitalized name once the appositions right after it have had
 * their say, tried in order. The order is the rules' priority: a description set off
 * beside the name is surer than one read from a clause or from the name's place, so the
 * first rule that answers wins.
 */
final class OrganisationDescriptionRules {

	private OrganisationDescriptionRules() {
	}

	/**
	 * What the document says the organisation named by tokens {@code i} to {@code end}
	 * is, or null.
	 */
	static String describe(DocumentTokens doc, int i, int end, boolean[] person, boolean[] named, String leadCompany) {
		String description = RelationsSetOffAfter.after(doc, i, end, person);
		if (description == null) {
			description = OrganisationNounsBefore.before(doc, i);
		}
		if (description == null) {
			description = TradeNounsBefore.before(doc, i);
		}
		if (description == null) {
			description = PluralFirmNounsBefore.before(doc, i, end, named);
		}
		if (description == null) {
			description = OrganisationNounsBefore.around(doc, i, end);
		}
		if (description == null) {
			description = KindsAroundNames.around(doc, i, end);
		}
		if (description == null) {
			description = EnsemblesAfterTheirKind.before(doc, i);
		}
		if (description == null) {
			description = MediaHeadNouns.after(doc, i, end, named);
		}
		if (description == null) {
			description = OrganisationsSetOffBefore.before(doc, i, end, named);
		}
		if (description == null) {
			description = BareKindsSetOffBefore.before(doc, i, end);
		}
		if (description == null) {
			description = CountedKindsBeforeLists.before(doc, i);
		}
		if (description == null) {
			description = SharedAppositions.after(doc, end, 1 + SharedAppositions.namesBefore(doc, i));
		}
		if (description == null) {
			description = OrganisationAppositions.whoseBusiness(doc, end);
		}
		if (description == null) {
			description = OrganisationAppositions.whichOwns(doc, end);
		}
		if (description == null) {
			description = CompanyTrades.which(doc, end);
		}
		if (description == null) {
			description = OwnershipClauses.after(doc, i, end);
		}
		if (description == null) {
			description = OrganisationClauses.participle(doc, i, end);
		}
		if (description == null) {
			description = OrganisationClauses.relative(doc, i, end);
		}
		if (description == null) {
			description = RelativeDescriptions.of(doc, i, end);
		}
		if (description == null) {
			description = OrganisationClauses.creedBefore(doc, i, end, named);
		}
		if (description == null) {
			description = OrganisationCreeds.before(doc, i, end);
		}
		if (description == null) {
			description = OrganisationShapes.firmOf(doc, i);
		}
		if (description == null) {
			description = OrganisationShapes.asLead(doc, i);
		}
		if (description == null) {
			description = OrganisationRelations.possessedBefore(doc, i, end);
		}
		if (description == null) {
			description = BareLeadDescriptions.organisation(doc, i, end);
		}
		if (description == null) {
			description = CompanyUnits.unitOf(doc, i, end, leadCompany);
		}
		if (description == null) {
			description = OrganisationCopulas.possessedAfter(doc, i, end);
		}
		if (description == null) {
			description = OrganisationCopulas.possessedBefore(doc, i, end);
		}
		if (description == null && (!OrganisationFinder.anyPerson(named, i, end)
				|| OrganisationWords.companyName(doc, i, end) || CompanyBases.qualifierTakenIn(doc, i, named))) {
			// a person may be based somewhere too: only a name no rule took for a
			// person's, or one that says it is a company's
			description = OrganisationShapes.basedIn(doc, end);
			description = description != null ? description : OrganisationShapes.basedBefore(doc, i);
		}
		if (description == null) {
			description = OrganisationRelations.ownerOf(doc, i, end);
		}
		if (description == null) {
			description = GroupLeaders.ledBy(doc, i, end);
		}
		if (description == null) {
			description = OrganisationShapes.placeSetOff(doc, i, end);
		}
		if (description == null) {
			description = CompanyBases.of(doc, i, end, person, named);
		}
		if (description == null) {
			description = FacilitiesInPlaces.after(doc, i, end, person);
		}
		return description;
	}

}
