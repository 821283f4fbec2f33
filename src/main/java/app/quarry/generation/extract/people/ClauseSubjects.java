package app.quarry.generation.extract.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which mentions are the subject of their clause: the one a sentence opens with, one
 * after a comma or a clause's opening word, "he" and "she" wherever they stand. The
 * person in focus and the roles a copula gives follow from it.
 */
final class ClauseSubjects {

	private static final Set<String> CLAUSE_OPENERS = NameLexicon.words("but", "that", "when", "while", "as", "if",
			"because", "although", "though", "since", "which", "who", "so", "then", "yet", "also", "however",
			"meanwhile", "where", "whether", "once", "until", "unless", "or", "nor", "instead", "thus", "still");

	private static final Set<String> POSSESSIVE_DETERMINERS = NameLexicon.words("his", "her", "their", "its", "our",
			"my", "your");

	/** Speech verbs written before their speaker ("said Roe"), none taking an object. */
	private static final Set<String> INVERTED_VERBS = NameLexicon.words("said", "says", "added", "adds", "explained",
			"explains", "continued", "wrote", "writes", "insisted", "noted", "stated", "recalled", "replied", "argued",
			"concluded", "commented", "remarked", "observed");

	private static final Set<String> ARTICLES = NameLexicon.words("the", "a", "an");

	private final DocumentTokens doc;

	private ClauseSubjects(DocumentTokens doc) {
		this.doc = doc;
	}

	static void mark(DocumentTokens doc, List<Mention> mentions) {
		new ClauseSubjects(doc).markAll(mentions);
	}

	private void markAll(List<Mention> mentions) {
		Map<Integer, Mention> byEndToken = new HashMap<>();
		for (Mention mention : mentions) {
			int before = mention.phraseStartToken - 1;
			mention.subject = !mention.embedded && !mention.byline
					&& (nominative(mention) || subjectPosition(mention, before, byEndToken));
			byEndToken.put(mention.endToken, mention);
		}
	}

	/**
	 * "In 1891 she followed her sister": "he" and "she" are a clause's subject wherever
	 * they stand, so that the person a paragraph goes on about stays in focus.
	 */
	private static boolean nominative(Mention mention) {
		return mention.kind == Mention.Kind.PRONOUN && !mention.possessive;
	}

	/**
	 * "…, said Mr Roe." or "…, added Roe, who …": a verb that takes no object, right
	 * after a comma or a quotation, and the name closing the sentence or set off after
	 * it.
	 */
	private boolean invertedSpeaker(Mention mention, int verb) {
		if (!INVERTED_VERBS.contains(this.doc.get(verb).lower()) || verb == 0 || this.doc.boundaryBefore(verb)
				|| !",”\"".contains(this.doc.get(verb - 1).text())) {
			return false;
		}
		int after = mention.endToken;
		return after >= this.doc.size() || this.doc.boundaryBefore(after) || this.doc.get(after).is(",")
				|| this.doc.get(after).is(".");
	}

	private boolean subjectPosition(Mention mention, int before, Map<Integer, Mention> byEndToken) {
		if (before < 0 || this.doc.boundaryBefore(mention.phraseStartToken)) {
			return true;
		}
		Token token = this.doc.get(before);
		if (PlacesAfterAppositions.setOffAt(this.doc, before)) {
			return false; // "Jane Roe, MP for Upton, Worcestershire, said": a place
		}
		if (!token.word()) {
			// "Crown Prince Talal, King Kassem's brother, said": a possessive right after
			// a name and its comma opens that name's apposition, not a clause
			boolean appositive = token.is(",") && mention.possessive && byEndToken.containsKey(before);
			return !appositive && ",;:(—–”\"".contains(token.text());
		}
		String lower = token.lower();
		if (invertedSpeaker(mention, before)) {
			return true; // "The plan fell short, said Mr Roe.": the speaker after an
							// inverted speech verb is its subject
		}
		if ((lower.equals("'s") || lower.equals("’s")) && before > 0 && this.doc.get(before - 1).capitalized()) {
			// "But Acme's Mr. Roe, who cut his forecast, called it": a name after the
			// possessive of an organisation that opens the clause is its subject
			int possessor = before - 1;
			while (possessor > 0 && this.doc.get(possessor - 1).word() && this.doc.get(possessor - 1).capitalized()
					&& !this.doc.boundaryBefore(possessor)) {
				possessor--;
			}
			return possessor == 0 || this.doc.boundaryBefore(possessor)
					|| subjectPosition(mention, possessor - 1, byEndToken);
		}
		if (ARTICLES.contains(lower)) {
			// "The current Acme CEO Jane Roe said"
			return this.doc.boundaryBefore(before);
		}
		if (POSSESSIVE_DETERMINERS.contains(lower)) {
			// "Her brother Kim Jong-un said": the determiner belongs to the subject
			// phrase
			return before == 0 || this.doc.boundaryBefore(before)
					|| subjectPosition(mention, before - 1, byEndToken) && !this.doc.get(before - 1).word();
		}
		if (lower.equals("and")) {
			Mention coordinated = byEndToken.get(before);
			return coordinated == null || coordinated.subject;
		}
		return CLAUSE_OPENERS.contains(lower);
	}

}
