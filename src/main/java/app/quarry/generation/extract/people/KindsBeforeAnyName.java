package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.quarry.generation.extract.DocumentAnalysis;
import app.quarry.generation.extract.EntityFact;
import app.quarry.generation.extract.Fact;
import app.quarry.generation.extract.LeftoverFinder;
import app.quarry.generation.extract.NamedThingFact;
import app.quarry.generation.extract.PersonFact;

/**
 * The last reader of kinds written before a name with no comma between: "skipper John
 * Terry", "the Chinese satellite operator ChinaSat", "newspaper Södermanlands Nyheter",
 * "operating system OpenBSD". The words before the name are read by the tagger's parts of
 * speech (a common noun last, nouns and adjectives before it), and the name's kind by
 * that noun, so kinds no list foresaw are read; only names no other finder described are.
 */
public final class KindsBeforeAnyName implements LeftoverFinder {

	/** Nouns of time before a name open a clause: "the day Jane Roe left". */
	private static final Set<String> TIMES = NameLexicon.words("day", "week", "month", "year", "time", "moment",
			"night", "morning", "afternoon", "evening", "today", "tonight", "yesterday", "tomorrow", "season", "hour",
			"minute", "weekend", "era", "decade", "century", "way", "reason", "place", "point", "fact", "area", "case",
			"sense", "regard", "respect", "event", "end");

	private static final Set<String> ARTICLES = NameLexicon.words("the", "a", "an");

	/** "in this area Egypt had come": a demonstrative before the kind opens a clause. */
	private static final Set<String> DEMONSTRATIVES = NameLexicon.words("this", "that", "these", "those", "every",
			"each", "which", "what", "whose");

	private static final int MAX_KIND_WORDS = 4;

	/**
	 * The auxiliaries English has: the model reads a species' second word ("the bacterium
	 * Ornella vellis was found") as one.
	 */
	private static final Set<String> AUXILIARIES = NameLexicon.words("is", "was", "are", "were", "be", "been", "has",
			"have", "had", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "do", "does",
			"did", "'s", "’s");

	@Override
	public List<Fact> find(DocumentAnalysis analysis, List<Fact> found) {
		DocumentPeople people = DocumentPeople.of(analysis);
		DocumentTokens doc = people.doc;
		String text = analysis.document().text();
		DescribedNames described = new DescribedNames(found);
		List<Fact> facts = new ArrayList<>();
		for (int t = 1; t < doc.size(); t++) {
			Token name = doc.get(t);
			Token before = doc.get(t - 1);
			if (!name.capitalized() || doc.boundaryBefore(t) || doc.startsSentence[t] || !before.word()
					|| before.capitalized() || TIMES.contains(before.lower())) {
				continue;
			}
			int end = nameEnd(doc, t);
			if (end < 0) {
				continue;
			}
			int from = name.start();
			int to = doc.get(end - 1).end();
			if (described.named(from, to)) {
				continue; // asked before the words are tagged: the model costs the most
			}
			Fact fact = read(people, text, t, end);
			if (fact != null) {
				facts.add(fact);
				described.addName(fact.start(), fact.end());
			}
		}
		return facts;
	}

