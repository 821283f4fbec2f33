package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.quarry.generation.extract.EntityFact;

/**
 * What an organisation is, told in a clause after its name or in words around it: a
 * participle ("the Norland Academy, funded by the government of Ostland, can move"), a
 * relative clause ("the Vetra Movement which cites old laws as its creed") or a creed
 * before a movement's or a government's name ("the fundamentalist Vetra government"). The
 * name must say it is an organisation's (its last word is one, "Academy", "Movement"), so
 * that a clause after a person or a place is left alone.
 */
final class OrganisationClauses {

	/**
	 * Participles that tell who stands behind an organisation, with their preposition.
	 */
	private static final Set<String> BACKED = NameLexicon.words("funded", "financed", "backed", "sponsored", "owned",
			"founded", "linked", "allied", "affiliated", "supported", "controlled", "run", "created", "formed");

	private static final Set<String> BY = NameLexicon.words("by", "with", "to");

	/** Last words of a name that say it is an organisation's. */
	private static final Set<String> HEADS = NameLexicon.words("academy", "school", "college", "university",
			"institute", "movement", "front", "council", "committee", "party", "army", "brigade", "brigades", "league",
			"union", "association", "foundation", "society", "organization", "organisation", "group", "church",
			"federation", "alliance", "coalition", "agency", "bureau", "commission", "center", "centre", "fund",
			"network", "corporation", "company", "bank", "jihad", "mujahideen", "hezbollah", "hamas");

	/** Creeds a movement or a government is described by. */
	private static final Set<String> CREEDS = NameLexicon.words("fundamentalist", "hardline", "hard-line", "militant",
			"radical", "communist", "socialist", "nationalist", "separatist", "extremist", "islamist", "marxist",
			"leftist", "rightist", "right-wing", "left-wing", "ultranationalist", "secular", "theocratic");

	/** What a creed describes: a government or a movement, not a person. */
	private static final Set<String> RULERS = NameLexicon.words("government", "regime", "movement", "militia",
			"faction", "guerrillas", "rebels");

	/**
	 * What an organisation owns or makes is read, with its own guards ("makes up" is no
	 * trade), by the apposition rules.
	 */
	private static final Set<String> TRADES = NameLexicon.words("owns", "controls", "makes", "produces", "publishes",
			"operates", "provides", "manufactures", "builds", "distributes");

	/** What a country's broadcaster is called by: "Norlandic television". */
	private static final Set<String> MEDIA = NameLexicon.words("television", "radio", "media");

	private static final int MAX_CLAUSE_TOKENS = 16;

	private OrganisationClauses() {
	}

	/**
	 * "Norlandic television, which clings to the party line,": a country's broadcaster,
	 * named by its people's adjective and a medium, described by a relative clause or a
	 * participle.
	 */
	static List<EntityFact> broadcasters(DocumentTokens doc, String text) {
		List<EntityFact> facts = new ArrayList<>();
		for (int t = 1; t + 2 < doc.size(); t++) {
			Token medium = doc.get(t);
			Token people = doc.get(t - 1);
			if (!MEDIA.contains(medium.lower()) || medium.capitalized() || doc.boundaryBefore(t)
					|| !people.capitalized() || !OrganisationWords.PLACES.contains(people.lower())
					|| !doc.get(t + 1).is(",")
					|| t >= 2 && doc.get(t - 2).capitalized() && !doc.boundaryBefore(t - 1)) {
				continue;
			}
			String description = clauseAfter(doc, t + 1);
			if (description != null) {
				facts.add(new EntityFact(text.substring(people.start(), medium.end()), people.start(), medium.end(),
						text.substring(people.start(), medium.end()), description));
			}
		}
		return facts;
	}

	/** A relative clause or a participle set off by the comma at {@code comma}. */
	private static String clauseAfter(DocumentTokens doc, int comma) {
		int verb = comma + 1;
		if (verb + 2 >= doc.size() || doc.boundaryBefore(verb)) {
			return null;
		}
		if (BACKED.contains(doc.get(verb).lower()) && BY.contains(doc.get(verb + 1).lower())) {
			int close = clauseEnd(doc, verb + 2, true);
			return close > verb + 2 ? doc.span(verb, close) : null;
		}
		if (!doc.get(verb).lower().equals("which") || !presentVerb(doc, verb + 1)) {
			return null;
		}
		int close = clauseEnd(doc, verb + 2, true);
		return close > verb + 2 ? doc.span(verb, close) : null;
	}

	/** "cites", "clings": a verb in the present that tells what the organisation does. */
	private static boolean presentVerb(DocumentTokens doc, int at) {
		Token verb = doc.get(at);
		String lower = verb.lower();
		return verb.word() && !verb.capitalized() && lower.endsWith("s") && !lower.endsWith("ss")
				&& !TRADES.contains(lower) && !OrganisationFinder.VERBS.contains(lower)
				&& !SpeechVerbs.isSpeechVerb(lower) && !NameLexicon.FUNCTION_WORDS.contains(lower)
				&& !doc.boundaryBefore(at);
	}

