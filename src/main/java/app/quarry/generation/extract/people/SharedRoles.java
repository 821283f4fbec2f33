package app.quarry.generation.extract.people;

import java.util.Map;
import java.util.Set;

/**
 * A role in the plural that two or more names share, set off by commas before the list
 * ("Mara's grandmothers, Jane Roe and Ann Doe,") or after it ("Jane Roe and Ann Doe, both
 * members of the council,"): each of them holds it, written so that no one is asked as if
 * they held it alone ("one of Mara's grandmothers", "a member of the council").
 */
final class SharedRoles {

	private static final Set<String> BOTH = NameLexicon.words("both", "all");

	private static final int MAX_ROLE_TOKENS = 12;

	private SharedRoles() {
	}

	static void find(DocumentTokens doc, Mention name) {
		int start = NameList.listStart(doc, name.firstToken);
		int end = NameList.listEnd(doc, start);
		if (end < name.endToken || !joinsSeveral(doc, start, end)) {
			return;
		}
		boolean closed = end >= doc.size() || doc.boundaryBefore(end) || doc.get(end).is(",") || doc.get(end).is(".");
		if (start > 1 && doc.get(start - 1).is(",") && !doc.boundaryBefore(start) && closed) {
			String before = pluralBefore(doc, start - 1);
			if (before != null) {
				name.role = before;
				return;
			}
		}
		if (end + 2 < doc.size() && doc.get(end).is(",") && !doc.boundaryBefore(end + 1)) {
			name.role = pluralAfter(doc, end + 1);
		}
	}

	private static final int MAX_SUBJECT_TOKENS = 12;

	/**
	 * "Two of Mara's cousins sought support. One of them, Lisa Roe, said ...": "them" are
	 * the relatives or holders of a post that the sentence before opens with, so she is
	 * "one of Mara's cousins".
	 */
	static void findOneOfThem(DocumentTokens doc, Mention name) {
		int comma = name.phraseStartToken - 1;
		int one = comma - 3;
		if (one < 1 || !doc.get(comma).is(",") || !doc.boundaryBefore(one) || !doc.get(one).lower().equals("one")
				|| !doc.get(one + 1).lower().equals("of") || !doc.get(one + 2).lower().equals("them")
				|| !RoleWords.closedAfter(doc, name)) {
			return;
		}
		int start = one - 1;
		while (start > 0 && !doc.boundaryBefore(start)) {
			start--;
		}
		for (int t = start; t < one && t - start < MAX_SUBJECT_TOKENS; t++) {
			if (RoleWords.VERBS.contains(doc.get(t).lower()) || SpeechVerbs.isSpeechVerb(doc.get(t).lower())) {
				return;
			}
			if (singular(doc.get(t)) != null && (t + 1 >= doc.size() || !doc.get(t + 1).word()
					|| !NameLexicon.isRoleNoun(doc.get(t + 1).lower()))) {
				String owned = pluralBefore(doc, t + 1);
				if (owned != null) {
					name.role = owned;
				}
				return;
			}
		}
	}

	private static boolean joinsSeveral(DocumentTokens doc, int start, int end) {
		for (int t = start; t < end; t++) {
			if (doc.get(t).lower().equals("and")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "Mara's grandmothers," or "the boy's cousins," before the comma at {@code comma}:
	 * "one of Mara's grandmothers"; null when the words before are no such phrase.
	 */
	private static String pluralBefore(DocumentTokens doc, int comma) {
		int noun = comma - 1;
		if (noun < 1 || singular(doc.get(noun)) == null) {
			return null;
		}
		for (int t = noun - 1; t >= 0 && noun - t <= 4 && !doc.boundaryBefore(t + 1); t--) {
			Token token = doc.get(t);
			if (NameFinder.isPossessiveMark(token)) {
				int owner = RoleWords.nameOwningAt(doc, t);
				if (owner >= 0) {
					return "one of " + doc.span(owner, comma);
				}
				return t > 1 && doc.get(t - 2).lower().equals("the") ? "one of the " + doc.span(t - 1, comma) : null;
			}
			if (token.lower().equals("the")) {
				// "the organizers" alone says too little to ask: "the event's organizers"
				return noun - t < 2 ? null : "one of the " + doc.span(t + 1, comma);
			}
			// "Mara's Miami cousins": a capital between the owner and the noun qualifies
			// it
			boolean qualifier = token.capitalized() && t > 0 && NameFinder.isPossessiveMark(doc.get(t - 1));
			if (!token.word() || token.capitalized() && !qualifier || NameLexicon.FUNCTION_WORDS.contains(token.lower())
					|| RoleWords.VERBS.contains(token.lower())) {
				return null;
			}
		}
		return null;
	}

	/**
	 * ", both members of the council," or ", the boy's cousins," after the list: "a
	 * member of the council", "one of the boy's cousins"; null when it is no such phrase.
	 */
	private static String pluralAfter(DocumentTokens doc, int first) {
		int end = first;
		while (end < doc.size() && end - first < MAX_ROLE_TOKENS && !doc.boundaryBefore(end)
				&& (doc.get(end).word() || doc.get(end).is("&"))) {
			if (SpeechVerbs.isSpeechVerb(doc.get(end).lower()) || RoleWords.VERBS.contains(doc.get(end).lower())) {
				return null;
			}
			end++;
		}
		if (end == first || end - first >= MAX_ROLE_TOKENS
				|| end < doc.size() && !doc.boundaryBefore(end) && !doc.get(end).is(",") && !doc.get(end).is(".")) {
			return null;
		}
		if (BOTH.contains(doc.get(first).lower())) {
			// "both members of the council": a member of it, the head noun right after
			String member = first + 1 < end ? singular(doc.get(first + 1)) : null;
			if (member == null) {
				return null;
			}
			String rest = doc.span(first + 1, end).substring(doc.get(first + 1).text().length());
			return "a" + (isVowel(member.charAt(0)) ? "n " : " ") + member + rest;
		}
		String head = singular(doc.get(first));
		if (head != null && first + 1 < end && NameLexicon.PREPOSITIONS.contains(doc.get(first + 1).lower())) {
			// "Jane Roe and Ann Doe, attorneys for Mr. Smith,": each an attorney for him
			return "a" + (isVowel(head.charAt(0)) ? "n " : " ") + head + " " + doc.span(first + 1, end);
		}
		String owned = pluralBefore(doc, end);
		int opening = first < end && doc.get(first).lower().equals("the") ? first + 1 : first;
		return owned != null && owned.endsWith(doc.span(opening, end)) ? owned : null;
	}

	/** Relatives in the plural whose singular is no role on its own. */
	private static final Map<String, String> KIN = Map.of("parents", "parent", "grandparents", "grandparent",
			"children", "child", "siblings", "sibling");

	/**
	 * The role noun a plural stands for: "members" is "member"; null for any other word.
	 */
	static String singular(Token token) {
		String lower = token.lower();
		if (token.word() && !token.capitalized() && KIN.containsKey(lower)) {
			return KIN.get(lower);
		}
		if (!token.word() || token.capitalized() || lower.length() < 4 || !lower.endsWith("s")) {
			return null;
		}
		for (String candidate : new String[] { lower.substring(0, lower.length() - 1),
				lower.endsWith("ies") ? lower.substring(0, lower.length() - 3) + "y" : "" }) {
			if (!candidate.isEmpty() && NameLexicon.isRoleNoun(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	private static boolean isVowel(char c) {
		return "aeiou".indexOf(c) >= 0;
	}

}
