package app.quarry.generation.extract.people;

import java.util.Set;

import static app.quarry.generation.extract.people.RoleWords.ARTICLES;
import static app.quarry.generation.extract.people.RoleWords.INDEFINITE;
import static app.quarry.generation.extract.people.RoleWords.VERBS;
import static app.quarry.generation.extract.people.RoleWords.closedAfter;
import static app.quarry.generation.extract.people.RoleWords.roleWordNearStart;

/**
 * A role set off by a comma before the name: "An aerospace analyst, Richard Aboulafia,
 * said", "said the general secretary of the union, Tony Woodley", "his predecessor,
 * Gloria Roe,".
 */
final class RolesSetOffBefore {

	/** Relatives a person has only one of at a time. */
	private static final Set<String> ONLY_ONE_OF = NameLexicon.words("mother", "father", "husband", "wife", "widow",
			"widower", "stepmother", "stepfather");

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

	/**
	 * Verbs of thinking and finding, whose object may be a role set off before a name
	 * ("whether he found the pilot's brother, Tom Roe, was ..."), and which no -ed ending
	 * marks.
	 */
	private static final Set<String> THINKING = NameLexicon.words("thought", "think", "thinks", "believe", "believes",
			"knew", "know", "knows", "felt", "feel", "feels", "found", "find", "finds", "suspect", "suspects", "fear",
			"fears", "hope", "hopes", "doubt", "doubts");

