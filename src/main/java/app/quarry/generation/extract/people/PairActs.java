package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * What two named people did together, told as a plain statement that opens on both names:
 * "Jane Roe and Ann Doe are charged with fraud." makes each "one of the two people
 * charged with fraud", "Jane Roe and Ann Doe founded the bakery in 1990." "one of the two
 * people who founded the bakery in 1990". Neither alone did it, so the act is asked as
 * what one of them is, never as "Who did it?", which has two answers.
 */
final class PairActs {

	/** How the role of each begins; the act follows. */
	static final String ONE_OF_TWO = "one of the two people ";

	/** Auxiliaries of a plural passive: "are charged", "were sentenced". */
	private static final Set<String> PLURAL_PASSIVES = NameLexicon.words("are", "were");

	/** "have been charged", "had been sentenced". */
	private static final Set<String> PLURAL_PERFECTS = NameLexicon.words("have", "had");

	/**
	 * Acts two people do with each other: "met on Monday" says nothing of either that the
	 * sentence does not say of the other.
	 */
	private static final Set<String> MUTUAL = NameLexicon.words("met", "married", "divorced", "talked", "spoke",
			"agreed", "argued", "quarrelled", "quarreled", "fought", "embraced", "shook", "parted", "separated");

	/** "originally sentenced": adverbs between the auxiliary and its participle. */
	private static final int MAX_ADVERBS = 2;

	private static final int MIN_ACT_TOKENS = 3;

	/**
	 * "Omar Said Ali al-Tarik": a pair joined by "and" and doing one act together are
	 * people, whose names may run longer than a firm's would be mistaken for one.
	 */
	private static final int MAX_NAME_WORDS = 5;

	private static final int MAX_ACT_TOKENS = 14;

	private PairActs() {
	}

	/**
	 * The role the act of the pair {@code first} "and" {@code second} gives each of them,
	 * or null when the sentence does not open on the two names joined by "and" and go on
	 * with a clear act.
	 */
	static String of(DocumentTokens doc, Mention first, Mention second) {
		if (!opensSentence(doc, first) || second.firstToken != first.endToken + 1
				|| !doc.get(first.endToken).lower().equals("and") || !person(first) || !person(second)
				|| second.possessive || second.inQuote) {
			return null;
		}
		int verb = adverbsSkipped(doc, second.endToken);
		if (verb >= doc.size() || doc.boundaryBefore(verb) || !doc.get(verb).word()) {
			return null;
		}
		String aux = doc.get(verb).lower();
		int participle = -1;
		if (PLURAL_PASSIVES.contains(aux)) {
			participle = adverbsSkipped(doc, verb + 1);
		}
		else if (PLURAL_PERFECTS.contains(aux) && verb + 1 < doc.size() && doc.get(verb + 1).lower().equals("been")) {
			participle = adverbsSkipped(doc, verb + 2);
		}
		if (participle >= 0 && (participle >= doc.size() || doc.boundaryBefore(participle)
				|| !ActVerbs.participle(doc.get(participle)))) {
			return null;
		}
		if (participle < 0 && (!ActVerbs.past(doc.get(verb)) || MUTUAL.contains(aux))) {
			return null;
		}
		int from = participle >= 0 ? participle : verb;
		int end = SubjectActs.clauseEnd(doc, from);
		if (end - from < MIN_ACT_TOKENS || end - from > MAX_ACT_TOKENS) {
			return null;
		}
		String act = SubjectActs.written(doc, from, end);
		if (act == null) {
			return null;
		}
		return ONE_OF_TWO + (participle >= 0 ? act : "who " + act);
	}

	/** The pair opens its sentence, nothing set before the first name. */
	private static boolean opensSentence(DocumentTokens doc, Mention first) {
		return first.kind == Mention.Kind.NAME && first.phraseStartToken == first.firstToken
				&& (first.firstToken == 0 || doc.boundaryBefore(first.firstToken)) && !first.inQuote
				&& !first.possessive;
	}

	/** A full name the text shows to be a person's, not a firm's. */
	private static boolean person(Mention name) {
		return name.kind == Mention.Kind.NAME && name.person != null && name.multiWordName()
				&& SubjectActs.showsPerson(name, MAX_NAME_WORDS);
	}

	/** "originally", "later": adverbs in -ly or the few others a clause puts there. */
	private static int adverbsSkipped(DocumentTokens doc, int t) {
		int skipped = 0;
		while (t < doc.size() && skipped < MAX_ADVERBS && !doc.boundaryBefore(t) && doc.get(t).word()
				&& !doc.get(t).capitalized() && doc.get(t).lower().endsWith("ly") && doc.get(t).lower().length() > 4) {
			t++;
			skipped++;
		}
		return RoleVerbs.skipAdverbs(doc, t);
	}

}
