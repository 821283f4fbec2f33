package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * '“We are the best side in the league.” The two clubs will report back in May.': words
 * that close their own sentence inside the quotation marks are followed by a sentence of
 * the document's own, not by their attribution. Only a sentence that opens with its
 * speaker and a speech verb and tells nothing more than how or where it was said ('“Why
 * now?” Roe asked at the meeting.', '“We won.” said the coach.') tags the words; one that
 * goes on with what was said ("The coach says he is fit.") or hands over to a quotation
 * of its own ('Said Roe: “…”') tells something else. After words closed with a full stop,
 * a sentence whose speech verb goes on with a clause of what was said ('“We aim to back
 * local clubs.” The Tories say the plan is too costly.', '“…” Mr Lee said the firms were
 * hiring.') reports other speech, whether it names its subject or not; a bare tag that
 * ends right after its verb ('“…” The spokesman said.') still may be one.
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

	/** How far into a sentence reporting other speech its speech verb may stand. */
	private static final int MAX_SUBJECT_WORDS = 6;

	private SentenceAfterClosedQuote() {
	}

	/**
	 * Whether the words from {@code t}, right after the closed quotation {@code span},
	 * open a sentence of their own that cannot be the quotation's tag: neither the
	 * speaker it names nor one left unread is the quotation's.
	 */
	static boolean cannotTag(DocumentTokens doc, QuotedSpan span, int t) {
		return opensOtherSentence(doc, doc.text, span, t) || reportsOtherSpeech(doc, span, t);
	}

	/**
	 * Whether the words from {@code t} open a new sentence after a quotation whose words
	 * ended their own sentence, and that sentence is no tag of the quotation.
	 */
	private static boolean opensOtherSentence(DocumentTokens doc, String text, QuotedSpan span, int t) {
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
	 * Whether the sentence opening at {@code t}, right after a quotation closed with a
	 * full stop, reports speech of its own rather than tagging the quotation.
	 */
	private static boolean reportsOtherSpeech(DocumentTokens doc, QuotedSpan span, int t) {
		if (span.innerEnd() <= span.innerStart() || doc.text.charAt(span.innerEnd() - 1) != '.' || t >= doc.size()
				|| !doc.startsSentence[t] || !doc.get(t).capitalized()) {
			return false;
		}
		int sentence = doc.sentence[t];
		for (int v = t + 1; v < doc.size() && v <= t + MAX_SUBJECT_WORDS && doc.sentence[v] == sentence; v++) {
			Token token = doc.get(v);
			if (!token.word()) {
				return false;
			}
			if (SpeechVerbs.isSpeechVerb(token.lower())) {
				return v + 1 < doc.size() && doc.sentence[v + 1] == sentence && doc.get(v + 1).word()
						&& !NameLexicon.PREPOSITIONS.contains(doc.get(v + 1).lower());
			}
		}
		return false;
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
