package app.quarry.generation.extract.people;

import java.util.Set;

import static app.quarry.generation.extract.people.RoleWords.VERBS;
import static app.quarry.generation.extract.people.RoleWords.roleWordNearStart;

/**
 * An appointment told in the active voice, the name between the verb and the post: "Acme
 * Corp. today named Jane Roe as its new chief executive", "the board appointed Tom Hale
 * chairman of the trust". The post is the person's; "its" is the company the subject
 * names just before the verb.
 */
final class ActiveAppointments {

	private static final Set<String> APPOINTING = NameLexicon.words("named", "appointed", "names", "appoints",
			"elected", "elects", "promoted", "promotes", "picked", "tapped", "chose", "hired", "identified",
			"identifies", "keep", "keeps", "kept", "retain", "retains", "retained", "re-elected", "reappointed");

	/**
	 * Verbs that keep someone in a post only with "as" and a bare post: "kept Jane Roe as
	 * their leader"; "kept Jane Roe as a hostage" holds her, it appoints nothing.
	 */
	private static final Set<String> KEEPING = NameLexicon.words("keep", "keeps", "kept", "retain", "retains",
			"retained");

	/**
	 * Verbs that give someone a post only with "as" after the name: "announced Jane Roe
	 * as the new premier", "confirmed Tom Roe as leader"; "confirmed Tom Roe had left"
	 * gives none.
	 */
	private static final Set<String> GIVING_WITH_AS = NameLexicon.words("announced", "announces", "confirmed",
			"confirms", "nominated", "nominates", "installed", "installs", "selected", "selects", "unveiled", "unveils",
			"introduced", "introduces");

	/** Determiners that stand for the body doing the appointing: "its", "their". */
	private static final Set<String> BODY_OWNERS = NameLexicon.words("its", "their");

	/**
	 * Verbs that put a role first and the name after "as": "police identified the gunman
	 * as Jane Roe".
	 */
	private static final Set<String> NAMING_ROLE_FIRST = NameLexicon.words("identified", "identifies", "named",
			"names");

	private static final int MAX_ROLE_FIRST_TOKENS = 6;

	/**
	 * Words after the post that say when or where, not what: the post ends before them.
	 */
	private static final Set<String> AFTER_POST = NameLexicon.words("in", "on", "to", "from", "with", "by", "effective",
			"succeeding", "replacing", "after", "since", "last", "this", "next", "earlier", "until", "during",
			"following", "who", "which", "that", "but", "while", "as", "today", "yesterday");

	/** Adverbs that may stand between the subject and the verb: "Acme today named". */
	private static final Set<String> TIME_ADVERBS = NameLexicon.words("today", "yesterday", "also", "formally",
			"officially", "has", "have", "had");

	private static final int MAX_POST_TOKENS = 10;

	/** Lengths a post is held for: "for another season", "for two years". */
	private static final Set<String> SPANS_OF_TIME = NameLexicon.words("season", "seasons", "year", "years", "term",
			"terms", "month", "months", "week", "weeks", "campaign", "period", "life");

	private ActiveAppointments() {
	}

	static void find(DocumentTokens doc, Mention name) {
		roleFirst(doc, name);
		if (name.role != null) {
			return;
		}
		int verb = name.phraseStartToken - 1;
		int first = name.endToken;
		if (verb < 1 || first + 1 >= doc.size() || doc.boundaryBefore(name.phraseStartToken)
				|| doc.boundaryBefore(first)
				|| !APPOINTING.contains(doc.get(verb).lower()) && !GIVING_WITH_AS.contains(doc.get(verb).lower())
				|| doc.get(verb).capitalized()) {
			return;
		}
		boolean as = doc.get(first).lower().equals("as");
		if (!as && GIVING_WITH_AS.contains(doc.get(verb).lower())) {
			return;
		}
		if (as) {
			first++;
		}
		if (KEEPING.contains(doc.get(verb).lower())
				&& (!as || first >= doc.size() || RoleWords.ARTICLES.contains(doc.get(first).lower()))) {
			return;
		}
		boolean its = first < doc.size() && BODY_OWNERS.contains(doc.get(first).lower()) && !doc.boundaryBefore(first);
		if (its) {
			first++;
		}
		if (first < doc.size() && doc.get(first).lower().equals("new")) {
			first++; // "its new chief executive": new to the post, which is what she
						// holds
		}
		if (!as && !its && first < doc.size() && RoleWords.ARTICLES.contains(doc.get(first).lower())) {
			return; // "named Jane Roe the winner" may be a prize, not a post
		}
		int end = postEnd(doc, first);
		if (end <= first || !roleWordNearStart(doc, first, end)
				|| !NameLexicon.isRoleNoun(doc.get(end - 1).lower()) && !ofSomething(doc, first, end)) {
			return;
		}
		String post = doc.span(first, end);
		if (its) {
			// "the board chose Jane Roe as its chairman": with no name for the body, the
			// post is still hers
			String company = subjectBefore(doc, verb);
			post = company == null ? post : post + " of " + company;
		}
		name.role = post;
		name.appositionEndToken = end;
	}

