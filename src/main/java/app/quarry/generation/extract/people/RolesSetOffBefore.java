package app.quarry.generation.extract.people;

import java.util.Set;

import static app.quarry.generation.extract.people.PhrasesReadAsRoles.nationality;
import static app.quarry.generation.extract.people.PhrasesReadAsRoles.opensRole;
import static app.quarry.generation.extract.people.PhrasesReadAsRoles.readsAsRole;
import static app.quarry.generation.extract.people.RoleWords.ARTICLES;
import static app.quarry.generation.extract.people.RoleWords.INDEFINITE;
import static app.quarry.generation.extract.people.RoleWords.VERBS;
import static app.quarry.generation.extract.people.RoleWords.closedAfter;

/**
 * A role set off by a comma before the name: "An aerospace analyst, Richard Aboulafia,
 * said", "said the general secretary of the union, Tony Woodley", "his predecessor,
 * Gloria Roe,".
 */
final class RolesSetOffBefore {

	private static final int MAX_ROLE_BEFORE_TOKENS = 14;

	static final Set<String> KIN = NameLexicon.words("son", "daughter", "wife", "husband", "brother", "sister",
			"father", "mother", "grandson", "granddaughter", "nephew", "niece", "widow", "widower");

	private static final Set<String> OWNER_DETERMINERS = NameLexicon.words("his", "her");

	static final String GREAT = "great-";

	/**
	 * Who someone is to the owner without any post: "his rival, Jane Roe,", "her
	 * colleague, Tom Roe,".
	 */
	private static final Set<String> SIDES = NameLexicon.words("rival", "opponent", "challenger", "colleague",
			"teammate", "team-mate", "friend", "ally", "classmate", "companion", "fiance", "fiancee", "fiancé",
			"fiancée", "girlfriend", "boyfriend", "partner");

	private RolesSetOffBefore() {
	}

	/**
	 * "An aerospace analyst, Richard Aboulafia, said", "said the general secretary of the
	 * union, Tony Woodley".
	 */
	static void find(DocumentTokens doc, Mention name) {
		int comma = name.phraseStartToken - 1;
		if (comma < 1 || !doc.get(comma).is(",") || doc.boundaryBefore(name.phraseStartToken)) {
			return;
		}
		int from = roleStart(doc, comma);
		boolean opensClause = doc.boundaryBefore(from) || SpeechVerbs.isSpeechVerb(doc.get(from - 1).lower());
		// "Deputy director at Acme, Jane Roe, said": a post opening the sentence without
		// an article, read from its first word as an article's phrase is from the next
		// "Deputy director at Acme, Jane Roe said": the sentence's speech verb closes the
		// name where its second comma was left out
		// "Secretary of State, Jane Roe is due in Paris": the sentence's verb closes the
		// name as its speech verb does
		boolean closed = SpeakingAfterSetOffRole.closedOrSpeaking(doc, name) || auxiliaryAfter(doc, name);
		boolean bare = opensClause && closed && !opensRole(doc.get(from).lower()) && !formerAtStart(doc, from)
				&& BareRolesOpeningSentence.opens(doc, from, comma);
		// "The prize was given by the president of Veldia, Ivo Karsk.": when the
		// sentence's opening phrase is no role, the role is the phrase after its verb
		boolean openingNoRole = opensClause && opensRole(doc.get(from).lower()) && !readsAsRole(doc, from, comma);
		if (!bare && from < comma
				&& (!opensClause || !opensRole(doc.get(from).lower()) && !formerAtStart(doc, from) || openingNoRole)
				&& (closedAfter(doc, name) || prepositionAfter(doc, name))) {
			// "prompted by the influential county president, Lord Hawke,": the phrase
			// after a preposition, the name set off by commas on both sides
			from = RolePhrasesOpeningMidClause.firstRolePhrase(doc, from, comma);
			opensClause = from < comma;
		}
		if (from >= comma || !opensClause || !bare && !opensRole(doc.get(from).lower()) && !formerAtStart(doc, from)
				|| !readsAsRole(doc, bare ? from - 1 : from, comma)) {
			return;
		}
		giveRole(doc, name, from, comma, bare);
	}

