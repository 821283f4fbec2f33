package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Whether quoted words are a label rather than someone's words: a name a naming verb
 * gives ("dubbed “…”", "known as the “…”"), a title with every word capitalised, or, for
 * two words, whether reported speech around them makes them the speaker's own.
 */
final class QuoteLabels {

	/**
	 * Verbs that give their object a description after "as": "viewed the move as a “…”".
	 */
	private static final Set<String> DESCRIBING = NameLexicon.words("described", "describes", "describing", "viewed",
			"views", "regarded", "regards", "characterized", "characterised");

	/**
	 * Verbs that give a thing its name: what follows them in quotation marks is a label.
	 */
	private static final Set<String> NAMING = NameLexicon.words("called", "dubbed", "named", "nicknamed", "termed",
			"titled", "entitled", "labelled", "labeled", "branded", "styled", "so-called", "christened", "renamed",
			"headlined", "captioned");

	/**
	 * Participles that take "as" and a name: "known as", "referred to as", "described
	 * as".
	 */
	private static final Set<String> IRREGULAR_PARTICIPLES = NameLexicon.words("known", "seen", "thought", "taken",
			"written", "sold", "shown", "held");

	/** Words before a participle that make it passive: "was called a “…”". */
	private static final Set<String> PASSIVE = NameLexicon.words("is", "are", "was", "were", "be", "been", "being",
			"widely", "often", "also", "sometimes", "commonly");

	/** "calling for", "called on", "called off": the verb speaks of no words. */
	private static final Set<String> PHRASAL = NameLexicon.words("for", "on", "off", "up", "in", "out");

	/** Verbs that report what follows them as said: "said", "says", "added". */
	private static final Set<String> REPORTING = NameLexicon.words("said", "says", "added", "adds");

	private static final Set<String> PRONOUNS = NameLexicon.words("he", "she", "they", "it", "we", "i", "you");

	/**
	 * How many tokens before the quote a speech verb may give two words to its subject.
	 */
	private static final int NEAR_VERB = 7;

	static final int CLAUSE_WORDS = 6;

	private final DocumentPeople people;

	private final DocumentTokens doc;

	private final AttributionClauses clauses;

	QuoteLabels(DocumentPeople people, AttributionClauses clauses) {
		this.people = people;
		this.doc = people.doc;
		this.clauses = clauses;
	}

	/**
	 * The quote is the name a naming verb gives, with nothing between them but an
	 * article: "dubbed “…”", "called the “…”", "also known as a “…”", "referred to as the
	 * “…”", "what could be described as “…”". An object between the verb and the quote
	 * ("called him “…”", "described the plan as “…”") makes the words the subject's own.
	 */
	boolean namesALabel(int open) {
		if (this.doc.boundaryBefore(open)) {
			return false;
		}
		if (open + 1 < this.doc.size() && this.doc.get(open + 1).word() && !this.doc.get(open + 1).capitalized()
				&& NameLexicon.PREPOSITIONS.contains(this.doc.get(open + 1).lower())
				|| open + 1 < this.doc.size() && this.doc.get(open + 1).is("as")) {
			return false; // "was named “as a joke”": a reason given, no name opens so
		}
		int t = open - 1;
		if (this.doc.get(t).word() && AttributionClauses.DETERMINERS.contains(this.doc.get(t).lower())
				&& !this.doc.get(t).lower().equals("that")) {
			t--;
		}
		if (t < 0 || !this.doc.get(t).word() || this.doc.boundaryBefore(t + 1)) {
			return false;
		}
		String lower = this.doc.get(t).lower();
		if (NAMING.contains(lower)) {
			return true;
		}
		if ((lower.equals("and") || lower.equals("or")) && t >= 1) {
			// "known as a “…” or “…”": the second name is given by the same verb
			int close = this.doc.get(t - 1).is(",") ? t - 2 : t - 1;
			QuotedSpan previous = close >= 0 ? this.people.quoteClosingAt(close) : null;
			return previous != null && namesALabel(this.doc.tokenAt(previous.start()));
		}
		if (!lower.equals("as") || t < 1 || !this.doc.get(t - 1).word()) {
			return false;
		}
		String before = this.doc.get(t - 1).lower();
		if (before.equals("to") && t >= 2) {
			before = this.doc.get(t - 2).lower(); // "referred to as"
		}
		return before.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(before);
	}

