package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Nouns for kinds of people that neither the title list nor a doer's ending covers: what
 * someone is in a case ("burglar", "patient", "victim"), in a team ("team mate",
 * "compatriot", "ace"), at work ("boss", "tsar", "boffin"), at home ("widow", "nanny") or
 * in a school ("pupil"), on the way or at the scene ("passenger", "bystander"). Read only
 * where a noun describes a name written right after it, so a word here never has to be a
 * person everywhere else. Three endings add the rest: "-ee" of the one something is done
 * to ("detainee", "trainee"), "-eer" of the one who does a thing ("mountaineer",
 * "auctioneer") and "-ian" of a trade or a learning ("electrician", "comedian",
 * "theologian").
 */
final class PersonNounLexicon {

	/** Person nouns that are no verb or adjective as often: safe after a preposition. */
	private static final Set<String> NOUNS = NameLexicon.words("burglar", "thief", "robber", "inmate", "convict",
			"defendant", "plaintiff", "claimant", "victim", "hostage", "accomplice", "informant", "culprit", "vandal",
			"rapist", "thug", "spy", "pirate", "patient", "medic", "paramedic", "midwife", "therapist", "dj", "vj",
			"presenter", "newsreader", "comedian", "actress", "celebrity", "socialite", "superstar", "pundit", "critic",
			"boss", "exec", "tsar", "czar", "supremo", "guru", "boffin", "baron", "intern", "apprentice", "landlord",
			"landlady", "tenant", "nanny", "maid", "housewife", "waitress", "hostess", "stewardess", "mechanic",
			"electrician", "plumber", "jockey", "skier", "compatriot", "countryman", "countrywoman", "teammate",
			"team-mate", "mate", "clubmate", "cellmate", "classmate", "roommate", "flatmate", "housemate", "bandmate",
			"workmate", "schoolmate", "shipmate", "clubman", "rookie", "debutant", "protege", "protégé", "ace",
			"legend", "widow", "pupil", "schoolboy", "schoolgirl", "peer", "monk", "nun", "vicar", "cleric", "chaplain",
			"pilgrim", "marine", "commando", "warden", "lifeguard", "cop", "cabbie", "chauffeur", "sportsman",
			"sportswoman", "heavyweight", "lightweight", "middleweight", "novice", "understudy", "sidekick",
			"protagonist", "villain", "pensioner", "passenger", "commuter", "motorist", "pedestrian", "bystander",
			"onlooker", "eyewitness", "witness", "spectator", "shopper", "tourist", "holidaymaker", "homeowner",
			"policeman", "policewoman", "fireman", "firefighter", "valet", "porter", "doorman", "bodyguard", "waiter",
			"bartender", "cashier", "courier", "gardener", "housekeeper", "illustrator", "animator", "quarterback",
			"linebacker", "pitcher", "winger", "defender", "fullback", "halfback", "centre-back", "goalie", "playmaker",
			"neighbour", "neighbor", "villager", "publican", "landowner", "undertaker", "carpenter", "butcher", "baker",
			"fisherman", "miner", "builder", "juror", "prisoner", "widower", "umpire", "dancer", "drummer", "carer",
			"complainant", "applicant", "participant", "contestant", "entrant", "attendant", "occupant", "descendant",
			"migrant", "combatant", "servant", "merchant", "respondent");

	/**
	 * Person nouns that are also a verb or an adjective ("guard", "suspect", "patient" is
	 * above as a noun is far more common before a name): read only with a word that
	 * qualifies them before ("security guard", "murder suspect").
	 */
	private static final Set<String> QUALIFIED_NOUNS = NameLexicon.words("guard", "suspect", "graduate", "whip", "star",
			"runner-up", "great", "model", "keeper", "operative", "seed", "forward", "back");

	/** Words in "-ee" that name no person. */
	private static final Set<String> NOT_EE = NameLexicon.words("committee", "guarantee", "jamboree", "pedigree",
			"filigree", "dungaree", "settee", "marquee", "jubilee", "matinee", "soiree", "apogee", "perigee", "lychee",
			"chimpanzee", "manatee", "fricassee", "frisbee", "banshee", "toffee", "coffee");

	/** Words in "-eer" that name no person. */
	private static final Set<String> NOT_EER = NameLexicon.words("career", "veneer", "reindeer", "domineer");

	/** Words in "-ian" that name no person. */
	private static final Set<String> NOT_IAN = NameLexicon.words("median", "meridian", "amphibian", "reptilian",
			"utopian", "simian", "draconian", "humanitarian", "authoritarian", "totalitarian", "egalitarian",
			"utilitarian", "sectarian", "agrarian", "antediluvian", "pedestrian-only", "equestrian", "subterranean",
			"mediterranean", "ruffian", "collegian", "herculean", "circadian", "riparian", "quotidian");

	private static final int MIN_ENDING_LENGTH = 7;

	private PersonNounLexicon() {
	}

	/** True when {@code lower} names a kind of person by itself before a name. */
	static boolean contains(String lower) {
		return NOUNS.contains(lower) || byEnding(lower);
	}

	/**
	 * True when {@code lower} is one of the listed nouns, not known by its ending alone
	 * ("Christian" is a given name as often as a kind).
	 */
	static boolean listed(String lower) {
		return NOUNS.contains(lower);
	}

	/**
	 * True when {@code lower} names a kind of person once a word qualifies it: "murder
	 * suspect", "pop star".
	 */
	static boolean qualifiedOnly(String lower) {
		return QUALIFIED_NOUNS.contains(lower);
	}

	private static boolean byEnding(String lower) {
		if (lower.length() < MIN_ENDING_LENGTH || !lower.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
			return false;
		}
		return lower.endsWith("ee") && !NOT_EE.contains(lower) || lower.endsWith("eer") && !NOT_EER.contains(lower)
				|| lower.endsWith("ian") && !NOT_IAN.contains(lower);
	}

}
