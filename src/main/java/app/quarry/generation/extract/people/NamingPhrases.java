package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * The noun phrase a naming word ("called", "named", "known as") gives a name to, in the
 * shapes that go beyond "a puppy named Biscuit": a phrase opened by "the" ("the newest
 * suite of Orvel software entitled Photobox"), a phrase whose head a prepositional phrase
 * follows ("a restructuring plan at Orvel called Plan9"), and a naming set off by commas
 * ("a restructuring plan at Orvel, called Plan9, in which ..."). The object of that
 * prepositional phrase must be a name or a bare singular noun ("of Orvel software"): one
 * with its own article ("a photo of a dog named Rex") is the phrase the name belongs to,
 * and the plain rule takes it.
 */
final class NamingPhrases {

	/** The phrase: its article, its head noun, and the token after its last word. */
	record Phrase(int article, int head, int end) {
	}

	private static final Set<String> ARTICLES = NameLexicon.words("a", "an", "the");

	/** Prepositions that may follow the head inside the named phrase. */
	private static final Set<String> LINKS = NameLexicon.words("of", "at", "for", "from", "in", "on", "by");

	/**
	 * Heads whose "of" phrase names what the name more likely belongs to: "the release of
	 * Orvel software called Photobox" names the software, not its release.
	 */
	private static final Set<String> ARGUMENT_HEADS = NameLexicon.words("release", "launch", "sale", "price", "cost",
			"use", "version", "value", "share", "development", "production", "supply", "shipment", "delivery",
			"purchase", "acquisition", "lack", "shortage", "amount", "number", "kind", "type", "sort", "form", "part",
			"piece", "bit", "copy", "maker", "owner", "seller", "buyer", "user", "ban", "test", "study", "review",
			"name", "brand", "rest", "half", "most", "some", "one");

	/** Words no phrase from its article to its noun holds. */
	private static final Set<String> STOPS = NameLexicon.words("and", "but", "or", "as", "if", "when", "while", "this",
			"that", "these", "those", "his", "her", "their", "its", "our", "my", "your", "he", "she", "they", "we", "i",
			"you", "it", "there", "here", "what", "who", "which", "where", "why", "how", "not", "also", "than", "to",
			"so");

	private static final int MAX_PHRASE_TOKENS = 9;

	private NamingPhrases() {
	}

	/**
	 * The phrase that ends right before the naming word at {@code naming} (or before the
	 * comma that sets the naming off), or null when none of these shapes holds.
	 */
	static Phrase before(DocumentTokens doc, int naming) {
		int end = naming;
		if (end > 0 && doc.get(end - 1).is(",")) {
			end--;
		}
		int link = -1;
		for (int t = end - 1; t > 0 && end - t <= MAX_PHRASE_TOKENS; t--) {
			Token token = doc.get(t);
			String lower = token.lower();
			if (doc.boundaryBefore(t + 1) && t + 1 < end || !token.word() && !token.is("-")) {
				return null;
			}
			if (ARTICLES.contains(lower)) {
				boolean wider = link >= 0 || lower.equals("the") || end < naming;
				return wider && !embedded(doc, t) && !(lower.equals("the") && opensClause(doc, t))
						? phrase(doc, t, link, end) : null;
			}
			if (LINKS.contains(lower)) {
				if (link >= 0 || t + 1 >= end || !objectOfLink(doc, t + 1, end)) {
					return null;
				}
				link = t;
				continue;
			}
			boolean inObject = link < 0 && endsInObject(doc, t, end);
			if (STOPS.contains(lower) || RoleWords.VERBS.contains(lower) || lower.endsWith("ly")
					|| token.capitalized() && !inObject && lower.indexOf('-') < 0) {
				return null;
			}
		}
		return null;
	}

	/**
	 * A naming set off by a comma ("a plan at Orvel, called Plan9, in which") must close
	 * with a comma, a bracket or the sentence's end after the name.
	 */
	static boolean closed(DocumentTokens doc, Phrase phrase, int naming, int nameEnd) {
		if (phrase.end() == naming) {
			return true;
		}
		return nameEnd >= doc.size() || doc.boundaryBefore(nameEnd) || doc.get(nameEnd).is(",")
				|| doc.get(nameEnd).is("(") || doc.get(nameEnd).is(".");
	}

	/**
	 * "a report called Smith a liar", "a panel named Orvel as its supplier": the naming
	 * word is the verb of calling someone something, and no name is given.
	 */
	static boolean callsSomething(DocumentTokens doc, int nameEnd) {
		if (nameEnd >= doc.size() || doc.boundaryBefore(nameEnd)) {
			return false;
		}
		String next = doc.get(nameEnd).lower();
		return ARTICLES.contains(next) || NameFinder.isPossessiveMark(doc.get(nameEnd)) || next.equals("as")
				|| next.equals("its") || next.equals("their") || next.equals("his") || next.equals("her");
	}

	/**
	 * "an offensive in the north, code-named ...": a phrase that is the object of a
	 * preposition is part of a larger one, whose head the name may belong to.
	 */
	private static boolean embedded(DocumentTokens doc, int article) {
		return article > 0 && !doc.boundaryBefore(article) && LINKS.contains(doc.get(article - 1).lower());
	}

	/**
	 * "The police called Dana's death sudden": a phrase with "the" that opens its
	 * sentence or clause is the subject of the naming verb, which then names no one.
	 */
	private static boolean opensClause(DocumentTokens doc, int article) {
		if (article == 0 || doc.boundaryBefore(article)) {
			return true;
		}
		Token before = doc.get(article - 1);
		return !before.word() || STOPS.contains(before.lower()) || NameLexicon.PREPOSITIONS.contains(before.lower());
	}

	/** The phrase from its article, checked: a lower-case head that names a thing. */
	private static Phrase phrase(DocumentTokens doc, int article, int link, int end) {
		int head = link >= 0 ? link - 1 : end - 1;
		if (head <= article || link >= 0 && doc.get(link).lower().equals("of")
				&& ARGUMENT_HEADS.contains(doc.get(head).lower()) && !doc.get(end - 1).capitalized()) {
			return null;
		}
		Token token = doc.get(head);
		String lower = token.lower();
		boolean plural = lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us");
		return token.word() && lower.equals(token.text()) && !plural && NamedThings.thing(lower)
				? new Phrase(article, head, end) : null;
	}

	/**
	 * "Orvel", "Orvel software", "software": the words after a preposition up to the
	 * naming, with no article or pronoun of their own, ending in a name or a singular
	 * noun.
	 */
	private static boolean objectOfLink(DocumentTokens doc, int from, int end) {
		for (int t = from; t < end; t++) {
			String lower = doc.get(t).lower();
			if (!doc.get(t).word() || ARTICLES.contains(lower) || STOPS.contains(lower) || LINKS.contains(lower)) {
				return false;
			}
		}
		Token last = doc.get(end - 1);
		String lower = last.lower();
		if (last.capitalized()) {
			return true;
		}
		boolean plural = lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us");
		return !plural && NamedThings.thing(lower);
	}

	/**
	 * Whether the token at {@code t} may lie in the object of a preposition still ahead.
	 */
	private static boolean endsInObject(DocumentTokens doc, int t, int end) {
		for (int s = t - 1; s > 0 && t - s <= 3; s--) {
			if (LINKS.contains(doc.get(s).lower())) {
				return true;
			}
			if (!doc.get(s).word()) {
				return false;
			}
		}
		return false;
	}

}
