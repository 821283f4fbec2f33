package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import app.quarry.generation.extract.DocumentAnalysis;
import app.quarry.generation.extract.FactFinder;
import app.quarry.generation.extract.NamedThingFact;

/**
 * A sentence that opens with a thing's name and says what it is: "The Skyhauler 900 is a
 * family of long-range freighters built by Orvel.", "The Z9, or Zephyr, is a media
 * player.", "CPI is the average price of a household's basket." The name must show it is
 * a thing's (a model number, a brand written as "iTab" is, "the" before it, or an
 * acronym), the predicate must be a noun phrase opened by an article whose head names a
 * kind of thing, and an opinion ("the best phone of the year"), a comparison ("a better
 * phone than ...") or a verdict ("a big hit") describes nothing. A person, an
 * organisation or a place is left to the rules for those.
 */
public final class CopularThings implements FactFinder {

	private static final Set<String> COPULAS = NameLexicon.words("is", "was");

	private static final Set<String> ARTICLES = NameLexicon.words("a", "an", "the");

	/** Words that end the noun phrase before its head: the head is the word before. */
	private static final Set<String> HEAD_ENDS = NameLexicon.words("that", "which", "whose", "who", "and", "or", "but");

	/** Verbs that open a participle phrase after the head: "the vehicle being used". */
	private static final Set<String> AUXILIARIES = NameLexicon.words("being", "having", "been", "is", "was", "will",
			"would", "has", "had");

	/** Words after "and" that open a second predicate rather than join a noun. */
	private static final Set<String> PREDICATE_OPENERS = NameLexicon.words("due", "set", "expected", "is", "was",
			"will", "has", "had", "can", "could", "may", "now", "still", "also", "then");

	/** Words that judge or compare rather than say what a thing is. */
	private static final Set<String> VERDICTS = NameLexicon.words("best", "worst", "greatest", "finest", "favourite",
			"favorite", "perfect", "ideal", "better", "worse", "great", "good", "bad", "terrible", "wonderful",
			"excellent", "huge", "hit", "success", "failure", "disaster", "mess", "joke", "bargain", "must", "step",
			"sign", "milestone", "bonus", "winner", "loser", "than", "ever", "reminder", "symbol", "testament",
			"victory", "blow", "boost", "threat", "risk", "concern", "priority", "challenge", "chance", "opportunity",
			"matter", "mystery", "surprise", "relief", "shame", "pity", "privilege", "dream", "nightmare", "example",
			"not", "no", "more", "less", "such", "kind", "sort", "type", "lot", "bit", "number");

	private static final java.util.regex.Pattern RANKING_SPANS = java.util.regex.Pattern
		.compile("\\bof (the|all) (year|time|decade|century|season|day|week|month)\\b");

	/** Words after the head that carry its description on: "a family of", "built by". */
	private static final Set<String> POSTMODIFIERS = NameLexicon.words("of", "for", "from", "with", "built", "made",
			"developed", "designed", "produced", "manufactured", "sold", "used", "powered", "owned", "operated", "run",
			"under", "currently", "based", "aimed", "intended");

	private static final int MAX_NAME_TOKENS = 4;

	private static final int MAX_PHRASE_TOKENS = 8;

	private static final int MAX_DESCRIPTION_TOKENS = 18;

	@Override
	public List<NamedThingFact> find(DocumentAnalysis analysis) {
		DocumentPeople people = DocumentPeople.of(analysis);
		DocumentTokens doc = people.doc;
		String text = analysis.document().text();
		boolean[] named = ShownPersonNames.of(people);
		List<NamedThingFact> facts = new ArrayList<>();
		for (int start = 0; start + 3 < doc.size(); start++) {
			if (doc.boundaryBefore(start)) {
				NamedThingFact fact = described(doc, text, start, named);
				if (fact != null) {
					facts.add(fact);
				}
			}
		}
		return facts;
	}

