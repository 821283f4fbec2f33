package app.quarry.generation.extract.people;

import java.util.Map;
import java.util.Set;

/**
 * A counted plural set off before a list of names gives each name its singular: "three
 * visiting astronauts, Kara Holm, Dennis Varga and Luis Ortega," (each a visiting
 * astronaut), "Two rebel leaders with ties to the north, Amadou Keita and Ibrahim Sow,
 * met ...", "the two winners, Mira Castell and Jonas Berg". The number must count the
 * names of the list, so that the list is the group the plural names and nothing else; the
 * role is written with "a" so that no one is asked as if she alone held it.
 */
final class CountedListRoles {

	private static final Map<String, Integer> NUMBERS = Map.of("two", 2, "three", 3, "four", 4, "five", 5, "six", 6,
			"seven", 7, "both", 2);

	/** Words that may follow the plural and open what qualifies it. */
	private static final Set<String> POSTMODIFIERS = NameLexicon.words("with", "from", "of", "in", "at", "on", "for",
			"to", "against");

	/**
	 * Words of rank or standing that the lexicon counts as function words but that
	 * qualify the plural as much as any other: "two former officers".
	 */
	private static final Set<String> RANKS = NameLexicon.words("former", "senior", "junior", "top", "acting", "late",
			"new", "old");

	private static final int MAX_POSTMODIFIER_TOKENS = 10;

	private static final int MAX_QUALIFIERS = 3;

	private CountedListRoles() {
	}

	static void find(DocumentTokens doc, Mention name) {
		int start = NameList.listStart(doc, name.firstToken);
		if (start > 0 && start < name.firstToken && POSTMODIFIERS.contains(doc.get(start - 1).lower())) {
			// "two lawmakers from Norland, Eva Sand and Ivo Brek,": the place after the
			// plural's preposition qualifies the plural; the list opens after its comma
			int t = start;
			while (t < name.firstToken && !doc.get(t).is(",")) {
				t++;
			}
			start = t < name.firstToken ? t + 1 : start;
		}
		int comma = start - 1;
		// a comma or a colon sets the list off: "three directors: Jane Roe, ..."
		if (comma < 2 || !doc.get(comma).is(",") && !doc.get(comma).is(":") || doc.boundaryBefore(start)
				|| doc.boundaryBefore(comma)) {
			return;
		}
		int end = NameList.listEnd(doc, start);
		if (end < name.endToken) {
			return;
		}
		int names = 1;
		boolean and = false;
		for (int t = start; t < end; t++) {
			Token token = doc.get(t);
			and |= token.lower().equals("and");
			if ((token.is(",") || token.lower().equals("and")) && !doc.get(t - 1).is(",")) {
				names++;
			}
		}
		// "..., Jane Roe and John Doe, met" or "... and John Doe have ties": the list
		// ends where the sentence goes on
		boolean closed = end >= doc.size() || doc.boundaryBefore(end) || doc.get(end).is(",") || doc.get(end).is(".")
				|| doc.get(end).word() && !doc.get(end).capitalized();
		if (!and || names < 2 || !closed) {
			return;
		}
		int head = pluralHead(doc, comma);
		if (head < 0) {
			return;
		}
		String singular = PersonNouns.singular(doc.get(head).lower());
		int from = head;
		while (from > 0 && head - from < MAX_QUALIFIERS && !doc.boundaryBefore(from) && qualifier(doc, from - 1)) {
			from--;
		}
		if (from < 1 || doc.boundaryBefore(from) && !NUMBERS.containsKey(doc.get(from - 1).lower())) {
			return;
		}
		Integer counted = NUMBERS.get(doc.get(from - 1).lower());
		if (counted == null || counted != names) {
			return;
		}
		// as written, so that "Halden's directors" keeps its possessive whole
		String words = (from < head ? doc.span(from, head) + " " : "") + singular;
		boolean vowel = "aeiou".indexOf(Character.toLowerCase(words.charAt(0))) >= 0 && !words.startsWith("Eu")
				&& !words.toLowerCase(java.util.Locale.ROOT).startsWith("uni");
		name.role = (vowel ? "an " : "a ") + words;
	}

	/**
	 * The plural that heads the phrase ending at the comma: right before it ("three
	 * astronauts,") or before what qualifies it ("two leaders with ties to the north,").
	 */
	private static int pluralHead(DocumentTokens doc, int comma) {
		if (personPlural(doc, comma - 1)) {
			return comma - 1;
		}
		for (int t = comma - 1; t > 0 && comma - t <= MAX_POSTMODIFIER_TOKENS; t--) {
			Token token = doc.get(t);
			if (!token.word() || doc.boundaryBefore(t + 1)) {
				return -1;
			}
			if (POSTMODIFIERS.contains(token.lower()) && personPlural(doc, t - 1)) {
				return t - 1;
			}
		}
		return -1;
	}

	private static boolean personPlural(DocumentTokens doc, int t) {
		Token token = doc.get(t);
		if (!token.word() || token.capitalized()) {
			return false;
		}
		String singular = PersonNouns.singular(token.lower());
		return singular != null && PersonNouns.namesPerson(singular);
	}

	/**
	 * A word before the plural that says what kind they are: "visiting", "Soviet",
	 * "rebel", "Middle East", "Kelly's"; no number, article, verb, link or adverb.
	 */
	private static boolean qualifier(DocumentTokens doc, int t) {
		Token token = doc.get(t);
		String lower = token.lower();
		if (token.word() && !token.capitalized() && RANKS.contains(lower)) {
			return true; // "two former police officers", "three senior doctors"
		}
		if (!token.word() && !token.is("-") || NUMBERS.containsKey(lower) || NameLexicon.FUNCTION_WORDS.contains(lower)
				|| NameLexicon.PREPOSITIONS.contains(lower) || SpeechVerbs.isSpeechVerb(lower)
				|| RoleWords.VERBS.contains(lower) || lower.endsWith("ly") && !token.capitalized()
				|| NameRunBreaks.weekday(token)) {
			return false;
		}
		return true;
	}

}
