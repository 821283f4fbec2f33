package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Person nouns of British political, legal and sporting news that name what someone is as
 * plainly as "senator" or "lawyer" do: "Tory MP Jane Roe", "the men's solicitor, Tom
 * Lowe,", "Greek sprinters Ana Roe and Eva Lowe", "400m runners Tom Roe and Jim Lowe".
 */
final class SportAndBarRoles {

	/** Callings and sports whose doers no general list holds. */
	static final Set<String> NOUNS = NameLexicon.words("solicitor", "barrister", "sprinter", "runner", "hurdler",
			"swimmer", "jockey", "boxer", "golfer", "rower", "skier", "vaulter", "auctioneer", "huntsman", "midfielder",
			"skip", "skipper", "popstar", "pundit", "commentator", "presenter", "hostage");

	private SportAndBarRoles() {
	}

	static boolean contains(String lower) {
		return NOUNS.contains(lower);
	}

}
