package app.quarry.generation.extract.people;

import java.util.Map;
import java.util.Set;

/**
 * "One of the nurses said", "One Acme worker said": a speaker picked out of a group the
 * story does not name one by one. "One" says the text means one person it will not name,
 * so the description as written is who spoke, however plain the kind ("worker", "child").
 * "One of them" tells nothing by itself and is left to others.
 */
final class OnesOfAGroupSpeaking {

	/** Kinds of people a group is made of, beyond posts and the person-noun lexicon. */
	private static final Set<String> MEMBERS = NameLexicon.words("worker", "child", "kid", "girl", "boy", "man",
			"woman", "resident", "student", "survivor", "relative", "parent", "member", "employee", "fan", "voter",
			"protester", "demonstrator", "soldier", "citizen", "customer", "local", "volunteer", "sibling", "son",
			"daughter", "brother", "sister", "friend", "colleague", "neighbour", "neighbor", "victim", "nurse",
			"doctor", "teacher", "pupil", "interviewee", "traveller", "traveler", "participant", "athlete", "player");

	/**
	 * Words that may stand between "one of" and the plural: "one of the", "one of its".
	 */
	private static final Set<String> GROUP_DETERMINERS = NameLexicon.words("the", "these", "those", "its", "their",
			"our", "his", "her");

	/** Plurals the general rule cannot read: irregular, or too short for it. */
	private static final Map<String, String> IRREGULAR = Map.of("children", "child", "men", "man");

	/** Words a description of the kind may run to: "one of the young Acme workers". */
	private static final int MAX_WORDS = 7;

	private OnesOfAGroupSpeaking() {
	}

	/**
	 * The speaker told from {@code start} ("one") up to {@code end}, the speech verb;
	 * null when the words are no "one" of a kind of people.
	 */
	static FoundSpeaker described(DocumentTokens doc, int start, int end) {
		if (!doc.get(start).lower().equals("one") || end - start < 2 || end - start > MAX_WORDS) {
			return null;
		}
		boolean partitive = doc.get(start + 1).lower().equals("of");
		if (partitive && (end - start < 4 || !GROUP_DETERMINERS.contains(doc.get(start + 2).lower()))) {
			return null;
		}
		if (!partitive && end - start < 3) {
			return null; // "One victim said": the kind alone tells too little of who
		}
		for (int t = start + 1; t < end; t++) {
			if (!doc.get(t).word()) {
				return null;
			}
		}
		String head = doc.get(end - 1).lower();
		if (doc.get(end - 1).capitalized() || !person(partitive ? singular(head) : head)
				|| partitive && singular(head).equals(head)) {
			return null;
		}
		return FoundSpeaker.of(SourceSpeakers.described(doc.span(start, end)));
	}

	static boolean person(String noun) {
		return MEMBERS.contains(noun) || NameLexicon.isRoleNoun(noun) || PersonNounLexicon.contains(noun)
				|| DoerDescriptions.isDoerNoun(noun);
	}

	/**
	 * "workers" → "worker", "children" → "child", "men" → "man"; a word that reads as no
	 * plural is returned as it is.
	 */
	static String singular(String plural) {
		String singular = IRREGULAR.containsKey(plural) ? IRREGULAR.get(plural) : PersonNouns.singular(plural);
		return singular == null ? plural : singular;
	}

}
