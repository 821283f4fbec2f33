package app.quarry.generation.extract.people;

import java.util.HashSet;
import java.util.Set;

/**
 * Verbs that introduce or attribute quoted words, in every inflection: "said", "told",
 * "noting", "tweeted", "emphasized"... A quote's speaker is the subject of such a verb.
 */
final class SpeechVerbs {

	private static final Set<String> FORMS = new HashSet<>();

	private static final Set<String> PARTICIPLES = new HashSet<>();

	/**
	 * The forms of speech verbs that report what was said, not what was done with words
	 * ("Roe praised the plan"): the subject of one of these said the words that follow.
	 */
	private static final Set<String> REPORTING = NameLexicon.words("said", "says", "told", "tells", "added", "stated",
			"explained", "warned", "insisted", "argued", "noted", "claimed", "announced", "acknowledged", "admitted",
			"stressed", "emphasized", "emphasised", "predicted", "conceded", "maintained", "asserted", "confirmed",
			// "Roe denied the reports." then "“We exclude nothing.”": the denial's words;
			// "Roe spoke to reporters." then "“…”": what was spoken
			"denied", "denies", "replied", "responded", "commented", "remarked", "spoke", "speaks");

	static {
		irregular("say", "said", "says", "saying");
		irregular("tell", "told", "tells", "telling");
		irregular("write", "wrote", "writes", "writing", "written");
		irregular("speak", "spoke", "speaks", "speaking", "spoken");
		// not "thanks", which is as often "thanks to"
		irregular("thank", "thanked", "thanking");
		for (String verb : new String[] { "state", "note", "warn", "assert", "remark", "tweet", "add", "emphasize",
				"emphasise", "stress", "explain", "declare", "insist", "argue", "claim", "reply", "respond", "answer",
				"announce", "ask", "caution", "continue", "recall", "acknowledge", "admit", "observe", "comment",
				"suggest", "urge", "vow", "pledge", "promise", "post", "quip", "concede", "confirm", "predict",
				"conclude", "complain", "reiterate", "maintain", "describe", "call", "label", "refer", "characterize",
				"characterise", "proclaim", "exclaim", "shout", "whisper", "boast", "joke", "mention", "point",
				"counter", "retort", "report", "recount", "reply", "lament", "scoff", "add", "affirm", "highlight",
				"underscore", "underline", "demand", "plead", "muse", "wonder", "deny", "repeat", "tout", "criticize",
				"criticise", "brand", "dub", "blast", "slam", "mock", "praise", "accuse", "condemn", "denounce",
				"commend", "threaten", "advise" }) {
			regular(verb);
		}
	}

	private SpeechVerbs() {
	}

	static boolean isSpeechVerb(String lowerWord) {
		return FORMS.contains(lowerWord);
	}

	/**
	 * "went on", "shot back", "chimed in": a verb and its particle that together hand
	 * over quoted words, though neither is a speech verb alone.
	 */
	static boolean isPhrasal(String lowerVerb, String lowerParticle) {
		return switch (lowerParticle) {
			case "on" -> lowerVerb.equals("went") || lowerVerb.equals("goes");
			case "back" -> Set.of("shot", "fired", "hit", "wrote", "snapped", "shoots", "fires", "hits", "writes")
				.contains(lowerVerb);
			case "in" -> Set.of("chimed", "cut", "broke", "chimes", "cuts").contains(lowerVerb);
			case "up" -> lowerVerb.equals("summed") || lowerVerb.equals("sums");
			case "out" -> lowerVerb.equals("pointed") || lowerVerb.equals("points");
			default -> false;
		};
	}

	/**
	 * "Acme cited “weak demand”", "The firm cut jobs, citing “weak demand”": the words
	 * right after "cite" are the reason its subject gave. Not a speech verb elsewhere: a
	 * line or a study it names ("cited the famous line “…”") is someone else's, and
	 * "which cites scripture" describes rather than reports.
	 */
	static boolean citesWhatFollows(String lowerWord) {
		return CITING.contains(lowerWord);
	}

	private static final Set<String> CITING = Set.of("cite", "cites", "cited", "citing");

	/** "said", "warned", "told": a speech verb that reports words, not a judgement. */
	static boolean reportsWhatWasSaid(String lowerWord) {
		return REPORTING.contains(lowerWord);
	}

	/**
	 * "expressed hope that", "voiced concern that": a verb that is no speech verb alone
	 * hands over the words of a feeling its noun names, as "said" would.
	 */
	static boolean expressesFeeling(String lowerVerb, String lowerNoun) {
		return EXPRESSING.contains(lowerVerb) && FEELINGS.contains(lowerNoun);
	}

	private static final Set<String> EXPRESSING = Set.of("expressed", "expresses", "voiced", "voices");

	/**
	 * Nouns of a feeling that take a clause: "hope that", "concern that", "regret that".
	 */
	private static final Set<String> FEELINGS = Set.of("hope", "hopes", "concern", "concerns", "regret", "confidence",
			"doubt", "doubts", "optimism", "fear", "fears", "belief", "satisfaction", "disappointment", "surprise",
			"dismay", "frustration");

	/** "noting", "adding": the speaker is the subject of the main clause. */
	static boolean isParticiple(String lowerWord) {
		return PARTICIPLES.contains(lowerWord);
	}

	private static void irregular(String... forms) {
		for (String form : forms) {
			FORMS.add(form);
			if (form.endsWith("ing")) {
				PARTICIPLES.add(form);
			}
		}
	}

	private static void regular(String verb) {
		String stem = verb.endsWith("e") ? verb.substring(0, verb.length() - 1) : verb;
		boolean doubles = verb.equals("refer") || verb.equals("label");
		String past = verb.endsWith("e") ? verb + "d"
				: verb.endsWith("y") && !verb.endsWith("ey") ? verb.substring(0, verb.length() - 1) + "ied"
						: doubles ? verb + verb.charAt(verb.length() - 1) + "ed" : verb + "ed";
		String third = verb.endsWith("y") && !verb.endsWith("ey") ? verb.substring(0, verb.length() - 1) + "ies"
				: verb.endsWith("s") || verb.endsWith("sh") ? verb + "es" : verb + "s";
		String participle = (doubles ? verb + verb.charAt(verb.length() - 1) : stem) + "ing";
		FORMS.add(verb);
		FORMS.add(past);
		FORMS.add(third);
		FORMS.add(participle);
		PARTICIPLES.add(participle);
		if (verb.equals("label")) {
			FORMS.add("labeled");
			FORMS.add("labeling");
			PARTICIPLES.add("labeling");
		}
	}

}
