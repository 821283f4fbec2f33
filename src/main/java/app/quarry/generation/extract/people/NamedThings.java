package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.quarry.generation.extract.DocumentAnalysis;
import app.quarry.generation.extract.FactFinder;
import app.quarry.generation.extract.NamedThingFact;

/**
 * Things a text names as it introduces them: "a puppy named Biscuit", "a plastic
 * explosive called Thornite that smugglers have used before", "a ferry dubbed the Grey
 * Heron", "a storm nicknamed Big Wind". The phrase before the naming word says what the
 * thing is, with what a relative clause or an apposition right after the name adds. A
 * person ("a man named Tom Roe"), an organisation ("a group called ...") or a place ("a
 * village called ...") is left to the rules for those.
 */
public final class NamedThings implements FactFinder {

	/** The words that give a thing its name. */
	private static final Set<String> NAMING = NameLexicon.words("named", "called", "dubbed", "nicknamed", "christened",
			"codenamed", "code-named", "titled", "entitled");

	private static final Set<String> INDEFINITE = NameLexicon.words("a", "an");

	/** Nouns for people, who are asked as people. */
	private static final Set<String> PEOPLE = NameLexicon.words("man", "woman", "boy", "girl", "child", "person",
			"baby", "guy", "lady", "gentleman", "teenager", "youth", "student", "friend", "relative", "character",
			"figure", "individual", "member", "fellow", "stranger", "someone", "pupil", "prisoner", "soldier", "sailor",
			"farmer", "doctor", "priest", "writer", "poet", "man-made");

	/** Nouns for places, which are asked as places. */
	private static final Set<String> PLACES = NameLexicon.words("city", "town", "province", "region", "state", "port",
			"island", "village", "district", "territory", "enclave", "republic", "county", "country", "nation",
			"hamlet", "suburb", "neighborhood", "neighbourhood", "area", "river", "lake", "mountain", "valley",
			"street", "road", "square", "place", "spot", "settlement", "camp", "site", "bay", "sea", "desert", "forest",
			"zone", "municipality", "community", "resort");

	/** Names that a naming word before them does not give: days and months. */
	private static final Set<String> NOT_NAMES = NameLexicon.words("monday", "tuesday", "wednesday", "thursday",
			"friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
			"september", "october", "november", "december", "i");

	/**
	 * Words no phrase from its article to its noun holds: "new" or "old" may stand there,
	 * a preposition or a pronoun may not.
	 */
	private static final Set<String> PHRASE_STOPS = NameLexicon.words("the", "in", "on", "at", "by", "for", "from",
			"to", "of", "with", "and", "but", "or", "as", "if", "when", "while", "this", "that", "these", "those",
			"his", "her", "their", "its", "our", "my", "your", "he", "she", "they", "we", "i", "you", "it", "there",
			"here", "what", "who", "which", "where", "why", "how", "not");

	private static final Set<String> RELATIVES = NameLexicon.words("that", "which");

	/** Words that join a thing's name: "Bay of Storms", "Pride and Prejudice". */
	private static final Set<String> NAME_LINKS = NameLexicon.words("of", "and", "the", "de");

	private static final int MAX_PHRASE_TOKENS = 6;

	private static final int MAX_NAME_TOKENS = 5;

	private static final int MAX_ADDED_TOKENS = 14;

	@Override
	public List<NamedThingFact> find(DocumentAnalysis analysis) {
		DocumentTokens doc = DocumentPeople.of(analysis).doc;
		String text = analysis.document().text();
		List<NamedThingFact> facts = new ArrayList<>();
		for (int t = 2; t + 1 < doc.size(); t++) {
			Token naming = doc.get(t);
			boolean knownAs = naming.text().equals("as") && doc.get(t - 1).text().equals("known")
					&& !doc.boundaryBefore(t);
			if (!naming.word() || !NAMING.contains(naming.text()) && !knownAs || doc.boundaryBefore(t + 1)) {
				continue;
			}
			int phraseEnd = knownAs ? t - 1 : t;
			int article = articleBefore(doc, phraseEnd);
			NamingPhrases.Phrase wider = article < 0 ? NamingPhrases.before(doc, phraseEnd) : null;
			int nameStart = t + 1;
			boolean definite = nameStart + 1 < doc.size() && doc.get(nameStart).text().equals("the")
					&& !doc.boundaryBefore(nameStart + 1);
			if (definite) {
				nameStart++; // "a ferry dubbed the Grey Heron"
			}
			int nameEnd = nameEnd(doc, nameStart);
			boolean found = article >= 0 && thing(doc.get(phraseEnd - 1).lower())
					|| wider != null && NamingPhrases.closed(doc, wider, phraseEnd, nameEnd);
			if (!found || nameEnd <= nameStart || NOT_NAMES.contains(doc.get(nameStart).lower())
					|| NamingPhrases.callsSomething(doc, nameEnd)) {
				continue;
			}
			if (article < 0) {
				article = wider.article();
			}
			String name = doc.span(nameStart, nameEnd);
			// "A new drug called Veltrix" opened its sentence: the card shows "a new
			// drug"
			int describedEnd = wider != null ? wider.end() : phraseEnd;
			String description = doc.get(article).lower()
					+ doc.span(article, describedEnd).substring(doc.get(article).text().length())
					+ (wider != null && wider.end() < phraseEnd ? "" : added(doc, nameEnd));
			Token first = doc.get(nameStart);
			Token last = doc.get(nameEnd - 1);
			facts.add(new NamedThingFact(text.substring(first.start(), last.end()), first.start(), last.end(),
					definite ? "the " + name : name, description));
		}
		return facts;
	}

