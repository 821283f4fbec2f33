package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.quarry.generation.extract.DocumentAnalysis;
import app.quarry.generation.extract.FactFinder;
import app.quarry.generation.extract.NamedThingFact;

/**
 * Named things (a product, a model, an index, a program) that an apposition describes, in
 * the two shapes news uses: the description after the name ("the Skyhauler 900, a
 * wide-body freighter that can lift 90 tonnes,", "the new Z9, a media player which ...")
 * and the description before it ("The world's largest cargo aircraft, the Skyhauler 900,
 * has ...", "Tellco's upcoming new design, the Z9, does ...", "its new operating system,
 * Grey Lynx, and ..."). The head noun of the description must name a thing: a noun for a
 * person, an organisation or a place leaves the phrase to the rules for those, and a
 * plural head (a list may follow) gives nothing.
 */
public final class ThingsSetOff implements FactFinder {

	private static final Set<String> INDEFINITE = NameLexicon.words("a", "an");

	private static final Set<String> OWNER_PRONOUNS = NameLexicon.words("its", "their");

	private static final Set<String> RELATIVES = NameLexicon.words("that", "which");

	/** Words a description from its article to its head never holds. */
	private static final Set<String> NOT_MODIFIERS = NameLexicon.words("and", "or", "but", "this", "that", "these",
			"those", "his", "her", "he", "she", "they", "we", "i", "you", "it", "there", "here", "who", "what", "when",
			"where", "why", "how", "not", "no", "also", "as", "than", "then", "so");

	/** Nouns for places: "the capital, Arvena," is asked as a place. */
	private static final Set<String> PLACE_HEADS = NameLexicon.words("capital", "city", "town", "village", "country",
			"nation", "state", "province", "region", "island", "port", "district", "county", "area", "home", "hometown",
			"headquarters", "border", "neighbour", "neighbor", "birthplace", "venue", "location", "destination", "hub",
			"base", "stadium", "arena", "airport", "station");

	/**
	 * Heads that say what a thing is to its text, not what kind of thing it is: "the
	 * reason, X," or "the result, X," would make a question of nothing.
	 */
	private static final Set<String> EMPTY_HEADS = NameLexicon.words("one", "reason", "result", "case", "problem",
			"answer", "question", "idea", "point", "thing", "way", "time", "year", "day", "week", "month", "side",
			"part", "rest", "other", "others", "same", "first", "last", "latter", "former", "end", "name", "word",
			"example", "news", "story", "report", "statement", "decision", "deal", "move", "plan", "issue");

	/** Nouns for people that the role words leave out. */
	private static final Set<String> PERSON_HEADS = NameLexicon.words("member", "head", "founder", "co-founder",
			"employee", "worker", "fan", "supporter", "veteran", "partner", "student", "graduate", "volunteer", "coach",
			"friend", "native", "resident", "citizen", "owner", "customer", "buyer", "seller", "victim", "survivor",
			"winner", "loser", "candidate", "nominee", "successor", "predecessor");

	/** Words besides prepositions that open a sentence with a phrase of their own. */
	private static final Set<String> OPENING_WORDS = NameLexicon.words("in", "on", "at", "under", "after", "before",
			"despite", "following", "according", "as", "since", "while", "when", "although", "though", "because", "if",
			"unlike", "like", "amid", "during", "upon", "beyond", "besides", "given", "once", "until");

	private static final int MAX_DESCRIPTION_TOKENS = 10;

	private static final int MAX_CLAUSE_TOKENS = 12;

	@Override
	public List<NamedThingFact> find(DocumentAnalysis analysis) {
		DocumentPeople people = DocumentPeople.of(analysis);
		DocumentTokens doc = people.doc;
		String text = analysis.document().text();
		boolean[] named = new boolean[doc.size()];
		for (Mention mention : people.mentions) {
			// a capitalized pair the name rules took for a person ("Grey Lynx") is a
			// person's only when something shows one: a role, a title, a gender
			if (mention.kind == Mention.Kind.NAME && mention.person != null
					&& OrganisationFinder.showsPerson(mention)) {
				java.util.Arrays.fill(named, mention.firstToken, mention.endToken, true);
			}
		}
		List<NamedThingFact> facts = new ArrayList<>();
		for (int comma = 1; comma + 2 < doc.size(); comma++) {
			if (!doc.get(comma).is(",") || doc.boundaryBefore(comma + 1) || doc.boundaryBefore(comma)) {
				continue;
			}
			NamedThingFact after = describedAfter(doc, text, comma, named);
			NamedThingFact fact = after != null ? after : describedBefore(doc, text, comma, named);
			if (fact != null && facts.stream().noneMatch(f -> f.start() == fact.start())) {
				facts.add(fact);
			}
		}
		return facts;
	}

