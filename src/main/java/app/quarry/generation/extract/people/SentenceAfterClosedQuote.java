package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * '“We are the best side in the league.” The two clubs will report back in May.': words
 * that close their own sentence inside the quotation marks are followed by a sentence of
 * the document's own, not by their attribution. Only a sentence that opens with its
 * speaker and a speech verb and tells nothing more than how or where it was said ('“Why
 * now?” Roe asked at the meeting.', '“We won.” said the coach.') tags the words; one that
 * goes on with what was said ("The coach says he is fit.") or hands over to a quotation
 * of its own ('Said Roe: “…”') tells something else.
 */
final class SentenceAfterClosedQuote {

	/**
	 * Words of a speaker before the verb of a tag at most: "Jane Roe, the mayor, said",
	 * "the regional head of police said".
	 */
	private static final int MAX_WORDS_BEFORE_VERB = 7;

	/** Words before a verb that make it no tag of words already said. */
	private static final Set<String> AUXILIARIES = NameLexicon.words("to", "will", "would", "can", "could", "may",
			"might", "must", "should", "shall", "not", "never");

	/** Words after a speech verb that open what was said rather than end a tag. */
	private static final Set<String> CLAUSE_OPENERS = NameLexicon.words("he", "she", "it", "they", "we", "i", "you",
			"there", "this", "that", "is", "was", "are", "were", "will", "would", "has", "had", "have", "be", "could",
			"can", "should", "must", "if", "why", "how", "what", "whether");

	private SentenceAfterClosedQuote() {
	}

	/**
	 * Whether the words from {@code t} open a new sentence after a quotation whose words
	 * ended their own sentence, and that sentence is no tag of the quotation.
	 */
	static boolean opensOtherSentence(DocumentTokens doc, String text, QuotedSpan span, int t) {
		if (t >= doc.size() || !doc.boundaryBefore(t) || !endsItsSentence(text, span)) {
			return false;
		}
		int words = 0;
		int speechVerb = -1;
		for (int u = t; u < doc.size() && (u == t || !doc.boundaryBefore(u)); u++) {
			Token token = doc.get(u);
			if (token.is(":") || token.is("“") || token.is("”") || token.is("\"")) {
				return true; // 'Said Roe: “…”': it hands over to the next quotation
			}
			if (!token.word()) {
				continue;
			}
			words++;
			if (speechVerb < 0 && words <= MAX_WORDS_BEFORE_VERB + 1 && finiteSpeechVerb(doc, u)) {
				speechVerb = u;
			}
			else if (speechVerb >= 0 && CLAUSE_OPENERS.contains(token.lower())) {
				return true; // "The coach says he is fit.": what was said, not a tag
			}
		}
		return speechVerb < 0;
	}

	/**
	 * "said", "asks", "added": a speech verb that can tag words, not "will report" or "to
	 * say", which tell of speech to come.
	 */
	private static boolean finiteSpeechVerb(DocumentTokens doc, int t) {
		String lower = doc.get(t).lower();
		if (!SpeechVerbs.isSpeechVerb(lower) || t > 0 && AUXILIARIES.contains(doc.get(t - 1).lower())) {
			return false;
		}
		return lower.endsWith("ed") || lower.endsWith("s") || lower.equals("said") || lower.equals("told")
				|| lower.equals("wrote") || lower.equals("spoke");
	}

	private static boolean endsItsSentence(String text, QuotedSpan span) {
		int end = span.innerEnd();
		while (end > span.innerStart() && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		if (end <= span.innerStart()) {
			return false;
		}
		char last = text.charAt(end - 1);
		return last == '.' || last == '?' || last == '!';
	}

}
