package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * The verbs that state an act after a name: a past tense ("delivered", "sold") or a
 * passive's participle ("charged", "taken"), but none that says too little for a quiz.
 */
final class ActVerbs {

	/** Past tenses that are not spelled with "-ed". */
	private static final Set<String> IRREGULAR_PASTS = NameLexicon.words("spent", "bought", "sold", "won", "lost",
			"gave", "made", "took", "led", "wrote", "built", "paid", "sent", "brought", "found", "met", "held", "ran",
			"fled", "shot", "struck", "stole", "drove", "flew", "threw", "broke", "fought", "caught", "sought", "beat",
			"left", "drew", "rode", "swam", "sang", "hit", "set", "sank", "stood", "chose", "shook", "forgave", "lent",
			"overthrew", "withdrew", "undertook", "oversaw", "underwent", "began", "laid", "dug");

	/** Participles of a passive not spelled with "-ed": "was taken to hospital". */
	private static final Set<String> IRREGULAR_PARTICIPLES = NameLexicon.words("taken", "given", "held", "caught",
			"shot", "struck", "sent", "found", "sentenced", "beaten", "stolen", "driven", "thrown", "chosen", "sought",
			"brought", "built", "paid", "hit", "known", "seen", "told", "led");

	/**
	 * Verbs whose act says too little for a quiz or belongs to a clause of its own ("Jane
	 * Roe thought the price would rise", "Jane Roe declined to comment").
	 */
	private static final Set<String> TOO_LITTLE = NameLexicon.words("had", "did", "got", "went", "came", "seemed",
			"appeared", "looked", "felt", "thought", "knew", "wanted", "tried", "hoped", "expected", "believed",
			"needed", "liked", "loved", "used", "meant", "planned", "intended", "considered", "declined", "refused",
			"failed", "decided", "wished", "feared", "worried", "insisted", "learned", "heard", "saw", "left", "set",
			"known", "seen", "told", "based", "located", "married", "born", "listed", "named", "called", "pictured",
			"quoted", "joined", "worked", "lived", "stayed", "remained", "returned", "arrived", "continued", "started",
			"ended", "spoke", "talked", "agreed", "added", "noted", "asked", "replied", "answered", "explained",
			"recalled", "admitted", "acknowledged", "confirmed", "denied", "argued", "suggested", "estimated",
			"interested", "involved", "pleased", "surprised", "concerned", "disappointed", "satisfied", "excited",
			"tired", "scheduled", "supposed", "expected", "allowed", "required", "forced", "earned", "posted", "gained",
			"rose", "fell", "dropped", "climbed", "closed", "traded", "slipped", "jumped", "surged", "plunged", "lost",
			"opened", "finished", "reached", "recovered");

	private ActVerbs() {
	}

	/**
	 * A past tense not spelled with "-ed", whatever it tells: "paid", "gave", "won".
	 */
	static boolean irregularPast(Token verb) {
		return !verb.capitalized() && IRREGULAR_PASTS.contains(verb.lower());
	}

	/** A passive's participle that says enough of an act: "charged", "sentenced". */
	static boolean participle(Token participle) {
		return participle.word() && !participle.capitalized() && !TOO_LITTLE.contains(participle.lower())
				&& !RoleVerbs.conferring(participle.lower())
				&& (participle.lower().endsWith("ed") || IRREGULAR_PARTICIPLES.contains(participle.lower()));
	}

	/** The verbs of writing that are also ways of saying something. */
	private static final Set<String> WRITING = NameLexicon.words("wrote", "co-wrote");

	/**
	 * A past tense that says enough of an act at {@code verb}, or "wrote" with an article
	 * after it: "wrote the report" names a piece written, which no speech verb's words
	 * are ("wrote that the roads were closed").
	 */
	static boolean pastAt(DocumentTokens doc, int verb) {
		return past(doc.get(verb)) || wrotePiece(doc, verb);
	}

	private static boolean wrotePiece(DocumentTokens doc, int verb) {
		Token token = doc.get(verb);
		if (token.capitalized() || !WRITING.contains(token.lower()) || verb + 2 >= doc.size()
				|| doc.boundaryBefore(verb + 1) || doc.boundaryBefore(verb + 2)) {
			return false;
		}
		Token piece = doc.get(verb + 2);
		// "wrote the following:" hands words over, naming no piece
		return RoleWords.ARTICLES.contains(doc.get(verb + 1).lower()) && piece.word() && !piece.capitalized()
				&& !piece.lower().equals("following");
	}

	/** A past tense that says enough of an act: "delivered", "sold". */
	static boolean past(Token verb) {
		String lower = verb.lower();
		return !verb.capitalized() && !TOO_LITTLE.contains(lower) && !SpeechVerbs.isSpeechVerb(lower)
				&& (lower.endsWith("ed") && lower.length() > 4 || IRREGULAR_PASTS.contains(lower));
	}

}