	private static NamedThingFact described(DocumentTokens doc, String text, int start, boolean[] named) {
		boolean definite = doc.get(start).lower().equals("the");
		int nameStart = definite ? start + 1 : start;
		int nameEnd = ThingNames.nameEnd(doc, nameStart);
		if (nameEnd <= nameStart || nameEnd - nameStart > MAX_NAME_TOKENS || nameEnd >= doc.size()
				|| doc.boundaryBefore(nameEnd)) {
			return null;
		}
		boolean marked = thingName(doc, nameStart, nameEnd);
		if (!marked && (definite || !plainName(doc, nameStart, nameEnd))) {
			return null;
		}
		if (ShownPersonNames.any(named, nameStart, nameEnd)) {
			return null;
		}
		int copula = afterAlias(doc, nameEnd);
		if (copula < 0 || copula + 3 >= doc.size() || !COPULAS.contains(doc.get(copula).lower())) {
			return null;
		}
		// "is also an asteroid": the adverb tells only that another thing is one too
		int article = doc.get(copula + 1).lower().equals("also") ? copula + 2 : copula + 1;
		if (!ARTICLES.contains(doc.get(article).lower()) || doc.boundaryBefore(article)) {
			return null;
		}
		int head = head(doc, article);
		if (head < 0 || !ThingDescriptions.thingHead(doc, article + 1, head + 1)
				|| !marked && !ThingKinds.kind(doc.get(head).lower())) {
			return null; // "Veltrin is a sedative": only the kind shows a plain name is a
							// thing's
		}
		if (!marked && head + 1 < doc.size() && doc.get(head + 1).lower().equals("of")
				&& PartOfSpeech.isCommonNounLowered(doc, nameStart)) {
			return null; // "Sales is a function of price" relates two common nouns
		}
		int end = descriptionEnd(doc, head);
		if (end < 0) {
			return null;
		}
		for (int t = article; t < end; t++) {
			String lower = doc.get(t).lower();
			if (VERDICTS.contains(lower) || SubjectActs.pronoun(lower) || doc.get(t).is("\"")) {
				return null;
			}
		}
		if (RANKING_SPANS.matcher(doc.span(article, end).toLowerCase()).find()) {
			return null; // "the phone of the year" ranks it, as an opinion does
		}
		Token first = doc.get(nameStart);
		Token last = doc.get(nameEnd - 1);
		String name = text.substring(first.start(), last.end());
		String description = doc.get(article).lower()
				+ doc.span(article, end).substring(doc.get(article).text().length());
		if (description.toLowerCase().contains(name.toLowerCase())) {
			return null;
		}
		// "Scurvy is a disease ..." over a story that writes "scurvy": a common noun
		// capitalised only by the sentence's start is asked as the story writes it
		String value = !marked && writtenLowerElsewhere(doc, nameStart, nameEnd) ? name.toLowerCase(Locale.ROOT) : name;
		return new NamedThingFact(name, first.start(), last.end(), definite ? "the " + value : value, description);
	}

	/**
	 * A name shows a thing's when "the" goes before it, it holds a model number or starts
	 * as a brand does ({@link ThingNames#thingName}), or it is one acronym ("CPI"); a
	 * place, a company or a month is none.
	 */
	private static boolean thingName(DocumentTokens doc, int start, int end) {
		if (ThingNames.thingName(doc, start, end)) {
			return true;
		}
		String text = doc.get(start).text();
		return end == start + 1 && text.length() >= 2 && text.length() <= 5
				&& text.chars().allMatch(Character::isUpperCase) && !ThingNames.placeOrCompany(doc, start, end)
				&& !OrganisationWords.PLACES.contains(text.toLowerCase());
	}

