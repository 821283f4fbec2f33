package app.quarry.generation;

import app.quarry.bank.QuestionFormat;
import app.quarry.bank.BankQuestion;
import app.quarry.generation.extract.PersonFact;
import app.quarry.generation.extract.people.SignOffs;
import app.quarry.generation.extract.people.SubjectActs;
import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who is who: the flashcard "Who is Kim Yo Jong?" with the role on the back, and "Who is
 * the influential sister of North Korean leader Kim Jong Un?" (multiple choice among
 * people of the corpus with other roles, and typed). A role that someone else in the
 * corpus holds too ("President") has two answers when typed: it is asked only as "Which
 * of these people ...?" among people who do not hold it, and as the flashcard, which
 * names the person.
 */
final class PersonQuestions {

	private static final Pattern ARTICLE = Pattern.compile("^(?:the|a|an) ");

	/** "paternal grand", "great-great-": what a kin word may carry before it. */
	private static final Pattern KIN_PREFIX = Pattern.compile("^(?:paternal |maternal )?(?:great-)*(?:grand)?");

	private static final Pattern CLOSING_MARK = Pattern.compile("[,;:]$");

	private static final java.util.regex.Pattern SENTENCE_OPENING = java.util.regex.Pattern
		.compile("^(?:Former|Current|Then|Acting|Outgoing|Incoming|Interim|Retired|Late|The|An?) ");

	/**
	 * A role cut off before its object ("King Harald at the Battle of") is not a role but
	 * a misread phrase.
	 */
	private static final java.util.regex.Pattern UNFINISHED = java.util.regex.Pattern
		.compile("(?i)\\b(?:of|at|to|for|in|on|by|and|or|the|a|an)$");

	/**
	 * "Marie Roe's elder sister" says whose relative a lone "Odile" is, so that she can
	 * be asked by her single name.
	 */
	private static final java.util.regex.Pattern OWNED = java.util.regex.Pattern
		.compile("^\\p{Lu}\\S*(?: (?:(?:de|van|von|der|den|da|di|del|du|la|le|bin|al|ibn) )*"
				+ "(?:\\p{Lu}\\S*|[a-z]{1,3}-\\p{Lu}\\S*))+(?:'s|s') ");

	/** A role owned by someone the text does not name: "the boy's father". */
	private static final java.util.regex.Pattern UNNAMED_OWNER = java.util.regex.Pattern
		.compile("^(?:the|a|an) \\p{Ll}[\\p{Ll}-]*(?:'s|s'|’s) ");

	/** A relative whose relation has lost its other end: "husband" of whom? */
	private static final java.util.Set<String> KIN = java.util.Set.of("husband", "wife", "son", "daughter", "father",
			"mother", "brother", "sister", "own brother", "own sister", "elder sister", "elder brother",
			"younger sister", "younger brother", "son-in-law", "daughter-in-law", "uncle", "aunt", "nephew", "niece",
			"cousin", "parent", "child");

	/**
	 * How a role says no more than where someone comes from or works ("Mike Gikas of
	 * Consumer Reports", "who works at a bakery").
	 */
	private static final String SOMEONE = "someone ";

	private static final String ANOTHER = "another ";

	private static final String THEN = "then-";

	private PersonQuestions() {
	}

	/** Titles that name a rank in some office without saying which office. */
	private static final Set<String> BARE_OFFICES = Set.of("secretary", "minister", "director", "undersecretary",
			"under secretary", "commissioner", "deputy");