	/** Words after which a clause, and with it a phrase, begins. */
	private static final Set<String> CLAUSE_OPENERS = NameLexicon.words("that", "if", "whether", "while", "when",
			"because", "although", "though", "since", "after", "before", "until", "unless", "once", "and", "but",
			"where");

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
			// a
			// name's
			boolean named = token.capitalized() && !doc.boundaryBefore(from - 1);
			if (!token.word() && !token.is("&") || SpeechVerbs.isSpeechVerb(token.lower()) && !named
					&& !qualifiesPost(doc, from - 1) && !AppositionBounds.speechWordAsNoun(doc, from - 1)) {
				break;
			}
			from--;
		}
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
			int object = from;
			// "a Communist plot hatched by the hated dictator, Jane Roe,": the first
			// phrase that reads as a role, not the first that opens
			while (object < comma && !(opensRole(doc.get(object).lower()) && object > 0
					&& (opensPhrase(doc, object - 1) || objectOfInfinitive(doc, object, comma))
					&& readsAsRole(doc, object, comma))) {
				object++;
			}
			from = object;
			opensClause = from < comma;
		}
		if (from >= comma || !opensClause || !bare && !opensRole(doc.get(from).lower()) && !formerAtStart(doc, from)
				|| !readsAsRole(doc, bare ? from - 1 : from, comma)) {
			return;
		}
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
			String owned = ownedEarlier(doc, from, doc.get(comma - 1).lower());
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

	private static final int MAX_OWNER_LOOKBACK_TOKENS = 200;

	/**
	 * "Mara's Miami cousins sought support. ... Another cousin, Jane Roe, said": the
	 * relative is one of the named owner's whom the text last gave relatives of that kind
	 * ("one of Mara's cousins"), or null when no owner stands before it.
	 */
	private static String ownedEarlier(DocumentTokens doc, int before, String kin) {
		if (!KIN.contains(kin) && !kin.equals("cousin") && !kin.equals("uncle") && !kin.equals("aunt")) {
			return null;
		}
		String plural = kin.endsWith("fe") ? kin.substring(0, kin.length() - 2) + "ves" : kin + "s";
		// one has several cousins, but a single mother: "the victim's mother" before
		// "Another mother, X," is not X's owner
		boolean severalOf = !ONLY_ONE_OF.contains(kin);
		for (int t = before - 1; t > 0 && before - t < MAX_OWNER_LOOKBACK_TOKENS; t--) {
			String lower = doc.get(t).lower();
			if (!lower.equals(plural) && !(severalOf && lower.equals(kin))) {
				continue;
			}
			for (int mark = t - 1; mark > 0 && t - mark <= 3 && !doc.boundaryBefore(mark + 1); mark--) {
				if (NameFinder.isPossessiveMark(doc.get(mark))) {
					int owner = RoleWords.nameOwningAt(doc, mark);
					// "another" says there are more: she is one of them, not the only one
					return owner < 0 ? null : "one of " + doc.span(owner, mark + 1) + " " + plural;
				}
			}
			return null; // the last such relatives have no named owner
		}
		return null;
	}

	/**
	 * An article, or "another", which opens a role as "an" does: "Another analyst, Jane
	 * Roe, said".
	 */
	/**
	 * "Former mining chief, Jane Roe, is facing ...": a sentence may open on a past post
	 * with no article; "former" says the words after it are one.
	 */
	private static boolean formerAtStart(DocumentTokens doc, int from) {
		return doc.boundaryBefore(from) && doc.get(from).lower().equals("former");
	}

	private static boolean opensRole(String lower) {
		return ARTICLES.contains(lower) || lower.equals("another") || lower.equals("one");
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
	 * The phrase from its article to the comma has a role noun before any preposition
	 * ("the director of the port", not "a plot hatched by the dictator") and no verb.
	 */
	private static boolean readsAsRole(DocumentTokens doc, int article, int comma) {
		if (comma == article + 2 && article >= 0 && opensRole(doc.get(article).lower())
				&& nationality(doc.get(article + 1))) {
			return true;
		}
		if (!roleWordNearStart(doc, article + 1, comma)) {
			return false;
		}
		boolean head = article + 2 < comma && doc.get(article + 1).lower().equals("one")
				&& doc.get(article + 2).lower().equals("of");
		for (int t = article + 1; t < comma; t++) {
			String lower = doc.get(t).lower();
			// "the state governor": a speech verb's spelling after an article is a noun;
			// "the Secretary of State": a capitalized one inside the phrase is part of a
			// name
			boolean named = t > article + 1 && doc.get(t).capitalized();
			if (SpeechVerbs.isSpeechVerb(lower) && !AppositionBounds.speechWordAsNoun(doc, t) && !named
					|| VERBS.contains(lower) && !named || !head && NameLexicon.PREPOSITIONS.contains(lower)) {
				return false;
			}
			// "the mayor's letter came from the treasurer": a role noun before "'s"
			// owns
			// what follows and is not the phrase's head
			head = (head || NameLexicon.isRoleNoun(lower)) && !lower.equals("'s") && !lower.equals("’s");
		}
		return true;
	}

	/**
	 * Capitalized words ending as nationalities do that name a place or a body instead.
	 */
	private static final Set<String> NOT_NATIONALITIES = NameLexicon.words("vatican", "taliban", "koran", "sudan",
			"iran", "oman", "japan", "jordan", "michigan", "ramadan");

	/**
	 * "the Libyan, Jane Roe,": a nationality standing alone for a person says what she
	 * is, as a role noun would.
	 */
	private static boolean nationality(Token token) {
		String lower = token.lower();
		return token.word() && token.capitalized() && lower.length() > 4 && lower.chars().allMatch(Character::isLetter)
				&& (lower.endsWith("an") && !lower.endsWith("stan") || lower.endsWith("ese"))
				&& !NOT_NATIONALITIES.contains(lower);
	}

	/**
	 * The token before an article makes it open a phrase of its own: a preposition ("by
	 * the county president"), a word that opens a clause ("that the boy's father", "while
	 * the Democrat"), a verb whose object the phrase is ("praised the mayor, Jane Roe,"),
	 * or the comma after an opening phrase ("In the race for mayor, the Republican
	 * candidate, Jane Roe,"), not the comma after a name, which lists people.
	 */
	private static boolean opensPhrase(DocumentTokens doc, int t) {
		Token token = doc.get(t);
		if (token.is(",")) {
			return t > 0 && doc.get(t - 1).word() && !doc.get(t - 1).capitalized()
					|| OpeningPhraseCommas.closesOpening(doc, t);
		}
		String lower = token.lower();
		boolean verb = token.word() && !token.capitalized() && (VERBS.contains(lower) || SpeechVerbs.isSpeechVerb(lower)
				|| lower.endsWith("ed") || THINKING.contains(lower));
		return NameLexicon.PREPOSITIONS.contains(lower) || CLAUSE_OPENERS.contains(lower) || verb;
	}

	/**
	 * "to try the suspect, Jane Roe": a plain word after "to" is a verb whose object the
	 * phrase from {@code article} to the comma is, unless a word inside opens a clause of
	 * its own ("to delay the vote after the party's candidate, Jane Roe,").
	 */
	private static boolean objectOfInfinitive(DocumentTokens doc, int article, int comma) {
		int verb = article - 1;
		if (verb < 1 || doc.boundaryBefore(verb) || doc.boundaryBefore(article)
				|| !doc.get(verb - 1).lower().equals("to")) {
			return false;
		}
		Token token = doc.get(verb);
		if (!token.word() || token.capitalized() || NameLexicon.FUNCTION_WORDS.contains(token.lower())) {
			return false;
		}
		for (int t = article + 1; t < comma; t++) {
			if (CLAUSE_OPENERS.contains(doc.get(t).lower()) && !doc.get(t).lower().equals("and")) {
				return false;
			}
		}
		return true;
	}

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