	/**
	 * "the Norland Academy, funded by the government of Ostland, can move": "funded by
	 * the government of Ostland", up to the comma a verb follows or the sentence's end.
	 */
	static String participle(DocumentTokens doc, int start, int end) {
		int verb = end + 1;
		if (verb + 2 >= doc.size() || !doc.get(end).is(",") || doc.boundaryBefore(verb)
				|| !BACKED.contains(doc.get(verb).lower()) || !BY.contains(doc.get(verb + 1).lower())
				|| !organisationName(doc, start, end)) {
			return null;
		}
		int close = clauseEnd(doc, verb + 2, true);
		return close > verb + 2 ? doc.span(verb, close) : null;
	}

	/**
	 * "the Vetra Movement which cites old laws as its creed": "which cites old laws as
	 * its creed", a verb in the present after "which", to a comma or the sentence's end.
	 */
	static String relative(DocumentTokens doc, int start, int end) {
		if (end + 3 >= doc.size()) {
			return null;
		}
		int which = doc.get(end).is(",") ? end + 1 : end;
		if (which + 2 >= doc.size() || doc.boundaryBefore(which) || !doc.get(which).lower().equals("which")
				|| !organisationName(doc, start, end)) {
			return null;
		}
		if (!presentVerb(doc, which + 1)) {
			return null;
		}
		int close = clauseEnd(doc, which + 2, which > end);
		return close > which + 2 ? doc.span(which, close) : null;
	}

	/**
	 * "the fundamentalist Vetra government": "a fundamentalist government", where the
	 * name is no person's and no people's ("the communist Norlandic government" is
	 * Norland's).
	 */
	static String creedBefore(DocumentTokens doc, int start, int end, boolean[] named) {
		if (start < 2 || end >= doc.size() || doc.boundaryBefore(start) || doc.boundaryBefore(end)
				|| !CREEDS.contains(doc.get(start - 1).lower()) || doc.get(start - 1).capitalized()
				|| !doc.get(start - 2).lower().equals("the") || !RULERS.contains(doc.get(end).lower())
				|| doc.get(end).capitalized() || end - start > 2) {
			return null;
		}
		for (int t = start; t < end; t++) {
			String lower = doc.get(t).lower();
			if (named[t] || lower.matches(".*(ian|ean|ese|ish|ic|i)$")) {
				return null; // a person's government, or a people's
			}
		}
		return "a " + doc.get(start - 1).lower() + " " + doc.get(end).lower();
	}

	/**
	 * Where the clause from {@code from} ends: at a comma a verb follows, or, when
	 * {@code setOff} is false or the sentence ends first, at its closing mark; -1 when it
	 * runs too long or into a quote.
	 */
	static int clauseEnd(DocumentTokens doc, int from, boolean setOff) {
		for (int t = from; t < doc.size() && t - from <= MAX_CLAUSE_TOKENS; t++) {
			Token token = doc.get(t);
			if (insideNumber(doc, t)) {
				continue; // "12.5%", "500,000 shares"
			}
			if (t > from && doc.boundaryBefore(t) || token.is(".") || token.is(";")) {
				return t;
			}
			if (token.is("\"") || token.is("“") || token.is("(")) {
				return -1;
			}
			if (token.is(",")) {
				Token next = t + 1 < doc.size() ? doc.get(t + 1) : null;
				boolean verbFollows = next != null && !doc.boundaryBefore(t + 1) && next.word() && !next.capitalized()
						&& (OrganisationFinder.VERBS.contains(next.lower()) || SpeechVerbs.isSpeechVerb(next.lower())
								|| !NameLexicon.FUNCTION_WORDS.contains(next.lower())
										&& !NameLexicon.PREPOSITIONS.contains(next.lower())
										&& !next.lower().equals("and") && !next.lower().equals("or"));
				return verbFollows || !setOff ? t : -1;
			}
		}
		return -1;
	}

	/** A point or comma with a digit glued to each side: a number's, no clause's end. */
	private static boolean insideNumber(DocumentTokens doc, int t) {
		Token token = doc.get(t);
		if (t == 0 || t + 1 >= doc.size() || !token.is(".") && !token.is(",")) {
			return false;
		}
		Token before = doc.get(t - 1);
		Token after = doc.get(t + 1);
		return before.end() == token.start() && after.start() == token.end()
				&& Character.isDigit(before.text().charAt(before.text().length() - 1))
				&& Character.isDigit(after.text().charAt(0));
	}

	/**
	 * "Norland Academy", "Vetra Movement": a name that ends in an organisation's word.
	 */
	static boolean organisationName(DocumentTokens doc, int start, int end) {
		return end - start >= 2 && HEADS.contains(doc.get(end - 1).lower())
				|| OrganisationWords.companyName(doc, start, end) || linkedHead(doc, start, end);
	}

	/**
	 * "the Westria Fund for Rural Housing", "the Acme Campaign for Clean Rivers": the
	 * word that says it is an organisation's stands before the "for" or "of" that opens
	 * the name's tail.
	 */
	private static boolean linkedHead(DocumentTokens doc, int start, int end) {
		for (int t = start; t + 2 < end; t++) {
			String head = doc.get(t).lower();
			if ((HEADS.contains(head) || head.equals("campaign")) && doc.get(t).capitalized()
					&& OrganisationNameRuns.ARTICLE_LINKS.contains(doc.get(t + 1).lower())) {
				return true;
			}
		}
		return false;
	}

}
