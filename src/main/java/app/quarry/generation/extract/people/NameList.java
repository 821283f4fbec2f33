package app.quarry.generation.extract.people;

import java.util.Map;
import java.util.Set;

/**
 * Roles given to a name, or to each name of a list, by the words before the list:
 * "pharaohs Amenemhat III and Amenemhat IV" (a title in the plural: each is a pharaoh),
 * "the Prussians commanded by Frederick the Great" (the commander of the Prussians),
 * "Alexander was tutored by Aristotle" (the tutor of Alexander), "Acme was founded by
 * Jane Roe and John Doe" (each a co-founder of Acme), "an army under Jane Roe". A role
 * that a list shares is written with an indefinite article ("a leader of the
 * conspirators"), so that it is never asked as if one person held it.
 */
final class NameList {

	/** The verb of a passive whose agent holds a role, and the role's noun. */
	private static final Map<String, String> AGENT_VERBS = Map.ofEntries(Map.entry("led", "leader"),
			Map.entry("commanded", "commander"), Map.entry("headed", "head"), Map.entry("founded", "founder"),
			Map.entry("co-founded", "co-founder"), Map.entry("started", "founder"), Map.entry("tutored", "tutor"),
			Map.entry("taught", "teacher"), Map.entry("coached", "coach"), Map.entry("mentored", "mentor"),
			Map.entry("trained", "trainer"), Map.entry("succeeded", "successor"), Map.entry("preceded", "predecessor"),
			Map.entry("captained", "captain"), Map.entry("guided", "guide"),

			Map.entry("composed", "composer"), Map.entry("painted", "painter"));

	/** Nouns for armed forces: "an army under Jane Roe" names its commander. */
	private static final Set<String> FORCES = NameLexicon.words("army", "armies", "forces", "force", "troops", "fleet",
			"navy", "legion", "legions", "regiment", "garrison", "host", "expedition");

	/** Lower-case words that stand inside a name: "Frederick the Great", "von Daun". */
	private static final Set<String> PARTICLES = NameLexicon.words("von", "van", "der", "den", "de", "da", "di", "du",
			"la", "le", "the", "bin", "ibn", "al");

	private NameList() {
	}

	static void findRole(DocumentTokens doc, Mention name) {
		int start = listStart(doc, name.firstToken);
		int end = listEnd(doc, start);
		if (end >= name.endToken && start < name.firstToken && Demonyms.plural(doc.get(start))) {
			// "Swedes Jane Roe and Ann Lee": each is one of that people
			name.role = Demonyms.onePerson(doc.get(start));
			return;
		}
		if (start < 1 || end < name.endToken || doc.boundaryBefore(start)) {
			return;
		}
		boolean several = false;
		for (int t = start; t < end; t++) {
			several |= doc.get(t).lower().equals("and");
		}
		Token before = doc.get(start - 1);
		String lower = before.lower();
		if (several && before.word() && pluralRole(lower)
				&& (start < 2 || !doc.get(start - 2).lower().equals("the") || doc.boundaryBefore(start - 1))) {
			// "pharaohs Amenemhat III and Amenemhat IV": each is what the plural names;
			// "team mates Jane Roe and John Doe": with the word that says which kind
			String singular = singularRole(lower);
			name.role = kindBefore(doc, start - 2) ? doc.get(start - 2).lower() + " " + singular : singular;
			return;
		}
		String noun = null;
		int verb = start - 2;
		if (lower.equals("by") && verb >= 0 && !doc.boundaryBefore(start - 1)) {
			noun = AGENT_VERBS.get(doc.get(verb).lower());
		}
		else if (lower.equals("under") && !doc.boundaryBefore(start - 1)) {
			verb = start - 1;
			noun = verb >= 1 && FORCES.contains(doc.get(verb - 1).lower()) ? "commander" : null;
		}
		if (noun == null) {
			return;
		}
		String group = PassiveGroups.before(doc, verb);
		if (group == null || noun.equals("founder") && doc.get(verb).lower().equals("started")
				&& !Character.isUpperCase(group.charAt(0))) {
			// "the fire was started by": only an organisation is started and founded
			return;
		}
		if (several && PassiveGroups.aboutPerson(doc, verb) && name.firstToken != start) {
			// "who was guided by Jane Roe, and Tom Vane of Kenya who ...": only the name
			// right after "by" is surely the agent; a list may run on into another clause
			return;
		}
		if (several) {
			noun = noun.equals("founder") ? "a co-founder" : "a " + noun;
		}
		name.role = noun + " of " + group;
	}

