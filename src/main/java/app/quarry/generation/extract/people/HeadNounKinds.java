package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * What a description's head noun says its name is: a person ("the President of
 * ProtoStar"), a place ("a village on the island"), an organisation ("the operator of the
 * plant", "the nuclear authority"), a doer that may be either a person or a firm ("the
 * campaigner", "the airframer") or, failing all four, a thing.
 */
enum HeadNounKinds {

	PERSON, PLACE, ORGANISATION, DOER, THING;

	/** Nouns for places besides the kinds a larger place holds. */
	private static final Set<String> PLACES = NameLexicon.words("capital", "country", "nation", "house", "residence",
			"palace", "peak", "mountain", "volcano", "river", "lake", "sea", "valley", "square", "street", "avenue",
			"neighbourhood", "neighborhood", "area", "settlement", "municipality", "oblast", "prefecture",
			"archipelago", "peninsula", "desert", "park", "hamlet", "borough", "commune", "parish", "canton", "emirate",
			"kingdom");

	/** Doers that are firms far more often than people: "the operator of the plant". */
	private static final Set<String> FIRM_DOERS = NameLexicon.words("maker", "manufacturer", "supplier", "provider",
			"retailer", "exporter", "importer", "lender", "insurer", "operator", "developer", "distributor",
			"wholesaler", "processor", "refiner", "shipper", "producer", "publisher", "broadcaster", "carrier",
			"builder", "contractor", "regulator", "owner");

	/**
	 * The kind of the name a description headed by {@code head} describes; {@code person}
	 * when the document already shows the name is a person's, {@code acronym} when it is
	 * written in capitals (a body's, not a person's).
	 */
	static HeadNounKinds of(String head, boolean person, boolean acronym) {
		String singular = PersonNouns.singular(head);
		String noun = singular != null && !PersonNouns.namesPerson(head) ? singular : head;
		// "operator", "carrier": a doer by its ending may be a firm; a listed one is a
		// person
		boolean personNoun = PersonNouns.namesPerson(noun)
				&& (!AgentNouns.isAgent(noun) || PersonNounLexicon.listed(noun) || NameLexicon.isRoleNoun(noun));
		if (person || !acronym && personNoun) {
			return PERSON;
		}
		if (PlaceDescriptions.KINDS.contains(noun) || PLACES.contains(noun)) {
			return PLACE;
		}
		if (DescriptionNouns.organisationNoun(noun) || BodyNouns.closes(noun) || FIRM_DOERS.contains(noun)) {
			return ORGANISATION;
		}
		if (AgentNouns.isAgent(noun)) {
			return acronym ? ORGANISATION : DOER;
		}
		return THING;
	}

	/**
	 * A noun the rules know names a kind of person, body, place or thing: "football" in
	 * "the football World Cup" or "reality" in "reality TV" name none, and say nothing.
	 */
	static boolean known(String head) {
		if (head.length() < 3 || head.endsWith("ing")
				|| !head.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
			return false;
		}
		return PersonNouns.namesPerson(head) || of(head, false, false) != THING || ThingKinds.kind(head)
				|| ArtefactAppositions.artefact(head) || EventAppositions.event(head);
	}

}