	static List<BankQuestion> of(FactSite site, PersonFact fact, DistractorPool pool) {
		String name = fact.value();
		String role = firstOfLong(written(fact.role()));
		boolean named = name != null && Character.isUpperCase(name.charAt(0)) && !role.isEmpty();
		if (named && bareKin(role)) {
			// "His brother Tom Roe claimed": "brother" of whom a card cannot say, yet the
			// sentence says it beside the name, and asks it there; a single name others
			// may bear is not asked even so
			return name.contains(" ") ? RoleCloze.of(site, fact) : List.of();
		}
		if (named && role.toLowerCase(Locale.ROOT).startsWith(THEN)) {
			return ThenRoles.of(site, name, role.substring(THEN.length()));
		}
		if (name == null || !Character.isUpperCase(name.charAt(0)) || role.isEmpty() || Prose.words(role) > 20
				|| Prose.mentions(role, name) || UNFINISHED.matcher(role).find()) {
			return List.of();
		}
		if (fullerRoleInDocument(site, name, role) || MisreadPeople.misread(site, fact, role)) {
			return List.of();
		}
		role = RoleEdges.mended(site, fact, role);
		// "its chief operating officer" of whom? the pronoun's owner stays in the
		// sentence
		role = role == null ? null : DanglingPossessives.resolved(role);
		if (role == null || bareKin(role)) {
			return List.of();
		}
		if (title(role) && BARE_OFFICES.contains(role.strip().toLowerCase(Locale.ROOT))) {
			// "Secretary Jane Roe": the honorific says no office, so "Secretary" tells a
			// reader nothing about who she is ("said director Jane Roe" keeps the
			// employer the story named before)
			return List.of();
		}
		if (!name.contains(" ") && !OWNED.matcher(role).find() && !pool.onlyPersonCalled(name)
				|| pool.sameRoleSpelledOtherwise(name, role)) {
			// "Who is William?" has two answers where the corpus has two Williams, and a
			// card of the role spelled otherwise is asked from another story; the
			// sentence itself names the person beside the role, so it asks the role
			// there
			return RoleCloze.of(site, fact);
		}
		// after the pool is asked, which knows the role as the sentence wrote it
		role = SentenceOpeningRoles.lowered(site.sentence().text(), site.document().text(), role);
		List<BankQuestion> questions = new ArrayList<>();
		questions.add(site.question(QuestionFormat.FLASHCARD, "Who is " + name + "?", role, role, List.of(role),
				List.of(), null));
		String act = SubjectActs.act(role);
		if (act != null) {
			return actQuestions(site, name, role, act, pool, questions);
		}
		if (Prose.words(role) < 2 || Articles.determined(role) && Prose.words(role) < 3 || role.startsWith(SOMEONE)
				|| UNNAMED_OWNER.matcher(role).find() || UnnamedWholes.leansOn(role)) {
			// "Who is described as Analyst?" or "Who is the prosecutor?" asks a reader to
			// guess among every analyst, and "someone from Consumer Reports" fits
			// everyone from there, as "someone who works at a bakery" fits everyone
			// there and "the boy's father" names no boy, nor "chairman of the board"
			// any board: asked only as "Who is Mike
			// Gikas?"
			return questions.stream().filter(q -> q != null).toList();
		}
		String lower = role.toLowerCase(Locale.ROOT);
		boolean determined = lower.startsWith("the ");
		// "an Australian cricketer" fits many people: only a choice among people
		// described
		// otherwise has one answer
		boolean indefinite = lower.startsWith("a ") || lower.startsWith("an ") || lower.startsWith("one of ");
		boolean shared = indefinite || pool.othersWithRole(name, role);
		if (lower.startsWith("one of ") && heldSingly(name, role, pool) || heldAsOneOf(name, role, pool)) {
			// "one of Mara's uncles" with "Mara's uncle" among the options has two
			// answers
			return questions.stream().filter(q -> q != null).toList();
		}
		// "Philip Roe's father" is determined by its owner: no article goes before it
		determined |= OWNED.matcher(role).find();
		// "one of Mara's aunts" says itself that others share it: no "described as"
		String prompt = shared && lower.startsWith("one of ") ? "Which of these people is " + role + "?"
				: shared ? "Which of these people is described as " + Articles.indefinite(role) + "?"
						: determined ? "Who is " + role + "?" : "Who is described as " + Articles.definite(role) + "?";
		List<String> accepted = DistractorPool.nameVariants(name);
		List<String> others = pool.people(name, SignOffs.isSignOffRole(role) ? SignOffs.withoutPlace(role) : role,
				site.seed());
		questions.add(site.nameAmongOthers(prompt, name, accepted, others));
		if (!shared) {
			questions.add(site.question(QuestionFormat.TYPED, prompt, name, name, accepted, List.of(), null));
		}
		return questions.stream().filter(q -> q != null).toList();
	}

	/**
	 * "Who delivered the petition to the county board?": one act the document tells of a
	 * person it gives no role is asked by the act, typed and among people of the corpus,
	 * besides the card "Who is Jane Roe?".
	 */
	private static List<BankQuestion> actQuestions(FactSite site, String name, String role, String act,
			DistractorPool pool, List<BankQuestion> questions) {
		String prompt = "Who " + act + "?";
		List<String> accepted = DistractorPool.nameVariants(name);
		List<String> others = pool.people(name, role, site.seed());
		questions.addAll(site.nameAskedBy(prompt, name, accepted, others));
		return questions.stream().filter(q -> q != null).toList();
	}

	/**
	 * "one of Mara's great-uncles": the owner's plural relation, read as its singular.
	 */
	private static final Pattern ONE_OF_OWNED = Pattern.compile("^one of (.+(?:'s|s'|’s) \\S+?)s$");

	/**
	 * True when someone else holds the singular of a role "one of ..." ("Mara's uncle"
	 * for "one of Mara's uncles"): among the options they would be a second right answer.
	 */
	private static boolean heldSingly(String name, String role, DistractorPool pool) {
		java.util.regex.Matcher owned = ONE_OF_OWNED.matcher(role);
		return owned.matches() && pool.othersWithRole(name, owned.group(1));
	}

