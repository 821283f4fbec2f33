package app.quarry.generation.extract.people;

import java.util.Map;
import java.util.Set;

import static app.quarry.generation.extract.people.RoleWords.COPULAS;
import static app.quarry.generation.extract.people.RoleWords.MAX_APPOSITION_TOKENS;
import static app.quarry.generation.extract.people.RoleWords.VERBS;
import static app.quarry.generation.extract.people.RoleWords.corporateStop;
import static app.quarry.generation.extract.people.RoleWords.roleWordNearStart;

/**
 * A role a relative clause after the name gives: "Jane Holloway, who heads the Riverside
 * Trust," (head of the Riverside Trust), "Jane Roe, who works at a bakery in Leeds,"
 * (someone who works there), "Jane Roe, who was named chief executive of Acme last year,"
 * (chief executive of Acme).
 */
final class RelativeClauseRoles {

	/** The verb of a relative clause that gives a role, and the role's noun. */
	private static final Map<String, String> ROLE_VERBS = Map.ofEntries(Map.entry("heads", "head"),
			Map.entry("headed", "former head"), Map.entry("leads", "leader"), Map.entry("chairs", "chair"),
			Map.entry("runs", "head"), Map.entry("directs", "director"), Map.entry("founded", "founder"),
			Map.entry("co-founded", "co-founder"), Map.entry("owns", "owner"), Map.entry("manages", "manager"),
			Map.entry("represents", "representative"), Map.entry("edits", "editor"), Map.entry("coaches", "coach"),
			Map.entry("captains", "captain"));

	/** "who works at", "who worked for": the clause says where someone works. */
	private static final Set<String> WORKS = NameLexicon.words("works", "worked", "teaches", "taught");

	private static final Set<String> WORKPLACES = NameLexicon.words("at", "for", "in");

	/** "who was named", "who was appointed": the role the clause gives follows. */
	private static final Set<String> NAMED = NameLexicon.words("named", "appointed", "elected", "promoted");

	/**
	 * Words after which a role given by a naming verb is over: "named chief executive
	 * [last year]", "elected mayor [in 2019]".
	 */
	private static final Set<String> AFTER_ROLE = NameLexicon.words("last", "this", "next", "in", "on", "earlier",
			"since", "after", "before", "during", "when", "by", "and", "but", "two", "three", "four", "five", "six",
			"months", "years", "weeks", "days", "ago");

	private RelativeClauseRoles() {
	}

	/**
	 * The first token after "who is the", "who was a", "who has been the": the apposition
	 * a copula opens; -1 when the clause at {@code who} is no such clause.
	 */
	static int afterCopula(DocumentTokens doc, int who) {
		int verb = who + 1;
		if (verb + 1 < doc.size() && doc.get(verb).lower().equals("has") && doc.get(verb + 1).lower().equals("been")) {
			verb++;
		}
		boolean copula = COPULAS.contains(doc.get(verb).lower()) || doc.get(verb).lower().equals("been");
		// "who is also acting chief financial officer"
		int article = RoleVerbs.skipAdverbs(doc, verb + 1);
		if (!copula || article + 1 >= doc.size() || doc.boundaryBefore(article)) {
			return -1;
		}
		// "who is president of Acme", "who is executive vice president": a post needs
		// no article
		String lower = doc.get(article).lower();
		boolean post = !doc.get(article).capitalized()
				&& (NameLexicon.isRoleNoun(lower) || RoleWords.MODIFIERS.contains(lower))
				|| BarePosts.opensAt(doc, article);
		return RoleWords.ARTICLES.contains(lower) || post ? article : -1;
	}

