package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.quarry.generation.extract.DocumentAnalysis;
import app.quarry.generation.extract.Fact;
import app.quarry.generation.extract.LeftoverFinder;

/**
 * The last reader of descriptions set off before a name: "the country's top climber, Arvo
 * Teppo, joined", "They beat the champions, Arsenal." The phrase before the comma is read
 * by its parts of speech back to the article or owner that opens it, the name after it
 * must close with a comma, a bracket or the sentence's end, and only names no other
 * finder described are read.
 */
public final class DescriptionsBeforeAnyName implements LeftoverFinder {

	private static final Set<String> ARTICLES = NameLexicon.words("a", "an", "the");

	/** Parts of speech a phrase before the comma may hold. */
	private static final Set<String> PHRASE_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM", "PART");

	private static final Set<String> CLOSERS = Set.of(",", ".", "(", ";", ":");

	private static final int MAX_PHRASE_TOKENS = 10;

	private static final int MAX_NAME_TOKENS = 5;

	@Override
	public List<Fact> find(DocumentAnalysis analysis, List<Fact> found) {
		DocumentPeople people = DocumentPeople.of(analysis);
		DocumentTokens doc = people.doc;
		String text = analysis.document().text();
		DescribedNames described = new DescribedNames(found);
		List<Fact> facts = new ArrayList<>();
		for (int comma = 2; comma + 2 < doc.size(); comma++) {
			if (!doc.get(comma).is(",") || doc.boundaryBefore(comma) || doc.boundaryBefore(comma + 1)
					|| !doc.get(comma + 1).capitalized() || OpeningPhraseCommas.closesOpening(doc, comma)) {
				continue;
			}
			int end = nameEnd(doc, comma + 1);
			if (end < 0) {
				continue;
			}
			if (described.named(doc.get(comma + 1).start(), doc.get(end - 1).end())
					|| !HeadNounKinds.known(doc.get(comma - 1).lower())) {
				continue;
			}
			int from = doc.sentenceStart(comma);
			SentenceTags tags = SentenceTags.of(doc, comma);
			int first = phraseStart(doc, tags, from, comma);
			if (first < 0 || ThingsSetOff.inOpeningPhrase(doc, first)) {
				continue;
			}
			int head = headOf(tags, first, comma);
			boolean vague = comma - first < 3 && doc.get(first).lower().equals("the");
			if (head < 0 || vague || doc.get(head).capitalized() || partOfMore(doc, first)
					|| quoted(people, doc.get(first).start())
					|| PersonNouns.singular(doc.get(head).lower()) != null && !doc.get(head).lower().endsWith("ss")) {
				continue; // "the biggest of the islands, Skarva", a vocative, "the hosts,
							// Skarva"
			}
			String name = text.substring(doc.get(comma + 1).start(), doc.get(end - 1).end());
			String description = doc.get(first).lower().equals("the") ? "the " + doc.span(first + 1, comma)
					: doc.span(first, comma);
			int nameFrom = doc.get(comma + 1).start();
			int nameTo = doc.get(end - 1).end();
			if (description.toLowerCase().contains(name.toLowerCase())
					|| described.any(nameFrom, nameTo, description)) {
				continue;
			}
			Fact fact = DescribedNames.fact(people, comma + 1, end, name, description, doc.get(head).lower());
			if (fact != null) {
				facts.add(fact);
				described.add(fact.start(), fact.end(), description);
			}
		}
		return facts;
	}

	/**
	 * Where the name after a comma ends, if a comma, a bracket or the sentence's end
	 * closes it and no list goes on ("the champions, Arsenal, and Chelsea"); -1
	 * otherwise.
	 */
	private static int nameEnd(DocumentTokens doc, int start) {
		int end = start;
		while (end < doc.size() && end - start < MAX_NAME_TOKENS && (end == start || !doc.boundaryBefore(end))
				&& doc.get(end).capitalized()) {
			end++;
		}
		boolean closed = end >= doc.size() || doc.boundaryBefore(end) || CLOSERS.contains(doc.get(end).text());
		if (!closed || ThingNames.calendarWord(doc, start, end)
				|| NameLexicon.FUNCTION_WORDS.contains(doc.get(start).lower())) {
			return -1;
		}
		boolean listGoesOn = end + 1 < doc.size() && doc.get(end).is(",") && !doc.boundaryBefore(end + 1)
				&& (doc.get(end + 1).lower().equals("and") || doc.get(end + 1).lower().equals("or")
						|| doc.get(end + 1).capitalized());
		return listGoesOn ? -1 : end;
	}

	/**
	 * The article or owner that opens the phrase ending at the comma, read back over
	 * words that build noun phrases; -1 when something else stands before it.
	 */
	private static int phraseStart(DocumentTokens doc, SentenceTags tags, int from, int comma) {
		for (int t = comma - 1; t >= from && comma - t <= MAX_PHRASE_TOKENS; t--) {
			Token token = doc.get(t);
			if (ARTICLES.contains(token.lower())) {
				return t;
			}
			if (!PHRASE_TAGS.contains(tags.tag(t)) && !NameFinder.isPossessiveMark(token) && !token.is("-")) {
				return -1;
			}
			if (NameFinder.isPossessiveMark(token) && t - 1 >= from && doc.get(t - 1).capitalized()
					&& (t - 2 < from || !doc.get(t - 2).capitalized() && !ARTICLES.contains(doc.get(t - 2).lower()))) {
				return t - 1; // "Norland's top climber": the owner opens it
			}
		}
		return -1;
	}

	/** The phrase's head: the noun right before the comma. */
	private static int headOf(SentenceTags tags, int first, int comma) {
		int head = comma - 1;
		return head > first && tags.tag(head).equals("NOUN") ? head : -1;
	}

	/**
	 * "The biggest of the three islands, Skarva": the phrase is a part of a larger one.
	 */
	private static boolean partOfMore(DocumentTokens doc, int first) {
		return first > 0 && !doc.boundaryBefore(first) && doc.get(first - 1).lower().equals("of");
	}

	/**
	 * "\"Welcome to the club, Anna,\" said ...": a quotation's vocative names no one
	 * described.
	 */
	private static boolean quoted(DocumentPeople people, int offset) {
		return people.quoted.stream().anyMatch(span -> span.start() <= offset && offset < span.end());
	}

}