	/**
	 * Where the words before the comma that may be a role begin: back to the sentence's
	 * start, a speech verb, or any other mark than a bracket of initials, within
	 * {@value #MAX_ROLE_BEFORE_TOKENS} tokens.
	 */
	private static int roleStart(DocumentTokens doc, int comma) {
		int from = comma;
		while (from > 0 && !doc.boundaryBefore(from) && comma - from < MAX_ROLE_BEFORE_TOKENS) {
			Token token = doc.get(from - 1);
			int open = token.is(")") ? bracketOpening(doc, from - 1) : -1;
			if (open > 0) {
				// "the secretary general of the Foo Council (FC), Jane Roe,": the
				// body's initials in brackets belong to the role
				from = open;
				continue;
			}
			// "the state governor": a speech verb's spelling between an article and a
			// role noun qualifies the noun
			// "the treasurer of the state of Nevara": after an article the spelling is a
			// noun
			// "the Secretary of State": capitalized inside the sentence, the spelling is
			// a name's
			boolean named = token.capitalized() && !doc.boundaryBefore(from - 1);
			if (!token.word() && !token.is("&") || SpeechVerbs.isSpeechVerb(token.lower()) && !named
					&& !qualifiesPost(doc, from - 1) && !AppositionBounds.speechWordAsNoun(doc, from - 1)) {
				break;
			}
			from--;
		}
		return from;
	}

	/**
	 * Gives the name the role from {@code from} to the comma, written as the text has it
	 * or as "a"/"an" for "one" and "another".
	 */
	private static void giveRole(DocumentTokens doc, Mention name, int from, int comma, boolean bare) {
		String role = doc.span(from, comma);
		if (doc.get(from).lower().equals("one")) {
			// "the killing of one reporter, Jane Roe,": "one" counts her as "a" would
			String rest = doc.span(from + 1, comma);
			role = ("aeiou".indexOf(Character.toLowerCase(rest.charAt(0))) >= 0 ? "an " : "a ") + rest;
		}
		// a bare post keeps the capital of a name it opens with ("Acme head of sales")
		name.role = bare && !BareRolesOpeningSentence.openedByPostWord(doc, from)
				? BareLeadDescriptions.written(doc, from, comma)
				: Character.toLowerCase(role.charAt(0)) + role.substring(1);
		if (doc.get(from).lower().equals("another") && from + 2 == comma) {
			String owned = KinOwnedEarlier.ownedEarlier(doc, from, doc.get(comma - 1).lower());
			name.role = owned != null ? owned : name.role;
			if (nationality(doc.get(comma - 1))) {
				// "set by another Kenyan, Jane Roe,": she is a Kenyan; "another" only
				// points back to the one before her
				String people = doc.get(comma - 1).text();
				name.role = ("aeiouAEIOU".indexOf(people.charAt(0)) >= 0 ? "an " : "a ") + people;
			}
		}
	}

	private static final int MAX_BRACKETED_WORDS = 4;

	/**
	 * "the state governor": a speech verb's spelling after an article, before a role
	 * noun.
	 */
	private static boolean qualifiesPost(DocumentTokens doc, int t) {
		return t > 0 && !doc.boundaryBefore(t) && ARTICLES.contains(doc.get(t - 1).lower())
				&& AppositionBounds.modifiesRoleNoun(doc, t);
	}

	/**
	 * The "(" of a short bracket of words that closes at {@code close}, in the same
	 * sentence, or -1.
	 */
	private static int bracketOpening(DocumentTokens doc, int close) {
		for (int t = close - 1; t > 0 && close - t <= MAX_BRACKETED_WORDS && !doc.boundaryBefore(t + 1); t--) {
			if (doc.get(t).is("(")) {
				return t < close - 1 && !doc.boundaryBefore(t) ? t : -1;
			}
			if (!doc.get(t).word()) {
				return -1;
			}
		}
		return -1;
	}