	/** Groups whose members a plural names: "team mates", "squad members". */
	private static final Set<String> GROUPS = NameLexicon.words("team", "squad", "club", "band", "class", "party",
			"crew", "cabinet", "school", "house", "stable", "relay");

	/**
	 * A noun that says which kind the plural after it is: "team" of "team mates", also
	 * when it opens the sentence and is capitalized only for that.
	 */
	private static boolean kindBefore(DocumentTokens doc, int t) {
		if (t < 0 || doc.boundaryBefore(t + 1) || PersonNouns.STANCES.contains(doc.get(t).lower())) {
			return false;
		}
		Token token = doc.get(t);
		if (token.capitalized() && doc.boundaryBefore(t)) {
			// "Greek sprinters" keeps its capital, so only a group's noun is read here
			return GROUPS.contains(token.lower());
		}
		return LowerCaseTitles.qualifier(doc, t);
	}

	private static boolean pluralRole(String lower) {
		return singularRole(lower) != null;
	}

	/**
	 * The singular of a plural that names a kind of person ("justices", "compatriots",
	 * "chairmen"), or null.
	 */
	static String singularRole(String lower) {
		int hyphen = lower.indexOf('-');
		if (hyphen > 3 && !lower.endsWith("s") && !lower.endsWith("men")) {
			// "secretaries-general", "attorneys-general": the plural is on the first part
			String first = PersonNouns.singular(lower.substring(0, hyphen));
			String singular = first == null ? null : first + lower.substring(hyphen);
			return singular != null && NameLexicon.isRoleNoun(singular) ? singular : null;
		}
		if (lower.length() <= 3 || !lower.endsWith("s") && !lower.endsWith("men")) {
			return null;
		}
		// "Justices Ann Roe and Tom Lowe": a title in the plural as well as a role
		String singular = lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : PersonNouns.singular(lower);
		if (NameLexicon.isRoleNoun(singular)
				|| NameLexicon.TITLES.contains(singular) && !NameLexicon.HONORIFICS.contains(singular)) {
			return singular;
		}
		// "compatriots", "detainees": a noun for a kind of person that is no title
		String regular = PersonNouns.singular(lower);
		return regular != null && PersonNounLexicon.contains(regular) ? regular : null;
	}

	/** The first token of the list of names that {@code nameFirst} stands in. */
	static int listStart(DocumentTokens doc, int nameFirst) {
		int t = nameFirst;
		while (t > 0 && !doc.boundaryBefore(t)) {
			Token token = doc.get(t - 1);
			String lower = token.lower();
			if (token.capitalized() && !doc.boundaryBefore(t - 1) && pluralRole(lower) && !doc.get(t).is(",")
					&& !doc.get(t).lower().equals("and")) {
				// "former UN Secretaries-General Jane Roe and Tom Lowe": a title in the
				// plural, capitalized inside the sentence, is what the list is of
				break;
			}
			if (token.capitalized() && !NameFinder.isPossessiveMark(token) || PARTICLES.contains(lower) || token.is(",")
					|| lower.equals("and")) {
				t--;
			}
			else {
				break;
			}
		}
		while (t < nameFirst && !doc.get(t).capitalized()) {
			t++;
		}
		if (t < nameFirst && doc.boundaryBefore(t) && pluralRole(doc.get(t).lower())) {
			// "Lawyers Jane Roe and John Doe filed": the plural opens the sentence
			t++;
		}
		return t;
	}

	/**
	 * The token after the list that starts at {@code start}: names joined by commas and
	 * "and"; without an "and" a comma ends the list ("led by Jane Roe, the party's ...").
	 */
	static int listEnd(DocumentTokens doc, int start) {
		int t = start;
		int firstComma = -1;
		boolean and = false;
		while (t < doc.size() && (t == start || !doc.boundaryBefore(t))) {
			Token token = doc.get(t);
			String lower = token.lower();
			boolean joins = token.is(",") || lower.equals("and");
			boolean nextCapital = t + 1 < doc.size() && !doc.boundaryBefore(t + 1) && doc.get(t + 1).capitalized();
			boolean nextAndCapital = t + 2 < doc.size() && doc.get(t + 1).lower().equals("and")
					&& doc.get(t + 2).capitalized();
			if (token.capitalized() && !NameFinder.isPossessiveMark(token) || PARTICLES.contains(lower) && nextCapital
					|| joins && (nextCapital || token.is(",") && nextAndCapital)) {
				if (token.is(",") && firstComma < 0) {
					firstComma = t;
				}
				and |= lower.equals("and");
				t++;
			}
			else {
				break;
			}
		}
		return !and && firstComma >= 0 ? firstComma : t;
	}

}