	/**
	 * "the Skyhauler 900, a wide-body freighter that can lift 90 tonnes,": a name that
	 * shows it is no person's (it follows "the", holds a digit or starts as "iPod" does)
	 * right before the comma, and a description with an article after it.
	 */
	private static NamedThingFact describedAfter(DocumentTokens doc, String text, int comma, boolean[] named) {
		int start = ThingNames.nameStart(doc, comma);
		boolean marked = start < comma && ThingNames.thingName(doc, start, comma);
		if (start >= comma || anyNamed(named, start, comma)
				|| !marked && (!ArtefactAppositions.plainName(doc, start, comma)
						|| OpeningPhraseCommas.closesOpening(doc, comma))) {
			return null;
		}
		int article = comma + 1;
		if (!INDEFINITE.contains(doc.get(article).lower()) && !doc.get(article).lower().equals("the")) {
			return null;
		}
		int end = descriptionEnd(doc, article + 1);
		int head = end;
		if (end < 0) {
			// "a new version of the operating system": the head stands before "of"
			head = ArtefactAppositions.modifiersEnd(doc, article + 1);
			end = ArtefactAppositions.ofPhraseEnd(doc, head);
		}
		if (end < 0 || !thingHead(doc, article + 1, head)
				|| !marked && !ArtefactAppositions.artefact(doc.get(head - 1).lower())) {
			return null;
		}
		String description = doc.get(article).lower()
				+ doc.span(article, end).substring(doc.get(article).text().length());
		description += clause(doc, end);
		return fact(doc, text, start, comma, description);
	}

	/**
	 * "The world's largest cargo aircraft, the Skyhauler 900, has": a description that
	 * opens with "the", an owner's possessive or "its", set off by a comma before a name
	 * that a comma, a bracket or the sentence's end closes.
	 */
	private static NamedThingFact describedBefore(DocumentTokens doc, String text, int comma, boolean[] named) {
		int start = comma + 1;
		boolean definite = doc.get(start).lower().equals("the") && !doc.boundaryBefore(start + 1);
		if (definite) {
			start++;
		}
		int end = ThingNames.nameEnd(doc, start);
		if (end <= start || anyNamed(named, start, end) || !ThingNames.closed(doc, end)
				|| ThingNames.listGoesOn(doc, end) || ThingNames.placeOrCompany(doc, start, end)
				|| !ThingNames.letters(doc, start, end) || ThingNames.calendarWord(doc, start, end)) {
			return null;
		}
		if (OpeningPhraseCommas.closesOpening(doc, comma)) {
			return null; // "Despite the setback, Tellco ..." opens its sentence with a
							// phrase
		}
		int opener = descriptionStart(doc, comma);
		if (opener < 0 || inOpeningPhrase(doc, opener) || !thingHead(doc, opener + 1, comma)
				|| AgentNouns.isAgent(doc.get(comma - 1).lower()) && !ThingNames.thingName(doc, start, end)) {
			return null;
		}
		String description;
		Token first = doc.get(opener);
		if (OWNER_PRONOUNS.contains(first.lower())) {
			// whose "their" is no rule tells: "a deal with Sukhoi for their regional
			// aircraft" is Sukhoi's, not the subject's
			String owner = first.lower().equals("its") ? OrganisationRelations.ownerOfIts(doc, opener) : null;
			String rest = doc.span(opener + 1, comma);
			// "its new operating system" with no owner the rules can name is still "the
			// new operating system": the card must not say "its"
			description = owner == null ? "the " + rest : owner + (owner.endsWith("s") ? "' " : "'s ") + rest;
		}
		else if (first.lower().equals("the")) {
			description = "the " + doc.span(opener + 1, comma);
		}
		else {
			description = doc.span(opener, comma);
		}
		return fact(doc, text, definite ? start - 1 : start, end, description);
	}

	private static NamedThingFact fact(DocumentTokens doc, String text, int start, int end, String description) {
		boolean definite = doc.get(start).lower().equals("the");
		int nameStart = definite ? start + 1 : start;
		Token first = doc.get(nameStart);
		Token last = doc.get(end - 1);
		String name = text.substring(first.start(), last.end());
		if (description.indexOf(' ') < 0 || description.toLowerCase().contains(name.toLowerCase())) {
			return null;
		}
		boolean the = definite
				|| nameStart > 0 && doc.get(nameStart - 1).lower().equals("the") && !doc.boundaryBefore(nameStart);
		return new NamedThingFact(name, first.start(), last.end(), the ? "the " + name : name, description);
	}

	/**
	 * The token after the description that starts at {@code from}: its words run to a
	 * comma, a full stop, a dash, a relative pronoun or the sentence's end; -1 when it
	 * holds a verb or runs too long.
	 */
	private static int descriptionEnd(DocumentTokens doc, int from) {
		int end = from;
		while (end < doc.size() && !doc.boundaryBefore(end) && end - from <= MAX_DESCRIPTION_TOKENS) {
			Token token = doc.get(end);
			if (RELATIVES.contains(token.lower()) || !modifier(token) && !CoordinateAdjectives.joins(doc, from, end)) {
				break;
			}
			end++;
		}
		boolean closedHere = end >= doc.size() || doc.boundaryBefore(end) || RELATIVES.contains(doc.get(end).lower())
				|| ",.;:-".contains(doc.get(end).text()) || doc.get(end).is("(");
		return closedHere && end > from && end - from <= MAX_DESCRIPTION_TOKENS ? end : -1;
	}