	/**
	 * "Former mining chief, Jane Roe, is facing ...": a sentence may open on a past post
	 * with no article; "former" says the words after it are one.
	 */
	private static boolean formerAtStart(DocumentTokens doc, int from) {
		return doc.boundaryBefore(from) && doc.get(from).lower().equals("former");
	}

	/**
	 * "to try the suspect, Jane Roe in a civilian court": the comma that would close the
	 * name was left out before a preposition, which cannot go on the name and opens the
	 * rest of the clause.
	 */
	private static boolean prepositionAfter(DocumentTokens doc, Mention name) {
		int after = name.endToken;
		return after < doc.size() && !doc.boundaryBefore(after) && doc.get(after).word()
				&& !doc.get(after).capitalized() && AFTER_NAME_PREPOSITIONS.contains(doc.get(after).lower());
	}

	/**
	 * The name is followed at once by the finite verb of its clause in lower case: "is",
	 * "was", "has", "will".
	 */
	private static boolean auxiliaryAfter(DocumentTokens doc, Mention name) {
		int after = name.endToken;
		return after < doc.size() && !doc.boundaryBefore(after) && doc.get(after).word()
				&& !doc.get(after).capitalized() && AUXILIARIES.contains(doc.get(after).lower());
	}

	private static final Set<String> AUXILIARIES = NameLexicon.words("is", "was", "has", "had", "will", "would", "can",
			"could", "may", "might", "must", "should");

	/** Prepositions that open what comes after a name, never part of it ("of" may be). */
	private static final Set<String> AFTER_NAME_PREPOSITIONS = NameLexicon.words("in", "on", "at", "during", "after",
			"before", "over", "since", "until");

	/**
	 * A role a possessive owns, set off by a comma before the name: "promising to
	 * prosecute his predecessor, Gloria Roe," is the predecessor of the man "his" stands
	 * for, whom the reading of the document puts in front of the role.
	 */
	static void findOwned(DocumentTokens doc, Mention name) {
		int comma = name.phraseStartToken - 1;
		if (comma < 2 || !doc.get(comma).is(",") || doc.boundaryBefore(name.phraseStartToken)
				|| !closedAfter(doc, name)) {
			return;
		}
		int owner = comma - 1;
		while (owner >= 0 && comma - owner <= 3 && !doc.boundaryBefore(owner + 1)
				&& !OWNER_DETERMINERS.contains(doc.get(owner).lower())
				&& !INDEFINITE.contains(doc.get(owner).lower())) {
			Token token = doc.get(owner);
			// "his Conservative opponent, Jane Roe,", "her Kenyan colleague, Tom Roe,": a
			// party or a nationality may qualify the relative, never be it
			boolean qualifier = token.capitalized() && owner < comma - 1 && !doc.boundaryBefore(owner);
			if (!token.word() || token.capitalized() && !qualifier || VERBS.contains(token.lower())
					|| NameLexicon.FUNCTION_WORDS.contains(token.lower())) {
				return;
			}
			owner--;
		}
		if (owner >= 0 && owner + 1 == comma - 1 && INDEFINITE.contains(doc.get(owner).lower())
				&& KIN.contains(doc.get(comma - 1).lower())) {
			// "Jane Roe leaves behind a son, Mark Roe": a relative of the sentence's
			// subject
			int subject = owner;
			while (subject > 0 && !doc.boundaryBefore(subject)) {
				subject--;
			}
			name.role = doc.get(comma - 1).lower();
			name.ownerToken = subject;
			return;
		}
		String last = doc.get(comma - 1).lower();
		// "his great-uncle" is the owner's relative as "his uncle" is
		boolean relative = NameLexicon.isRoleNoun(last) || SIDES.contains(last)
				|| last.startsWith(GREAT) && NameLexicon.isRoleNoun(last.substring(GREAT.length()));
		if (!doc.get(comma - 1).word() || doc.get(comma - 1).capitalized()) {
			return; // "his Acme, Jane Roe": the relative is a lower-case noun
		}
		if (owner < 0 || owner + 1 >= comma || !OWNER_DETERMINERS.contains(doc.get(owner).lower()) || !relative) {
			return;
		}
		name.role = doc.span(owner + 1, comma);
		name.ownerToken = owner;
	}

}
