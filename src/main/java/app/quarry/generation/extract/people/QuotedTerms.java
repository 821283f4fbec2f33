package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Quoted words that name a thing inside a noun phrase, a term rather than anyone's words:
 * a compound that modifies the noun after it ("sold on a “private label” basis", "the
 * “core capital” rules") and a term its owner's text defines right after it ("the
 * engine's “heat loop”, a ring of pipes that …"). Evaluative words in the same place stay
 * the speaker's ("called it a “very positive” move", "the “cowardly and brutal”
 * attacks"): only quoted words that end in a noun are a term.
 */
final class QuotedTerms {

	/** Words that open a noun phrase: an article or a possessive. */
	private static final Set<String> OPENERS = NameLexicon.words("a", "an", "the", "its", "his", "her", "their", "our",
			"'s", "’s");

	/** Most words a quoted term has. */
	private static final int MAX_TERM_WORDS = 4;

	/** Most words between the article of a definition and what opens its clause. */
	private static final int DEFINITION_HEAD_WORDS = 3;

	/** Adverbs that grade the words after them: someone's judgement, not a name. */
	private static final Set<String> GRADING = NameLexicon.words("very", "so", "too", "most", "more", "less", "least",
			"quite", "rather", "extremely", "really", "truly", "pretty", "fairly");

	/** How many words before the quote the tagger reads with it. */
	private static final int CONTEXT_WORDS = 4;

	/** What makes an apposition a definition: "a set of …", "a group that …". */
	private static final Set<String> DEFINITION_LINKS = NameLexicon.words("of", "that", "which", "used", "for");

	private final DocumentTokens doc;

	QuotedTerms(DocumentPeople people) {
		this.doc = people.doc;
	}

	/** Whether the quoted words of the span are a term inside a noun phrase. */
	boolean isTerm(QuotedSpan span) {
		if (!span.closed()) {
			return false;
		}
		int open = this.doc.tokenAt(span.start());
		int afterClose = this.doc.tokenAt(span.end());
		int from = this.doc.tokenAt(span.innerStart());
		int to = this.doc.tokenAt(span.innerEnd());
		if (WhatALawForbids.at(this.doc, open)) {
			return true; // "the law banning “foreign flags”": the law's wording
		}
		if (QuotedLabels.beforeLabelNoun(this.doc, open, from, to, afterClose)) {
			return true; // "the “pay as you go” scheme": a slogan naming the scheme
		}
		if (open < 1 || this.doc.boundaryBefore(open) || !OPENERS.contains(this.doc.get(open - 1).lower())
				|| afterClose >= this.doc.size()) {
			return false;
		}
		// '“vector unit,” a set of …': the comma that sets off the definition, inside
		boolean commaInside = to > from && this.doc.get(to - 1).is(",");
		if (commaInside) {
			to--;
		}
		int words = 0;
		for (int t = from; t < to; t++) {
			Token token = this.doc.get(t);
			if (token.word()) {
				words++;
			}
			else if (!token.is("-")) {
				return false; // "the “cowardly, criminal” bombings": a list, not a name
			}
		}
		if (words == 0 || words > MAX_TERM_WORDS) {
			return false;
		}
		if (commaInside) {
			return definedAfter(afterClose) && naming(from, to);
		}
		if (this.doc.get(afterClose).word() && !this.doc.boundaryBefore(afterClose)) {
			return naming(from, to) && nounAt(open, from, to, afterClose);
		}
		return this.doc.get(afterClose).is(",") && definedAfter(afterClose + 1) && naming(from, to);
	}

	/** ", a set of circuits that …": an indefinite noun phrase that tells what it is. */
	private boolean definedAfter(int article) {
		int n = this.doc.size();
		if (article >= n || this.doc.boundaryBefore(article)
				|| !(this.doc.get(article).lower().equals("a") || this.doc.get(article).lower().equals("an"))) {
			return false;
		}
		for (int t = article + 1; t < n && t <= article + 1 + DEFINITION_HEAD_WORDS; t++) {
			Token token = this.doc.get(t);
			if (!token.word() || this.doc.boundaryBefore(t) || SpeechVerbs.isSpeechVerb(token.lower())) {
				return false; // '“…,” a spokesman said': who said it, not what it is
			}
			if (t > article + 1 && DEFINITION_LINKS.contains(token.lower())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The quoted words name something rather than judge it: no adverb that grades them
	 * ("very", "highly", "deeply"), no "and" or "but" joining judgements.
	 */
	private boolean naming(int from, int to) {
		for (int t = from; t < to; t++) {
			String lower = this.doc.get(t).lower();
			if (GRADING.contains(lower) || lower.endsWith("ly") || lower.equals("and") || lower.equals("but")
					|| lower.equals("or")) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The word right after the quote is read as a noun the quote modifies. A capital
	 * there is refused before the words are tagged: the tagger is the costliest step.
	 */
	private boolean nounAt(int open, int from, int to, int after) {
		if (this.doc.get(after).capitalized()) {
			return false;
		}
		String[] tags = tags(open, from, to, after);
		return tags[tags.length - 1].equals("NOUN");
	}

	/**
	 * The tags of a few words before the quote, the quoted words and the word after them,
	 * read as one run without the quotation marks.
	 */
	private String[] tags(int open, int from, int to, int after) {
		java.util.List<String> words = new java.util.ArrayList<>();
		int first = open;
		while (first > 0 && open - first < CONTEXT_WORDS && !this.doc.boundaryBefore(first)
				&& this.doc.get(first - 1).word()) {
			first--;
		}
		for (int t = first; t < open; t++) {
			words.add(this.doc.get(t).text());
		}
		for (int t = from; t < to; t++) {
			words.add(this.doc.get(t).text());
		}
		if (after >= 0) {
			words.add(this.doc.get(after).text());
		}
		return PartOfSpeech.tags(words.toArray(String[]::new));
	}

}