	/**
	 * A name that shows nothing of itself ("Cholera", "Tarsus Minor"): capitalized words
	 * with letters, no function word, place, company or month.
	 */
	private static boolean plainName(DocumentTokens doc, int start, int end) {
		if (ThingNames.placeOrCompany(doc, start, end) || ThingNames.calendarWord(doc, start, end)
				|| !ThingNames.letters(doc, start, end)) {
			return false;
		}
		for (int t = start; t < end; t++) {
			Token token = doc.get(t);
			if (!token.word() || !token.capitalized() || NameLexicon.FUNCTION_WORDS.contains(token.lower())
					|| SubjectActs.pronoun(token.lower())) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether a one-word name the sentence opens with stands in lower case elsewhere in
	 * the document, which shows it is a common noun ("scurvy"), not a name: asked as
	 * "What is Scurvy?" it would read as a name.
	 */
	private static boolean writtenLowerElsewhere(DocumentTokens doc, int start, int end) {
		if (end != start + 1) {
			return false;
		}
		String lower = doc.get(start).lower();
		for (int t = 0; t < doc.size(); t++) {
			if (t != start && doc.get(t).text().equals(lower)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The copula's token after the name: right after it, or after ", or Zephyr," that
	 * gives the thing's other name; -1 when neither.
	 */
	private static int afterAlias(DocumentTokens doc, int nameEnd) {
		if (!doc.get(nameEnd).is(",")) {
			return nameEnd;
		}
		int alias = nameEnd + 1;
		if (alias + 2 >= doc.size() || !doc.get(alias).lower().equals("or")) {
			return -1;
		}
		int aliasEnd = ThingNames.nameEnd(doc, alias + 1);
		return aliasEnd > alias + 1 && aliasEnd + 1 < doc.size() && doc.get(aliasEnd).is(",") ? aliasEnd + 1 : -1;
	}

	/**
	 * The head of the noun phrase the article opens: the last of its lower-case words
	 * before a mark, a preposition, a verb or a clause word; -1 when none.
	 */
	private static int head(DocumentTokens doc, int article) {
		int head = -1;
		for (int t = article + 1; t < doc.size() && t - article <= MAX_PHRASE_TOKENS && !doc.boundaryBefore(t); t++) {
			Token token = doc.get(t);
			String lower = token.lower();
			if (token.is("-") || NameFinder.isPossessiveMark(token)) {
				continue;
			}
			if (!token.word() || HEAD_ENDS.contains(lower) || POSTMODIFIERS.contains(lower)
					|| AUXILIARIES.contains(lower) || NameLexicon.PREPOSITIONS.contains(lower)
					|| OrganisationFinder.VERBS.contains(lower) || SpeechVerbs.isSpeechVerb(lower)
					|| ARTICLES.contains(lower)) {
				break;
			}
			head = t;
		}
		return head;
	}

	/**
	 * The token after the description whose head is at {@code head}: with what an "of"
	 * phrase or a participle after the head adds, up to a comma or the sentence's end;
	 * the head alone when that runs too long.
	 */
	private static int descriptionEnd(DocumentTokens doc, int head) {
		int end = head + 1;
		if (end >= doc.size() || doc.boundaryBefore(end) || !doc.get(end).word()
				|| HEAD_ENDS.contains(doc.get(end).lower())) {
			return end;
		}
		if (!POSTMODIFIERS.contains(doc.get(end).lower())) {
			return -1; // "the vehicle being used to ...": the phrase goes on in a way not
						// read here
		}
		int t = end;
		while (t < doc.size() && !doc.boundaryBefore(t) && !stop(doc.get(t)) && !secondPredicate(doc, t)) {
			t++;
		}
		return t - head <= MAX_DESCRIPTION_TOKENS ? t : end;
	}

	/**
	 * "... under development by Orvel and due to enter service in 2001": an "and" that
	 * opens a second predicate, not one that joins two nouns ("goods and services").
	 */
	private static boolean secondPredicate(DocumentTokens doc, int t) {
		if (!doc.get(t).lower().equals("and") || t + 1 >= doc.size() || doc.boundaryBefore(t + 1)) {
			return false;
		}
		String next = doc.get(t + 1).lower();
		return next.endsWith("ed") || PREDICATE_OPENERS.contains(next);
	}

	private static boolean stop(Token token) {
		return token.is(",") || token.is(";") || token.is(":") || token.is("(") || token.is(".") || token.is("\u2014")
				|| token.is("--");
	}

}