	static void find(DocumentTokens doc, Mention name, int who) {
		if (who + 2 >= doc.size() || doc.boundaryBefore(who + 1)) {
			return;
		}
		String verb = doc.get(who + 1).lower();
		if (ROLE_VERBS.containsKey(verb)) {
			int end = clauseEnd(doc, who + 2);
			if (end > who + 2 && doc.get(who + 2).word()) {
				give(name, end, ROLE_VERBS.get(verb) + " of " + doc.span(who + 2, end));
			}
		}
		else if (WORKS.contains(verb) && WORKPLACES.contains(doc.get(who + 2).lower())
				&& !doc.boundaryBefore(who + 2)) {
			// where she works is all the text says she is
			int end = clauseEnd(doc, who + 3);
			if (end > who + 3) {
				give(name, end, "someone who " + doc.span(who + 1, end));
			}
		}
		else if (COPULAS.contains(verb) && ChargeClauses.opensAt(doc, who + 2) > 0) {
			// "Jane Roe, who is in charge of the relief effort,": the charge is her role
			int end = ChargeClauses.end(doc, ChargeClauses.opensAt(doc, who + 2));
			if (end > 0) {
				give(name, end, doc.span(who + 2, end));
			}
		}
		else if (COPULAS.contains(verb) && who + 3 < doc.size() && NAMED.contains(doc.get(who + 2).lower())) {
			named(doc, name, who + 3);
		}
		else if (ActVerbs.pastAt(doc, who + 1) || DESCRIBING_ACTS.contains(verb) || holdsSomething(doc, who + 1)) {
			acted(doc, name, who + 1, who + 1);
		}
		else {
			// "who follows the timber trade", "who apparently organised the trip": a
			// habit in the present, or an act an adverb leads
			int act = HabitualClauses.verbAfter(doc, who);
			Token actVerb = act < 0 ? null : doc.get(act);
			if (actVerb != null
					&& (HabitualClauses.habitual(actVerb)
							|| act > who + 1 && (ActVerbs.past(actVerb) || DESCRIBING_ACTS.contains(actVerb.lower())))
					&& HabitualClauses.saysMoreThanWhere(doc, act, SubjectActs.clauseEnd(doc, act))) {
				acted(doc, name, act, HabitualClauses.actStart(doc, act));
			}
		}
	}

	/**
	 * Verbs too plain for an act a main clause states ("Jane Roe joined the firm") that
	 * still say who someone is when a relative clause after the name describes them by it
	 * ("Jane Roe, who joined the crowd outside the court,").
	 */
	private static final Set<String> DESCRIBING_ACTS = NameLexicon.words("joined", "lived", "arrived", "returned",
			"fled", "stayed");

	/**
	 * "who has a bakery in the harbour", "who had two shops": what someone has, when an
	 * article or a number opens it, says who she is; "who has said" is another verb's
	 * helper.
	 */
	private static boolean holdsSomething(DocumentTokens doc, int verb) {
		String lower = doc.get(verb).lower();
		if (!lower.equals("has") && !lower.equals("had") || verb + 1 >= doc.size() || doc.boundaryBefore(verb + 1)) {
			return false;
		}
		String next = doc.get(verb + 1).lower();
		return RoleWords.INDEFINITE.contains(next) || app.quarry.generation.extract.NumberWords.cardinal(next) != null;
	}

	private static final int MIN_ACT_TOKENS = 3;

	private static final int MAX_ACT_TOKENS = 16;

	/**
	 * "Jane Roe, who joined the crowd outside the court,": the one act the clause tells
	 * of her, up to its end, is who she is to the reader (someone who joined the crowd
	 * outside the court); nothing when a pronoun or another clause leaves it unclear, or
	 * when a title before the name already says who she is.
	 */
	private static void acted(DocumentTokens doc, Mention name, int verb, int from) {
		int end = SubjectActs.clauseEnd(doc, verb);
		// "chief Jane Roe, who led the delegation,": her title already says who she is
		if (name.role != null || end - verb < MIN_ACT_TOKENS || end - verb > MAX_ACT_TOKENS) {
			return;
		}
		String act = SubjectActs.written(doc, from, end);
		if (act != null) {
			give(name, end, SubjectActs.SOMEONE_WHO + act);
		}
	}

	/** Verbs of a main clause that give their subject a role by what it holds. */
	private static final Map<String, String> HOLDING_VERBS = Map.ofEntries(Map.entry("owns", "owner"),
			Map.entry("founded", "founder"), Map.entry("co-founded", "co-founder"), Map.entry("heads", "head"),
			Map.entry("chairs", "chair"), Map.entry("directs", "director"), Map.entry("edits", "editor"),
			Map.entry("coaches", "coach"), Map.entry("captains", "captain"));

	private static final Set<String> PLACE_DEICTICS = NameLexicon.words("here", "there");