	/**
	 * The "a" or "an" that opens the phrase ending right before the naming word, whose
	 * words are all lower case but for a hyphenated modifier ("a Czech-made plastic
	 * explosive"), or -1.
	 */
	private static int articleBefore(DocumentTokens doc, int naming) {
		for (int t = naming - 1; t >= 0 && naming - t <= MAX_PHRASE_TOKENS; t--) {
			Token token = doc.get(t);
			if (INDEFINITE.contains(token.lower())) {
				return t < naming - 1 ? t : -1;
			}
			boolean modifier = token.word() && (!token.capitalized() || token.text().indexOf('-') > 0)
					&& !PHRASE_STOPS.contains(token.lower()) && !RoleWords.VERBS.contains(token.lower());
			if (!modifier || doc.boundaryBefore(t)) {
				return -1;
			}
		}
		return -1;
	}

	/** The token after the capitalized name that starts at {@code start}. */
	private static int nameEnd(DocumentTokens doc, int start) {
		int end = start;
		while (end < doc.size() && end - start < MAX_NAME_TOKENS && (end == start || !doc.boundaryBefore(end))) {
			Token token = doc.get(end);
			boolean link = end > start && NAME_LINKS.contains(token.text()) && end + 1 < doc.size()
					&& doc.get(end + 1).capitalized() && !doc.boundaryBefore(end + 1);
			// a brand written as "iTab" is starts a name as a capital does
			boolean brand = end == start && ThingNames.camelCase(token.text());
			if (!(token.word() && (token.capitalized() || brand)) && !link) {
				break;
			}
			end++;
		}
		return end;
	}

	/** A noun for a thing: no person, no organisation, no place. */
	static boolean thing(String head) {
		return thingOrAgent(head) && !AgentNouns.isAgent(head);
	}

	/**
	 * A noun for a thing, or one with an agent's ending ("player", "computer") that only
	 * a name showing a thing lets stand for one.
	 */
	static boolean thingOrAgent(String head) {
		return !PEOPLE.contains(head) && !PLACES.contains(head) && !NameLexicon.isRoleNoun(head)
				&& !NameLexicon.DESCRIBING_NOUNS.contains(head) && !NameLexicon.MALE_WORDS.contains(head)
				&& !NameLexicon.FEMALE_WORDS.contains(head) && !OrganisationWords.NOUNS.contains(head)
				&& head.chars().allMatch(c -> Character.isLetter(c) || c == '-');
	}

	/**
	 * What the words right after the name add: an apposition (", a gift from the mayor")
	 * or a relative clause ("that smugglers have used before"), up to the next mark; the
	 * empty string when neither follows or it runs too long.
	 */
	private static String added(DocumentTokens doc, int nameEnd) {
		if (nameEnd + 1 >= doc.size() || doc.boundaryBefore(nameEnd)) {
			return "";
		}
		boolean apposition = doc.get(nameEnd).is(",") && INDEFINITE.contains(doc.get(nameEnd + 1).lower())
				&& !doc.boundaryBefore(nameEnd + 1);
		boolean clause = RELATIVES.contains(doc.get(nameEnd).text());
		if (!apposition && !clause) {
			return "";
		}
		int from = apposition ? nameEnd + 1 : nameEnd;
		int end = from + 1;
		while (end < doc.size() && !doc.boundaryBefore(end) && (doc.get(end).word() || abbreviationStop(doc, end)
				|| doc.get(end).is("-") || doc.get(end).is("'s"))) {
			end++;
		}
		boolean closed = end >= doc.size() || doc.boundaryBefore(end) || ",.;".contains(doc.get(end).text());
		if (!closed || end - from > MAX_ADDED_TOKENS || end - from < 2) {
			return "";
		}
		for (int t = from; t < end; t++) {
			if (SubjectActs.pronoun(doc.get(t).lower())) {
				return ""; // "that he brought home" needs the sentence to say who
			}
		}
		return (apposition ? ", " : " ") + doc.span(from, end);
	}

	/** "Rep." or "Dr.": the stop of a short title goes on with the name after it. */
	private static boolean abbreviationStop(DocumentTokens doc, int t) {
		Token before = doc.get(t - 1);
		return doc.get(t).is(".") && before.word() && before.capitalized() && before.text().length() <= 4
				&& t + 1 < doc.size() && doc.get(t + 1).capitalized();
	}

}
