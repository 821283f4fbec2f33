package app.quarry.generation;

import java.util.Map;
import java.util.Set;

/**
 * Past-tense verbs and their base forms, to turn "X took place on D" into "When did X
 * take place?". Irregular verbs come from a table; regular ones follow spelling rules.
 */
final class VerbForms {

	private static final Map<String, String> IRREGULAR = Map.ofEntries(Map.entry("took", "take"),
			Map.entry("sent", "send"), Map.entry("paid", "pay"), Map.entry("met", "meet"), Map.entry("said", "say"),
			Map.entry("told", "tell"), Map.entry("held", "hold"), Map.entry("gave", "give"), Map.entry("made", "make"),
			Map.entry("began", "begin"), Map.entry("wrote", "write"), Map.entry("left", "leave"),
			Map.entry("came", "come"), Map.entry("went", "go"), Map.entry("saw", "see"), Map.entry("became", "become"),
			Map.entry("brought", "bring"), Map.entry("got", "get"), Map.entry("led", "lead"),
			Map.entry("spoke", "speak"), Map.entry("won", "win"), Map.entry("lost", "lose"), Map.entry("found", "find"),
			Map.entry("kept", "keep"), Map.entry("thought", "think"), Map.entry("shut", "shut"),
			Map.entry("broke", "break"), Map.entry("built", "build"), Map.entry("sold", "sell"),
			Map.entry("knew", "know"), Map.entry("grew", "grow"), Map.entry("drew", "draw"),
			Map.entry("threw", "throw"), Map.entry("flew", "fly"), Map.entry("fell", "fall"), Map.entry("rose", "rise"),
			Map.entry("stood", "stand"), Map.entry("withdrew", "withdraw"), Map.entry("spent", "spend"),
			Map.entry("bought", "buy"), Map.entry("caught", "catch"), Map.entry("fought", "fight"),
			Map.entry("sought", "seek"), Map.entry("heard", "hear"), Map.entry("meant", "mean"),
			Map.entry("sat", "sit"), Map.entry("chose", "choose"), Map.entry("struck", "strike"),
			Map.entry("ran", "run"), Map.entry("undertook", "undertake"), Map.entry("oversaw", "oversee"),
			Map.entry("signed", "sign"), Map.entry("hosted", "host"), Map.entry("died", "die"),
			Map.entry("laid", "lay"), Map.entry("fled", "flee"), Map.entry("sued", "sue"), Map.entry("tied", "tie"),
			Map.entry("owed", "owe"), Map.entry("used", "use"), Map.entry("shot", "shoot"), Map.entry("drove", "drive"),
			Map.entry("rode", "ride"), Map.entry("hid", "hide"), Map.entry("stole", "steal"), Map.entry("wore", "wear"),
			Map.entry("tore", "tear"), Map.entry("swore", "swear"), Map.entry("woke", "wake"),
			Map.entry("froze", "freeze"), Map.entry("blew", "blow"), Map.entry("ate", "eat"), Map.entry("fed", "feed"),
			Map.entry("shook", "shake"), Map.entry("sang", "sing"), Map.entry("rang", "ring"),
			Map.entry("sank", "sink"), Map.entry("swam", "swim"), Map.entry("spun", "spin"), Map.entry("slid", "slide"),
			Map.entry("stuck", "stick"), Map.entry("hung", "hang"), Map.entry("dealt", "deal"),
			Map.entry("taught", "teach"), Map.entry("swept", "sweep"), Map.entry("slept", "sleep"),
			Map.entry("wept", "weep"), Map.entry("lent", "lend"), Map.entry("bent", "bend"),
			Map.entry("upheld", "uphold"), Map.entry("understood", "understand"), Map.entry("overcame", "overcome"),
			Map.entry("forgot", "forget"), Map.entry("forgave", "forgive"), Map.entry("sprang", "spring"),
			Map.entry("shrank", "shrink"), Map.entry("dug", "dig"), Map.entry("drank", "drink"),
			Map.entry("bled", "bleed"), Map.entry("bred", "breed"), Map.entry("arose", "arise"),
			Map.entry("mistook", "mistake"), Map.entry("foresaw", "foresee"), Map.entry("overtook", "overtake"),
			Map.entry("withheld", "withhold"), Map.entry("wound", "wind"));

	private static final Set<String> PARTICIPLES = Set.of("taken", "sent", "paid", "met", "said", "told", "held",
			"given", "made", "begun", "written", "left", "seen", "brought", "led", "spoken", "won", "lost", "found",
			"kept", "shut", "broken", "built", "sold", "known", "drawn", "thrown", "put", "set", "read", "chosen",
			"struck", "handed", "released", "published");

	/** Words ending in -ed that are not verbs in the simple past. */
	private static final Set<String> NOT_VERBS = Set.of("united", "red", "bed", "need", "speed", "seed", "feed", "shed",
			"creed", "indeed", "hundred", "detained", "scheduled", "based", "related", "limited", "alleged",
			"so-called", "unprecedented", "advanced", "armed", "unnamed", "sacred", "wicked", "naked");

	private VerbForms() {
	}

	static boolean isPast(String word) {
		String w = word.toLowerCase(java.util.Locale.ROOT);
		return IRREGULAR.containsKey(w) || (w.length() > 4 && w.endsWith("ed") && !NOT_VERBS.contains(w));
	}

	static boolean isParticiple(String word) {
		String w = word.toLowerCase(java.util.Locale.ROOT);
		return PARTICIPLES.contains(w) || (w.length() > 4 && w.endsWith("ed") && !NOT_VERBS.contains(w));
	}

	/** The base form of a past-tense verb: "took" → "take", "replied" → "reply". */
	static String base(String past) {
		String w = past.toLowerCase(java.util.Locale.ROOT);
		if (IRREGULAR.containsKey(w)) {
			return IRREGULAR.get(w);
		}
		String stem = w.substring(0, w.length() - 2);
		if (w.endsWith("ied")) {
			return w.substring(0, w.length() - 3) + "y";
		}
		int n = stem.length();
		char last = stem.charAt(n - 1);
		if (stem.equals("add")) {
			return stem; // the one common verb whose double letter is its own, not
							// doubled
		}
		if (n >= 3 && last == stem.charAt(n - 2) && "bdgmnprt".indexOf(last) >= 0) {
			return stem.substring(0, n - 1);
		}
		if ("cvz".indexOf(last) >= 0 || stem.endsWith("u") || stem.matches(".*[^aeiou][aeiou][s]")
				|| stem.matches(".*[aeiou]{2}s") || stem.endsWith("e")
				|| stem.matches(".*(iat|creat|rib|complet|delet|compet|deplet|suad)")
				|| stem.matches(".*[^aeiou](at|ut|ir|ur|ag|id|os|ok|ar|ot|ul|am|ud|il|ad|od)")
				|| stem.matches(".*(dg|rg|ng|bl|pl|kl|tl|gl|dl|rs|ps|ns|rc|is)") && !stem.endsWith("ng")) {
			return stem + "e";
		}
		if (stem.matches(".*(ang|eng|ing|ong|ung)") && stem.matches(".*(chang|arrang|challeng|exchang)")) {
			return stem + "e";
		}
		return stem;
	}

}