	/**
	 * "Jane Roe owns eight flats here." makes her the owner of eight flats, as "Jane Roe
	 * heads the Riverside Trust." makes her its head: the role the verb at {@code verb}
	 * gives the subject, or null. What is held must open with an article, a number or a
	 * name: "heads home" holds nothing.
	 */
	static String heldBySubject(DocumentTokens doc, int verb) {
		String noun = HOLDING_VERBS.get(doc.get(verb).lower());
		int first = verb + 1;
		if (noun == null || first >= doc.size() || doc.boundaryBefore(first) || !doc.get(first).word()) {
			return null;
		}
		Token opener = doc.get(first);
		// "owns an iPod" says what someone bought, not who they are; "owns eight flats"
		// or
		// "owns the Grand Hotel" does
		boolean item = noun.equals("owner") && RoleWords.INDEFINITE.contains(opener.lower());
		boolean held = !item && (RoleWords.ARTICLES.contains(opener.lower()) || opener.capitalized()
				|| Character.isDigit(opener.text().charAt(0))
				|| app.quarry.generation.extract.NumberWords.cardinal(opener.lower()) != null);
		int clause = clauseEnd(doc, first);
		int end = first;
		// "founded Quill Books in 1990": what is held ends where the words saying when
		// or where begin
		while (end < clause && (end == first || !AFTER_ROLE.contains(doc.get(end).lower()))
				&& !PLACE_DEICTICS.contains(doc.get(end).lower())) {
			end++;
		}
		return held && end > first ? noun + " of " + doc.span(first, end) : null;
	}

	/**
	 * "was named chief executive of Acme last year": the role up to the words that say
	 * when, if it has a role noun right at its start.
	 */
	private static void named(DocumentTokens doc, Mention name, int first) {
		first = afterAgent(doc, first);
		if (first < 0) {
			return;
		}
		if (doc.get(first).lower().equals("as")) {
			first++;
		}
		if (first + 1 < doc.size() && doc.get(first).lower().equals("both")) {
			first++; // "as both treasurer and club secretary"
		}
		int end = clauseEnd(doc, first);
		int role = first;
		while (role < end && !AFTER_ROLE.contains(doc.get(role).lower())) {
			role++;
		}
		if (role == first || !NameLexicon.isRoleNoun(doc.get(first).lower()) && !roleWordNearStart(doc, first, role)
				|| RoleWords.ARTICLES.contains(doc.get(first).lower()) && role - first < 2) {
			return;
		}
		give(name, end, doc.span(first, role));
	}

	private static final int MAX_AGENT_TOKENS = 6;

	/**
	 * "appointed by the board as chair": who appointed her stands before the "as" of the
	 * role, and is left out of it; the first token of what follows, {@code first} when no
	 * agent stands there, -1 when an agent is not followed by "as".
	 */
	private static int afterAgent(DocumentTokens doc, int first) {
		if (!doc.get(first).lower().equals("by")) {
			return first;
		}
		for (int t = first + 1; t < doc.size() && t - first <= MAX_AGENT_TOKENS && !doc.boundaryBefore(t); t++) {
			if (!doc.get(t).word()) {
				return -1;
			}
			if (doc.get(t).lower().equals("as")) {
				return t + 1 < doc.size() && !doc.boundaryBefore(t + 1) ? t : -1;
			}
		}
		return -1;
	}

	/**
	 * The token after a clause that starts at {@code first} and runs to a comma or the
	 * sentence's end without a verb; {@code first} when it does not.
	 */
	private static int clauseEnd(DocumentTokens doc, int first) {
		int end = first;
		while (end < doc.size() && end - first < MAX_APPOSITION_TOKENS && !doc.boundaryBefore(end)
				&& (doc.get(end).word() || doc.get(end).is("&") || corporateStop(doc, end))) {
			// "who edits the Law Review": a capitalized word inside the clause is part of
			// a name, no verb
			boolean named = end > first && doc.get(end).capitalized();
			if (end > first && secondPredicate(doc, end)) {
				return end; // "runs Harbour Digest and says ...": the second verb has its
							// own object
			}
			if (!named && (SpeechVerbs.isSpeechVerb(doc.get(end).lower()) || VERBS.contains(doc.get(end).lower()))) {
				return first;
			}
			end++;
		}
		boolean closed = end >= doc.size() || doc.boundaryBefore(end) || doc.get(end).is(",") || doc.get(end).is(".");
		return closed ? end : first;
	}

	/**
	 * "and" before a verb of the same subject ("and says", "and was"): the first
	 * predicate ends there.
	 */
	private static boolean secondPredicate(DocumentTokens doc, int and) {
		if (!doc.get(and).lower().equals("and") || and + 1 >= doc.size() || doc.boundaryBefore(and + 1)) {
			return false;
		}
		Token next = doc.get(and + 1);
		return !next.capitalized() && (SpeechVerbs.isSpeechVerb(next.lower()) || VERBS.contains(next.lower()));
	}

	private static void give(Mention name, int end, String role) {
		name.appositionEndToken = end;
		name.role = name.role == null ? role : name.role;
		name.appositionRole = role;
	}

}