	private static Fact read(DocumentPeople people, String text, int name, int end) {
		DocumentTokens doc = people.doc;
		String head = doc.get(name - 1).lower();
		if (!HeadNounKinds.known(head)) {
			return null;
		}
		// what the words alone refuse is asked before the sentence is tagged: the model
		// costs more than the rest of the reading, and most kinds are refused here
		if (PersonNouns.singular(head) != null && !PersonNouns.namesPerson(head)) {
			return null; // a plural kind is an object or a group: "told reporters Jane
							// Roe was"
		}
		LocalPerson person = DescribedNames.personAt(people, name, end);
		if (person != null && !person.roles.isEmpty()) {
			return null; // the person's own rules said who they are
		}
		HeadNounKinds kindOfHead = HeadNounKinds.of(head, false,
				end - name == 1 && NamesBeforeCommas.acronym(doc.get(name)));
		// a person's kind before a one-word name the rules did not show to be a
		// person's may be a thing's ("goddess Isis" is asked as a thing)
		boolean asPerson = person != null || kindOfHead == HeadNounKinds.PERSON;
		if (asPerson && !(PersonNouns.namesPerson(head) && (person != null || end - name > 1))
				|| !asPerson && kindOfHead == HeadNounKinds.DOER) {
			return null; // "skipper Lampard", "airframer Boeing": a person's or a firm's,
							// unsure
		}
		int from = doc.sentenceStart(name);
		int to = sentenceEnd(doc, name);
		SentenceTags tags = SentenceTags.of(doc, name);
		if (!tags.tag(name - 1).equals("NOUN")) {
			return null;
		}
		int first = name - 1;
		while (first - 1 >= from && name - first < MAX_KIND_WORDS && plainWord(doc.get(first - 1))
				&& modifier(tags.tag(first - 1))) {
			first--;
		}
		String opener = first - 1 >= from ? doc.get(first - 1).lower() : "";
		if (DEMONSTRATIVES.contains(opener)) {
			return null;
		}
		boolean determined = ARTICLES.contains(opener);
		String after = end < to ? tags.tag(end) : "PUNCT";
		boolean speech = end < to && SpeechVerbs.isSpeechVerb(doc.get(end).lower());
		if (after.equals("VERB") && determined && !speech) {
			return null; // "the bill Jane Roe signed": the name opens a relative clause
		}
		boolean oddAuxiliary = after.equals("AUX") && end < to && !AUXILIARIES.contains(doc.get(end).lower());
		boolean runsOn = after.equals("NOUN") || after.equals("X") || after.equals("PROPN") || after.equals("ADJ")
				|| oddAuxiliary;
		if (runsOn && end < to && !doc.get(end).capitalized() && doc.get(end).word()) {
			// "the official Says No campaign": the name is the noun's modifier; "the
			// bacterium Ornella vellis": the name runs on in lower case
			return null;
		}
		String kind = doc.span(first, name);
		String value = text.substring(doc.get(name).start(), doc.get(end - 1).end());
		int start = doc.get(name).start();
		int stop = doc.get(end - 1).end();
		if (asPerson) {
			return new PersonFact(value, start, stop, person == null ? value : person.name(), kind);
		}
		return switch (kindOfHead) {
			case PLACE -> EntityFact.place(value, start, stop, kind);
			case ORGANISATION -> new EntityFact(value, start, stop, value, kind);
			default -> new NamedThingFact(value, start, stop, value, kind);
		};
	}

	/** A lower-case word of letters and hyphens: "pro-Beijing" stays, "20-minute" not. */
	private static boolean plainWord(Token token) {
		return token.word() && !token.capitalized() && !token.lower().endsWith("ing")
				&& token.text().chars().allMatch(c -> Character.isLetter(c) || c == '-');
	}

	private static int sentenceEnd(DocumentTokens doc, int t) {
		int end = t + 1;
		while (end < doc.size() && !doc.boundaryBefore(end)) {
			end++;
		}
		return end;
	}

	/** Where a name starting at {@code t} ends; -1 when it reads as no name. */
	private static int nameEnd(DocumentTokens doc, int t) {
		int end = t;
		while (end < doc.size() && end - t < 6 && (end == t || !doc.boundaryBefore(end))
				&& (doc.get(end).capitalized() || end > t && doc.get(end).text().matches("\\d{1,4}"))) {
			end++;
		}
		if (end + 1 < doc.size() && !doc.boundaryBefore(end + 1)
				&& (doc.get(end).lower().equals("and") || doc.get(end).is("&")) && doc.get(end + 1).capitalized()) {
			return -1; // "Aeronautic Defence and Space Company": the name may run on
		}
		if (ThingNames.calendarWord(doc, t, end) || NameLexicon.FUNCTION_WORDS.contains(doc.get(t).lower())
				|| NameLexicon.TITLES.contains(doc.get(end - 1).lower())
				|| end < doc.size() && NameFinder.isPossessiveMark(doc.get(end))) {
			return -1; // "the club Acme's ...": a name that owns what follows
		}
		return end;
	}

	private static boolean modifier(String tag) {
		return tag.equals("NOUN") || tag.equals("ADJ");
	}

}