	/**
	 * "as coach for another season", "as chairman for a further year": how long she holds
	 * the post is no part of it, while "minister for the environment" names what the post
	 * is for.
	 */
	private static boolean forASpanOfTime(DocumentTokens doc, int at) {
		if (!doc.get(at).lower().equals("for")) {
			return false;
		}
		for (int t = at + 1; t < doc.size() && t <= at + 3 && !doc.boundaryBefore(t) && doc.get(t).word(); t++) {
			if (SPANS_OF_TIME.contains(doc.get(t).lower())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Where the post from {@code first} ends: before a comma, a stop or a word of time.
	 */
	private static int postEnd(DocumentTokens doc, int first) {
		int end = first;
		while (end < doc.size() && end - first < MAX_POST_TOKENS && !doc.boundaryBefore(end)) {
			Token token = doc.get(end);
			String lower = token.lower();
			if (!token.word() && !token.is("&") && !token.is("-") || AFTER_POST.contains(lower)
					|| forASpanOfTime(doc, end)) {
				break;
			}
			if (!token.capitalized() && (VERBS.contains(lower) || SpeechVerbs.isSpeechVerb(lower))) {
				return first;
			}
			if (lower.equals("and") && (end + 1 >= doc.size() || !NameLexicon.isRoleNoun(doc.get(end + 1).lower())
					&& !RoleWords.MODIFIERS.contains(doc.get(end + 1).lower()))) {
				break; // "chief executive and chairman" goes on; "president and said"
						// does not
			}
			end++;
		}
		boolean closed = end >= doc.size() || doc.boundaryBefore(end) || !doc.get(end).word()
				|| AFTER_POST.contains(doc.get(end).lower()) || doc.get(end).lower().equals("and")
				|| forASpanOfTime(doc, end);
		return closed ? end : first;
	}

	/**
	 * "Police identified the gunman as Jane Roe": the role stands between the verb and
	 * "as", the name after it; the role is a phrase an article opens and a noun for a
	 * person ends.
	 */
	private static void roleFirst(DocumentTokens doc, Mention name) {
		int as = name.phraseStartToken - 1;
		if (as < 3 || doc.boundaryBefore(name.phraseStartToken) || !doc.get(as).lower().equals("as")) {
			return;
		}
		int article = as - 1;
		while (article > 0 && as - article <= MAX_ROLE_FIRST_TOKENS && !doc.boundaryBefore(article + 1)
				&& doc.get(article).word() && !doc.get(article).capitalized()
				&& !RoleWords.ARTICLES.contains(doc.get(article).lower())) {
			article--;
		}
		int verb = article - 1;
		String noun = doc.get(as - 1).lower();
		if (verb < 0 || article + 1 >= as || doc.boundaryBefore(article) || doc.boundaryBefore(article + 1)
				|| !RoleWords.ARTICLES.contains(doc.get(article).lower())
				|| !NAMING_ROLE_FIRST.contains(doc.get(verb).lower()) || doc.get(verb).capitalized()
				|| !NameLexicon.isRoleNoun(noun) && !PersonNounLexicon.contains(noun) && !AgentNouns.isAgent(noun)) {
			return;
		}
		name.role = doc.span(article, as);
	}

	/** Links between a post and the body it is held in. */
	private static final Set<String> BODY_LINKS = NameLexicon.words("of", "within", "at", "for");

	/**
	 * "president of Acme Corp.", "a leader within the Acme party": a post whose body
	 * follows it.
	 */
	private static boolean ofSomething(DocumentTokens doc, int first, int end) {
		for (int t = first + 1; t < end - 1; t++) {
			if (BODY_LINKS.contains(doc.get(t).lower()) && NameLexicon.isRoleNoun(doc.get(t - 1).lower())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The capitalized name right before the verb (and an adverb such as "today"), which
	 * is the subject that "its" stands for, or null.
	 */
	private static String subjectBefore(DocumentTokens doc, int verb) {
		int end = verb;
		while (end > 0 && !doc.boundaryBefore(end) && TIME_ADVERBS.contains(doc.get(end - 1).lower())) {
			end--;
		}
		int start = end;
		while (start > 0 && !doc.boundaryBefore(start) && doc.get(start - 1).capitalized()
				&& doc.get(start - 1).word()) {
			start--;
		}
		if (start == end && end > 0 && doc.get(end - 1).is(".")) {
			// "Acme Corp. named": the name's abbreviation keeps its stop
			start = end - 1;
			while (start > 0 && !doc.boundaryBefore(start) && doc.get(start - 1).capitalized()) {
				start--;
			}
		}
		if (start == end || NameLexicon.FUNCTION_WORDS.contains(doc.get(start).lower())) {
			return null;
		}
		return doc.span(start, end);
	}

}
