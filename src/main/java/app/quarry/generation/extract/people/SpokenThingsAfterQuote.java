package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Attributions after a quote that open with an article rather than a name: a known person
 * with words that only describe them ("…,” the elder Roe said", "…,” a tired-looking Roe
 * said"), a body ("…,” the court instructed") or a text ("…,” the opinion read", "…,”
 * said a letter that was posted at the gate"). A body or a text is kept as the words that
 * describe it, as the text tells it.
 */
final class SpokenThingsAfterQuote {

	/** Words that describe a person or a thing between its article and its head. */
	private static final int MAX_MODIFIERS = 3;

	/** Words of a describing clause after a text ("that was read to the crowd"). */
	private static final int MAX_CLAUSE_WORDS = 12;

	/** Texts that carry someone's words: "the opinion read", "a sign said". */
	private static final Set<String> TEXTS = NameLexicon.words("statement", "letter", "memo", "message", "notice",
			"announcement", "release", "opinion", "ruling", "decision", "verdict", "order", "sign", "banner", "placard",
			"headline", "editorial", "communique", "resolution", "note", "poster", "leaflet", "inscription", "caption",
			"indictment", "complaint", "petition", "advertisement", "ad", "slogan", "report", "filing", "email",
			"e-mail", "telegram", "cable", "citation", "judgment", "judgement");

	/**
	 * Verbs a text or a body hands words over with that are no speech verbs elsewhere.
	 */
	private static final Set<String> HANDING_VERBS = NameLexicon.words("read", "reads", "instructed", "instructs",
			"ruled", "rules", "ordered", "orders");

	/** Words a describing run may not hold: they start another phrase. */
	private static final Set<String> NOT_MODIFIERS = NameLexicon.words("of", "for", "to", "from", "with", "by", "in",
			"on", "at", "and", "or", "who", "which", "that", "whose");

	private final DocumentPeople people;

	private final DocumentTokens doc;

	private final AttributionClauses clauses;

	SpokenThingsAfterQuote(DocumentPeople people, AttributionClauses clauses) {
		this.people = people;
		this.doc = people.doc;
		this.clauses = clauses;
	}

	/**
	 * The speaker of an attribution that opens at {@code t} with an article and goes on
	 * to a speech verb, or null.
	 */
	FoundSpeaker subjectAt(int t) {
		int n = this.doc.size();
		if (t < n && (this.doc.get(t).is("read") || this.doc.get(t).is("reads"))) {
			return objectAfter(t, false); // "…,” read a sign at the gate
		}
		if (t >= n || !SourceSpeakers.ARTICLES.contains(this.doc.get(t).lower()) || endedSentence(t)) {
			return null;
		}
		int head = t + 1;
		while (head < n && head <= t + MAX_MODIFIERS + 1 && modifier(head)) {
			Mention named = this.people.index.mentionStartingAt(head);
			if (named != null) {
				// "the elder Roe said": a person the text knows, described on the way
				boolean known = named.kind == Mention.Kind.NAME && named.person != null && !named.possessive;
				int v = this.clauses.verbAfter(named.appositionEndToken, n);
				return known && this.clauses.reportsSpeechAt(v) ? FoundSpeaker.of(named) : null;
			}
			if (head + 1 < n && handsOver(head, head + 1)) {
				return FoundSpeaker.of(SourceSpeakers.described(this.doc.span(t, head + 1)));
			}
			head++;
		}
		return null;
	}

	/**
	 * "…,” said a letter that was posted at the gate": a text or a body after the speech
	 * verb at {@code verb}, told with its describing clause when short.
	 */
	FoundSpeaker objectAfter(int verb) {
		return objectAfter(verb, true);
	}

	private FoundSpeaker objectAfter(int verb, boolean bodies) {
		int n = this.doc.size();
		int t = verb + 1;
		if (t >= n || !SourceSpeakers.ARTICLES.contains(this.doc.get(t).lower())) {
			return null;
		}
		for (int head = t + 1; head < n && head <= t + MAX_MODIFIERS + 1 && this.doc.get(head).word()
				&& !this.doc.get(head).capitalized(); head++) {
			String lower = this.doc.get(head).lower();
			LocalPerson issuer = TEXTS.contains(lower) ? issuerAfter(head + 1) : null;
			if (issuer != null) {
				return FoundSpeaker.of(issuer); // "…,” read a notice by the mission
			}
			if ((TEXTS.contains(lower) || bodies && SourceSpeakers.SPEAKING_BODIES.contains(lower))
					&& !roleFollows(head)) {
				return FoundSpeaker.of(SourceSpeakers.described(this.doc.span(t, describedEnd(head + 1))));
			}
			if (NOT_MODIFIERS.contains(lower)) {
				return null;
			}
		}
		return null;
	}

	/** The body "by" or "from" at {@code link} describes as a text's issuer, or null. */
	private LocalPerson issuerAfter(int link) {
		if (link + 1 >= this.doc.size() || this.doc.boundaryBefore(link)) {
			return null;
		}
		String lower = this.doc.get(link).lower();
		return lower.equals("by") || lower.equals("from") ? DescribedIssuers.orDescribed(null, this.doc, link + 1)
				: null;
	}

	/**
	 * "a fire department official": the body only qualifies the role after it, who
	 * speaks.
	 */
	private boolean roleFollows(int head) {
		int next = head + 1;
		return next < this.doc.size() && this.doc.get(next).word() && !this.doc.get(next).capitalized()
				&& !this.doc.boundaryBefore(next) && NameLexicon.isRoleNoun(this.doc.get(next).lower());
	}

	/**
	 * A text the document quotes ("the opinion"): quoted words after it may be another
	 * text's or its author's, so it lends itself to no unattributed quotation.
	 */
	static boolean isText(LocalPerson speaker) {
		if (!speaker.described || speaker.name() == null) {
			return false;
		}
		String[] words = speaker.name().toLowerCase(java.util.Locale.ROOT).split(" ");
		for (int i = 1; i < Math.min(words.length, MAX_MODIFIERS + 2); i++) {
			if (TEXTS.contains(words[i])) {
				return true;
			}
		}
		return false;
	}

	/** The end of a short clause that describes the text ("that was read ..."). */
	private int describedEnd(int after) {
		int n = this.doc.size();
		if (after >= n || !this.doc.get(after).lower().equals("that") && !this.doc.get(after).lower().equals("which")) {
			return after;
		}
		int sentence = this.doc.sentence[after];
		int end = after;
		while (end < n && this.doc.sentence[end] == sentence && this.doc.get(end).word()) {
			end++;
		}
		boolean whole = end >= n || this.doc.sentence[end] != sentence || this.doc.get(end).is(".");
		return whole && end - after <= MAX_CLAUSE_WORDS ? end : after;
	}

	/**
	 * '…independent company." The company said it ...': quoted words that end with their
	 * own full stop close the sentence, and what follows is a new one.
	 */
	private boolean endedSentence(int t) {
		int close = t - 1;
		while (close > 0 && this.doc.get(close).is(",")) {
			close--;
		}
		int mark = this.doc.get(close).start();
		return this.doc.boundaryBefore(t) && mark > 0 && this.doc.text.charAt(mark - 1) == '.';
	}

	private boolean modifier(int t) {
		Token token = this.doc.get(t);
		return token.word() && !NOT_MODIFIERS.contains(token.lower()) && !this.doc.boundaryBefore(t);
	}

	/** A body or a text as the head, and a verb handing words over right after it. */
	private boolean handsOver(int head, int verb) {
		String noun = this.doc.get(head).lower();
		String lower = this.doc.get(verb).lower();
		boolean text = TEXTS.contains(noun);
		boolean body = SourceSpeakers.SPEAKING_BODIES.contains(noun);
		if (!text && !body || this.doc.get(head).capitalized()) {
			return false;
		}
		boolean speech = SpeechVerbs.isSpeechVerb(lower) && !SpeechVerbs.isParticiple(lower)
				&& !this.doc.get(verb).capitalized();
		boolean read = lower.equals("read") || lower.equals("reads");
		return speech || read && text || HANDING_VERBS.contains(lower) && !read && body;
	}

}