	/**
	 * "said that he was “deeply hurt”", "described the day as a “turning point”", "said
	 * Friday she had been “badly misled”", "called the move a “temporary setback”",
	 * "accusing them of “plain theft”": two words inside reported speech, or given by a
	 * speech verb in the same clause, are the speaker's, not a label. A comma ends the
	 * clause ("rallies calling for the return of Roe, the “boy king”"), "as" makes the
	 * words a name given ("labeling them as “…”"), and a passive verb's subject is not
	 * who spoke. A pronoun subject inside the sentence may stand for the wrong name
	 * ("Although he called the terms “…,” Roe signed"); one that opens it goes on from
	 * the sentence before, as it does for a longer quotation.
	 */
	boolean reported(int open) {
		int sentence = this.doc.sentence[open];
		boolean clauseEnded = false;
		for (int t = open - 1; t > 0 && t >= open - AttributionClauses.MAX_LOOK_BACK
				&& this.doc.sentence[t] == sentence; t--) {
			Token token = this.doc.get(t);
			if (token.is("”") || token.is("\"")) {
				// 'described him as a “hero” for ending the “bloodthirsty practice”': a
				// word quoted before in the clause does not end it
				QuotedSpan earlier = this.people.quoteClosingAt(t);
				if (earlier == null || this.clauses.wordsBetween(this.doc.tokenAt(earlier.innerStart()),
						this.doc.tokenAt(earlier.innerEnd())) > 1) {
					return false;
				}
				t = this.doc.tokenAt(earlier.start());
				continue;
			}
			String lower = token.lower();
			if (lower.equals("that") && (this.clauses.speechVerbAt(t - 1) || ListenersOfTelling.toldBefore(this.doc, t))
					|| lower.equals("as") && describedBefore(t)) {
				return true;
			}
			if (token.is(",") || token.is(";") || token.is(":") || lower.equals("as")) {
				// "labeling them as “…”": a name given, not words spoken
				clauseEnded = true;
			}
			if (!clauseEnded && this.clauses.speechVerbAt(t)) {
				// a verb far back gives words to its object's noun phrase, not to its
				// subject ("called any comparison between the tiff and the “…” absurd"),
				// and a pronoun before it may stand for the wrong name
				return (open - t <= NEAR_VERB || saidBySentenceSubject(t))
						&& !PASSIVE.contains(this.doc.get(t - 1).lower())
						&& (!PRONOUNS.contains(this.doc.get(t - 1).lower()) || this.doc.boundaryBefore(t - 1))
						&& (!PHRASAL.contains(this.doc.get(t + 1).lower())
								|| DemandsCalledFor.demand(this.doc, t, open));
			}
		}
		return false;
	}

	/**
	 * "Roe said other evidence … has a “high likelihood” of …": "said" right after the
	 * name that opens the sentence reports all of its clause, however long, as the
	 * speaker's, and so does an organisation's name opening the sentence ("Acme Inc. said
	 * it expects sales that are “slightly above” …"); verbs that name or describe do not.
	 */
	private boolean saidBySentenceSubject(int verb) {
		Mention subject = REPORTING.contains(this.doc.get(verb).lower()) ? this.people.index.mentionEndingAt(verb - 1)
				: null;
		return subject != null && this.doc.boundaryBefore(subject.phraseStartToken)
				|| REPORTING.contains(this.doc.get(verb).lower())
						&& FragmentsOfTheSpeakersClause.organisationOpensSentenceBefore(this.doc, verb);
	}

	/** "described the events of the day as": a describing verb earlier in the clause. */
	boolean describedBefore(int as) {
		for (int t = as - 1; t >= 0 && t >= as - CLAUSE_WORDS - 2 && this.doc.get(t).word(); t--) {
			if (DESCRIBING.contains(this.doc.get(t).lower())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * '“…,” he said. “We are friends.”': a few words quoted as a sentence of their own,
	 * closed by their own full stop, are someone's words, not a label, however short.
	 */
	boolean wholeSentence(QuotedSpan span) {
		int open = this.doc.tokenAt(span.start());
		int afterClose = this.doc.tokenAt(span.end());
		String inner = this.doc.text.substring(span.innerStart(), span.innerEnd()).strip();
		return this.doc.boundaryBefore(open) && !inner.isEmpty() && ".!?".indexOf(inner.charAt(inner.length() - 1)) >= 0
				&& (afterClose >= this.doc.size() || this.doc.boundaryBefore(afterClose)) && !titleLike(span);
	}

	/**
	 * "…,” enthused Tom": words ending in a comma hand over to what follows; so does a
	 * comma set after the closing mark of a whole clause that opens its sentence ('"…",
	 * Tom sighs').
	 */
	boolean handsOver(QuotedSpan span) {
		int end = span.innerEnd();
		if (end > span.innerStart() && ",?!".indexOf(this.doc.text.charAt(end - 1)) >= 0) {
			return true;
		}
		int after = this.doc.tokenAt(span.end());
		return span.closed() && this.doc.boundaryBefore(this.doc.tokenAt(span.start())) && after < this.doc.size()
				&& this.doc.get(after).is(",")
				&& ".;:".indexOf(this.doc.text.charAt(Math.max(span.innerStart(), end - 1))) < 0
				&& this.clauses.wordsBetween(this.doc.tokenAt(span.innerStart()),
						this.doc.tokenAt(span.innerEnd())) >= CLAUSE_WORDS;
	}

	/** "The Art of the Deal": every word capitalized except short function words. */
	boolean titleLike(QuotedSpan span) {
		int from = this.doc.tokenAt(span.innerStart());
		int to = this.doc.tokenAt(span.innerEnd());
		for (int t = from; t < to; t++) {
			Token token = this.doc.get(t);
			if (token.word() && !token.capitalized() && !NameLexicon.FUNCTION_WORDS.contains(token.lower())) {
				return false;
			}
		}
		return true;
	}

}
