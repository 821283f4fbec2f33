package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.quarry.generation.extract.DocumentAnalysis;
import app.quarry.generation.extract.Fact;
import app.quarry.generation.extract.LeftoverFinder;

/**
 * The last reader of names given as examples of a kind: "celebrity guests like Jane Roe
 * and Tom Hale", "neo-pagan religions, such as Wicca,", "private schools in the city,
 * such as St Olaf's". Each name is one of the kind the plural noun phrase before it
 * names, so it is described as one of them. A bare plural ("companies like Acme") says
 * too little to ask, and is left alone.
 */
public final class ExamplesOfAKind implements LeftoverFinder {

	private static final Set<String> LINKS = NameLexicon.words("like", "including");

	/** Words a plural's complement may hold: "schools in the city", "members of Acme". */
	private static final Set<String> COMPLEMENT_LINKS = NameLexicon.words("in", "of", "from", "at", "across");

	private static final Set<String> COMPLEMENT_DETERMINERS = NameLexicon.words("the", "a", "an");

	/** "Bank of Norland", "Friends of the Earth": words inside a name. */
	private static final Set<String> NAME_LINKS = NameLexicon.words("of", "the", "&");

	/** Modifiers that rank or count, and tell no kind: "big firms", "other towns". */
	private static final Set<String> VAGUE = NameLexicon.words("big", "small", "large", "other", "many", "several",
			"various", "some", "major", "top", "key", "few", "great", "huge", "new", "old", "good", "bad", "famous",
			"popular", "well-known", "different", "similar", "certain", "such", "notable", "prominent", "smaller",
			"larger", "bigger", "subsequent", "previous", "following", "remaining", "respective", "main", "their",
			"its");

	private static final int MAX_MODIFIERS = 3;

	private static final int MAX_COMPLEMENT_WORDS = 4;

	private static final int MAX_NAME_WORDS = 5;

	private static final int MAX_NAMES = 6;

	@Override
	public List<Fact> find(DocumentAnalysis analysis, List<Fact> found) {
		DocumentPeople people = DocumentPeople.of(analysis);
		DocumentTokens doc = people.doc;
		DescribedNames described = new DescribedNames(found);
		List<Fact> facts = new ArrayList<>();
		for (int link = 2; link + 1 < doc.size(); link++) {
			int first = firstName(doc, link);
			if (first < 0) {
				continue;
			}
			int comma = doc.get(link - 1).is(",") ? link - 1 : link;
			Kind kind = kindBefore(doc, comma);
			if (kind == null) {
				continue;
			}
			for (int[] name : names(doc, first)) {
				int from = doc.get(name[0]).start();
				int to = doc.get(name[1] - 1).end();
				if (described.named(from, to)) {
					continue;
				}
				Fact fact = DescribedNames.fact(people, name[0], name[1], doc.span(name[0], name[1]), kind.description,
						kind.head);
				if (fact != null) {
					facts.add(fact);
					described.add(fact.start(), fact.end(), kind.description);
				}
			}
		}
		return facts;
	}

	/**
	 * The first token of the first name after "such as", "like" or "including" at
	 * {@code link}, or -1.
	 */
	private static int firstName(DocumentTokens doc, int link) {
		String lower = doc.get(link).lower();
		int first;
		if (lower.equals("such") && link + 2 < doc.size() && doc.get(link + 1).lower().equals("as")) {
			first = link + 2;
		}
		else if (LINKS.contains(lower)) {
			first = link + 1;
		}
		else {
			return -1;
		}
		return first < doc.size() && !doc.boundaryBefore(first) && !doc.boundaryBefore(link) && doc.get(first).word()
				&& doc.get(first).capitalized() ? first : -1;
	}

	private record Kind(String head, String description) {
	}