	/** "Mara's great-uncle": an owner's relation in the singular. */
	private static final Pattern OWNED_RELATION = Pattern.compile("^\\S+(?: \\S+)*(?:'s|s'|’s) \\S+$");

	/**
	 * True when someone else is "one of Mara's great-uncles" while this person is "Mara's
	 * great-uncle": asked by the role, both would be right.
	 */
	private static boolean heldAsOneOf(String name, String role, DistractorPool pool) {
		return OWNED_RELATION.matcher(role).matches() && pool.othersWithRole(name, "one of " + role + "s");
	}

	/**
	 * True when the same document gives the person a role that holds this one and says
	 * more ("US Secretary of State" holds "Secretary"): a second card "Who is Mike Roe?"
	 * with the poorer answer would only repeat the first. A past role ("former US
	 * President") holds no present one.
	 */
	private static boolean fullerRoleInDocument(FactSite site, String name, String role) {
		String asked = withoutArticle(Prose.normalize(role).strip());
		for (var fact : site.document().facts()) {
			if (!(fact instanceof PersonFact other) || !name.equals(other.value()) || other.role() == null) {
				continue;
			}
			String fuller = withoutArticle(Prose.normalize(firstOfLong(written(other.role()))).strip());
			boolean past = fuller.startsWith("former ") || fuller.startsWith("then ") || fuller.startsWith("late ");
			if (!fuller.equals(asked) && (" " + fuller + " ").contains(" " + asked + " ")
					&& (!past || asked.startsWith("former ") || asked.startsWith("then "))) {
				return true;
			}
		}
		return false;
	}

	private static final int MAX_ROLE_WORDS = 20;

	/**
	 * "a Conservative member of Parliament and chairman of the Select Committee on ..."
	 * is too long for the back of a card: its first post, before an "and" that opens the
	 * next in lower case, says who the person is ("Trade and Industry" is one name).
	 */
	private static String firstOfLong(String role) {
		if (Prose.words(role) <= MAX_ROLE_WORDS) {
			return role;
		}
		java.util.regex.Matcher and = java.util.regex.Pattern.compile(" and \\p{Ll}").matcher(role);
		return and.find() && Prose.words(role.substring(0, and.start())) >= 2 ? role.substring(0, and.start()) : role;
	}

	/** A relative whose relation has lost its other end: "brother" of whom? */
	static boolean bareKin(String role) {
		return KIN.contains(KIN_PREFIX.matcher(withoutArticle(role.toLowerCase(Locale.ROOT))).replaceFirst(""))
				&& !title(role);
	}

	/**
	 * "Sister" written with a capital, alone, is the title of a nun ("Sister Jane Roe"),
	 * not a relative who lost the other end of the relation.
	 */
	private static boolean title(String role) {
		return Character.isUpperCase(role.charAt(0)) && !role.contains(" ");
	}

	private static String withoutArticle(String normalized) {
		return ARTICLE.matcher(normalized).replaceFirst("");
	}

	/**
	 * The role as a card shows it: without the comma or full stop that closed it in the
	 * sentence, an abbreviated title written out ("Gov." becomes "Governor").
	 */
	static String written(String role) {
		if (role == null) {
			return "";
		}
		String stripped = role.strip();
		if (Arrays.stream(stripped.split(" ")).allMatch(WrittenOutTitles::isAbbreviation)) {
			// the role is a title and nothing else: "Gov.", "Maj Gen"
			return WrittenOutTitles.of(stripped);
		}
		// "Former Microsoft CEO" opened its sentence: on a card it is "former Microsoft
		// CEO"
		if (SENTENCE_OPENING.matcher(stripped).find()) {
			stripped = Character.toLowerCase(stripped.charAt(0)) + stripped.substring(1);
		}
		stripped = WrittenOutTitles.of(stripped);
		if (stripped.startsWith(ANOTHER) && stripped.length() > ANOTHER.length()) {
			// "another abortion-rights supporter" compares with someone the card does not
			// show: on its own it is "an abortion-rights supporter"
			stripped = Articles.indefinite(stripped.substring(ANOTHER.length()));
		}
		stripped = CLOSING_MARK.matcher(stripped).replaceAll("");
		// "Apple Inc." and "U.S." keep their full stop; a sentence's does not stay
		if (stripped.endsWith(".") && !stripped.matches("(?s).*(?:\\b\\p{Lu}\\p{L}{0,3}|\\.\\p{L}+)\\.$")) {
			stripped = stripped.substring(0, stripped.length() - 1);
		}
		return stripped.strip();
	}

}
