package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "Marchers chanted “…” at the police", "the crowd chanting “…”": words a crowd chants
 * are its own, said by no one person. Whoever is quoted next in the paragraph did not say
 * them, so they are attributed in their own sentence, to a speaker no question can name.
 */
final class CrowdChants {

	private static final Set<String> CHANTING = NameLexicon.words("chanted", "chanting", "chant", "chants", "sang",
			"singing", "sing", "sings", "shouted", "shouting", "shout", "shouts", "yelled", "yelling", "roared",
			"roaring", "cheered", "cheering", "booed", "booing");

	/** Many people acting as one. */
	private static final Set<String> CROWDS = NameLexicon.words("crowd", "crowds", "protesters", "protestors",
			"demonstrators", "marchers", "fans", "supporters", "students", "workers", "strikers", "rioters", "mob",
			"activists", "spectators", "mourners", "residents", "villagers", "audience", "onlookers", "pupils",
			"people", "worshippers", "voters", "opponents");

	/** Words between the crowd and its verb: "protesters outside the gates chanted". */
	private static final int MAX_SUBJECT_REACH = 5;

	private CrowdChants() {
	}

	/**
	 * Whether the quote opening at the token follows a chanting verb (with at most a
	 * colon or a comma between) whose subject is a crowd, in the same sentence.
	 */
	static boolean chantedByACrowd(DocumentTokens doc, int open) {
		int verb = open - 1;
		if (verb >= 0 && (doc.get(verb).is(":") || doc.get(verb).is(","))) {
			verb--;
		}
		if (verb < 1 || doc.boundaryBefore(verb + 1) || !CHANTING.contains(doc.get(verb).lower())) {
			return false;
		}
		for (int t = verb - 1; t >= 0 && verb - t <= MAX_SUBJECT_REACH; t--) {
			Token token = doc.get(t);
			if (CROWDS.contains(token.lower())) {
				return true;
			}
			if (!token.word() || doc.boundaryBefore(t)) {
				return false;
			}
		}
		return false;
	}

}