	/**
	 * The first token of the description that ends at {@code comma}: "the" or "its", or
	 * an owner's name with its possessive; -1 when none opens a phrase of modifiers.
	 */
	private static int descriptionStart(DocumentTokens doc, int comma) {
		for (int t = comma - 1; t >= 0 && comma - t <= MAX_DESCRIPTION_TOKENS + 1; t--) {
			Token token = doc.get(t);
			String lower = token.lower();
			if (lower.equals("the") || OWNER_PRONOUNS.contains(lower)) {
				return t < comma - 1 ? t : -1;
			}
			if (NameFinder.isPossessiveMark(token) && t > 0 && doc.get(t - 1).capitalized() && !doc.boundaryBefore(t)) {
				int owner = t - 1;
				while (owner > 0 && t - owner < ThingNames.MAX_NAME_TOKENS && doc.get(owner - 1).capitalized()
						&& !doc.boundaryBefore(owner) && !doc.get(owner - 1).lower().equals("the")) {
					owner--;
				}
				return t + 1 < comma ? owner : -1; // "Tellco's upcoming new design"
			}
			if (NameFinder.isPossessiveMark(token)) {
				continue; // "the world's largest": the owner is a common noun
			}
			if (!modifier(token) || doc.boundaryBefore(t)) {
				return -1;
			}
		}
		return -1;
	}

	/** A word that may stand in a noun phrase between its article and its head. */
	static boolean modifier(Token token) {
		String lower = token.lower();
		if (token.is("-") || NameFinder.isPossessiveMark(token)) {
			return true;
		}
		boolean abbreviation = token.capitalized() && lower.endsWith(".") && lower.length() <= 5;
		return (token.word() || abbreviation || ThingNames.digit(token.text())) && !NOT_MODIFIERS.contains(lower)
				&& !OrganisationFinder.VERBS.contains(lower) && !SpeechVerbs.isSpeechVerb(lower)
				&& !NameLexicon.PREPOSITIONS.contains(lower) && !lower.equals("the") && !INDEFINITE.contains(lower);
	}

	/**
	 * The last word of the description names a kind of thing: lower case, singular, and
	 * no noun for a person, an organisation or a place.
	 */
	static boolean thingHead(DocumentTokens doc, int from, int end) {
		if (end <= from) {
			return false;
		}
		Token head = doc.get(end - 1);
		String lower = head.lower();
		boolean plural = lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is");
		// a head that is itself a name ("their popular Zphone") says which thing, not
		// what
		// kind
		boolean lowerCase = lower.equals(head.text());
		// "a many-towered, fortress-like hotel": a compound adjective ends the phrase
		// only where a list of modifiers goes on after the comma
		boolean adjective = lower.indexOf('-') > 0 && (lower.endsWith("ed") || lower.endsWith("like"));
		return head.word() && lowerCase && !adjective && !plural && NamedThings.thingOrAgent(lower)
				&& !PLACE_HEADS.contains(lower) && !EMPTY_HEADS.contains(lower) && !PERSON_HEADS.contains(lower);
	}

	/**
	 * "Under the terms of the new proposal, Brovo, managed by ..." or "In response to
	 * Tellco's amended offer, the Leeds company": the description lies in a phrase that
	 * opens the sentence with a preposition, and the comma after it ends that phrase, not
	 * an apposition.
	 */
	static boolean inOpeningPhrase(DocumentTokens doc, int opener) {
		int start = opener;
		while (start > 0 && !doc.boundaryBefore(start)) {
			start--;
			if (doc.get(start).is(",")) {
				return false;
			}
		}
		String first = doc.get(start).lower();
		return start < opener && (NameLexicon.PREPOSITIONS.contains(first) || OPENING_WORDS.contains(first));
	}

	/**
	 * "that can carry 500 people" after the description: its relative clause, short and
	 * closed, with no pronoun that needs the sentence to say whom it stands for; else "".
	 */
	private static String clause(DocumentTokens doc, int end) {
		if (end >= doc.size() || doc.boundaryBefore(end) || !RELATIVES.contains(doc.get(end).lower())) {
			return "";
		}
		int last = end + 1;
		while (last < doc.size() && !doc.boundaryBefore(last) && last - end <= MAX_CLAUSE_TOKENS
				&& (doc.get(last).word() || doc.get(last).is("-") || NameFinder.isPossessiveMark(doc.get(last)))) {
			if (SubjectActs.pronoun(doc.get(last).lower())) {
				return "";
			}
			last++;
		}
		boolean closedClause = last >= doc.size() || doc.boundaryBefore(last) || ",.;".contains(doc.get(last).text());
		return closedClause && last - end <= MAX_CLAUSE_TOKENS && last > end + 1 ? " " + doc.span(end, last) : "";
	}

	private static boolean anyNamed(boolean[] named, int from, int to) {
		for (int t = from; t < to; t++) {
			if (named[t]) {
				return true;
			}
		}
		return false;
	}

}