	/**
	 * The plural noun phrase that ends just before {@code end}: modifiers the tagger
	 * reads as adjectives or nouns, the plural, and a short complement ("in the city").
	 */
	private static Kind kindBefore(DocumentTokens doc, int end) {
		int plural = end - 1;
		int complement = end;
		// "bus stops in major towns such as Halden": the examples are of the nearest
		// plural
		boolean nearestPlural = PersonNouns.singular(doc.get(end - 1).lower()) != null;
		for (int t = end - 1; !nearestPlural && t > 0 && end - t <= MAX_COMPLEMENT_WORDS + 1
				&& !doc.boundaryBefore(t + 1); t--) {
			if (COMPLEMENT_LINKS.contains(doc.get(t).lower())) {
				plural = t - 1;
				complement = t;
				break;
			}
		}
		if (plural < 1 || doc.boundaryBefore(plural + 1) || !plainLowerWord(doc.get(plural))
				|| !complementPlain(doc, complement, end)) {
			return null;
		}
		String singular = PersonNouns.singular(doc.get(plural).lower());
		if (singular == null || doc.get(plural).lower().endsWith("ss")) {
			return null;
		}
		SentenceTags tags = SentenceTags.of(doc, plural);
		if (!tags.tag(plural).equals("NOUN")) {
			return null;
		}
		int first = plural;
		while (first - 1 >= 0 && plural - first < MAX_MODIFIERS && !doc.boundaryBefore(first)
				&& (plainLowerWord(doc.get(first - 1)) || opensSentence(doc, first - 1))
				&& (tags.tag(first - 1).equals("ADJ") || tags.tag(first - 1).equals("NOUN"))) {
			first--;
		}
		if (first == plural || allVague(doc, first, plural)) {
			return null; // "companies like Acme", "big firms like Acme": too little to
							// ask
		}
		String modifiers = doc.span(first, plural);
		if (opensSentence(doc, first)) {
			modifiers = Character.toLowerCase(modifiers.charAt(0)) + modifiers.substring(1);
		}
		// "one of the celebrity guests": the name is one of several, never the only one
		String phrase = modifiers + " " + doc.get(plural).text()
				+ (complement < end ? " " + doc.span(complement, end) : "");
		return new Kind(singular, "one of the " + phrase);
	}

	/**
	 * "in the city", "of Norland": a link, an article, and words with no verb or mark.
	 */
	private static boolean complementPlain(DocumentTokens doc, int from, int end) {
		for (int t = from + 1; t < end; t++) {
			Token token = doc.get(t);
			if (!token.word() || !token.capitalized() && !COMPLEMENT_DETERMINERS.contains(token.lower())
					&& !plainLowerWord(token)) {
				return false;
			}
		}
		return true;
	}

	private static boolean allVague(DocumentTokens doc, int first, int end) {
		for (int t = first; t < end; t++) {
			if (!VAGUE.contains(doc.get(t).lower())) {
				return false;
			}
		}
		return true;
	}

	/** "Private schools in the city": the sentence's capital, on a plain word. */
	private static boolean opensSentence(DocumentTokens doc, int t) {
		Token token = doc.get(t);
		return (doc.boundaryBefore(t) || doc.startsSentence[t]) && token.word() && token.capitalized()
				&& !NameLexicon.FUNCTION_WORDS.contains(token.lower())
				&& token.text().chars().allMatch(c -> Character.isLetter(c) || c == '-');
	}

	private static boolean plainLowerWord(Token token) {
		return token.word() && !token.capitalized() && !NameLexicon.FUNCTION_WORDS.contains(token.lower())
				&& token.text().chars().allMatch(c -> Character.isLetter(c) || c == '-');
	}

	/**
	 * The names listed from {@code first}: capitalized runs split by commas, "and" or
	 * "or", each as {start, end} tokens; empty when the list runs into anything else.
	 */
	private static List<int[]> names(DocumentTokens doc, int first) {
		List<int[]> names = new ArrayList<>();
		int t = first;
		while (names.size() < MAX_NAMES) {
			int end = t;
			while (end < doc.size() && end - t < MAX_NAME_WORDS && !doc.boundaryBefore(end)
					&& (doc.get(end).word() && doc.get(end).capitalized() || end > t && end + 1 < doc.size()
							&& (NAME_LINKS.contains(doc.get(end).lower())
									|| SurnameParticles.PARTICLES.contains(doc.get(end).lower()))
							&& doc.get(end + 1).capitalized())) {
				end++;
			}
			if (end == t || NameFinder.isPossessiveMark(end < doc.size() ? doc.get(end) : doc.get(t))) {
				return List.of();
			}
			if (end < doc.size() && !doc.boundaryBefore(end) && doc.get(end).word() && !doc.get(end).capitalized()
					&& SentenceTags.of(doc, end).tag(end).equals("NOUN")) {
				return List.of(); // "tools such as CT scans": the name qualifies a noun
			}
			names.add(new int[] { t, end });
			if (end >= doc.size() || doc.boundaryBefore(end)) {
				return names;
			}
			String next = doc.get(end).lower();
			int after = end + 1;
			if (next.equals(",") && after < doc.size() && !doc.boundaryBefore(after)
					&& (doc.get(after).lower().equals("and") || doc.get(after).lower().equals("or"))) {
				after++;
			}
			if (!next.equals(",") && !next.equals("and") && !next.equals("or")) {
				return names; // the list ends: "such as Wicca use aspects of ..."
			}
			if (after >= doc.size() || doc.boundaryBefore(after) || !doc.get(after).capitalized()) {
				return names; // ", which are ...": the list is over
			}
			t = after;
		}
		return names;
	}

}
