package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * A document as the subject of a speech verb: "…,” said a government communique", "…,”
 * the report said", "The army's statement said: “…”", "An accompanying statement warned
 * “…”". The words are those of who issued it: the name that owns it ("the army's
 * statement", "a White House statement") or the one the text said issued it shortly
 * before ("The ministry issued new rules. … the statement said"). A body that only
 * qualifies it ("a government communique") leaves the document itself as the described
 * speaker; a document with no known issuer has none.
 */
final class DocumentVoices {

	/** Documents that speak for whoever issued them. */
	static final Set<String> NOUNS = NameLexicon.words("statement", "communique", "communiqué", "message",
			"announcement", "report", "release", "letter", "memo", "memorandum", "notice", "bulletin", "editorial",
			"declaration", "decree", "resolution", "proclamation", "advisory", "directive", "circular", "manifesto",
			"filing", "email", "e-mail", "post", "note", "cable", "leaflet");

	/** Verbs that put a document out: "the ministry issued a statement". */
	private static final Set<String> ISSUING = NameLexicon.words("issued", "issues", "released", "releases",
			"published", "publishes", "sent", "sends", "posted", "posts", "circulated", "circulates", "distributed",
			"distributes", "filed", "files", "adopted", "adopts", "signed", "signs", "put");

	/**
	 * Verbs whose own noun is the document: "the ministry announced …; the announcement
	 * said".
	 */
	private static final Set<String> NAMING_VERBS = NameLexicon.words("announced", "announces", "stated", "states",
			"declared", "declares", "reported", "reports", "decreed");

	private static final Set<String> DETERMINERS = NameLexicon.words("a", "an", "the", "this", "that", "its", "their",
			"his", "her");

	/**
	 * Words that tell a document goes with one put out just before: "an accompanying
	 * statement".
	 */
	private static final Set<String> ACCOMPANYING = NameLexicon.words("accompanying", "attached", "separate", "second",
			"further", "follow-up", "new", "later", "written", "brief", "short", "same");

	/**
	 * Words that may follow the document itself: "said a statement from Acme, issued …".
	 */
	private static final Set<String> AFTER_THE_DOCUMENT = NameLexicon.words("from", "by", "of", "on", "in", "at",
			"issued", "released", "read", "published", "sent", "posted", "signed", "that", "which", "late", "early",
			"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday");

	private static final int MAX_MODIFIERS = 3;

	private static final int SENTENCES_BACK = 3;

	/**
	 * Words between a document's issuing verb and the document: "issued an updated
	 * travel".
	 */
	private static final int MAX_OBJECT_WORDS = 5;

	private final DocumentTokens doc;

	private final SourceSpeakers sources;

	private final AttributionClauses clauses;

	private final IssuingSubjects issuers;

	private final OrganisationsInFocus focus;

	private final BodiesSpeakingJustBefore justBefore;

	private final SetOffDocumentSources setOff;

	DocumentVoices(DocumentPeople people, SourceSpeakers sources, AttributionClauses clauses) {
		this.doc = people.doc;
		this.sources = sources;
		this.clauses = clauses;
		this.issuers = new IssuingSubjects(people, sources, clauses);
		this.focus = new OrganisationsInFocus(people, sources, clauses);
		this.justBefore = new BodiesSpeakingJustBefore(people.doc, clauses, this.focus);
		this.setOff = new SetOffDocumentSources(people.doc, sources);
	}

	/**
	 * '…,” said a government communique': the document named from the token on, right
	 * after the speech verb; null when the words there are no document.
	 */
	FoundSpeaker after(int t) {
		int noun = nounAfterDeterminer(t);
		if (noun < 0 || noun + 1 < this.doc.size() && this.doc.get(noun + 1).word()
				&& !AFTER_THE_DOCUMENT.contains(this.doc.get(noun + 1).lower())) {
			return null; // "said a report author, Jane Roe", "said the letter's author"
		}
		return FoundSpeaker.of(issuer(t, noun));
	}

	/**
	 * '…,” the report said': a document opening the words after the quote, with its
	 * speech verb right after it; null when the words there are no such subject.
	 */
	FoundSpeaker subject(int t) {
		int noun = nounAfterDeterminer(t);
		if (noun < 0 || noun + 1 >= this.doc.size() || !this.clauses.speechVerbAt(noun + 1)
				|| SpeechVerbs.isParticiple(this.doc.get(noun + 1).lower())) {
			return null;
		}
		return FoundSpeaker.of(issuer(t, noun));
	}

	/**
	 * '…,” Roe's statement said': a document its owner's possessive at {@code mark}
	 * opens, with a speech verb right after it, speaks with its owner's words.
	 */
	boolean ownedDocumentSpeaks(int mark) {
		int n = this.doc.size();
		if (mark >= n || !possessive(this.doc.get(mark))) {
			return false;
		}
		for (int u = mark + 1; u < n && u <= mark + 1 + MAX_MODIFIERS && !this.doc.boundaryBefore(u); u++) {
			Token token = this.doc.get(u);
			if (!token.word() || token.capitalized()) {
				return false;
			}
			if (NOUNS.contains(token.lower())) {
				return u + 1 < n && this.clauses.speechVerbAt(u + 1)
						&& !SpeechVerbs.isParticiple(this.doc.get(u + 1).lower());
			}
		}
		return false;
	}

	/**
	 * 'An accompanying statement specifically warned “…”': the document right before a
	 * speech verb that hands over a quotation; null when the verb's subject is no
	 * document.
	 */
	FoundSpeaker before(int verb) {
		int noun = verb - 1;
		while (noun > 0 && this.doc.get(noun).word() && (adverb(this.doc.get(noun).lower())
				|| AttributionClauses.BETWEEN_SUBJECT_AND_VERB.contains(this.doc.get(noun).lower()))) {
			noun--;
		}
		LocalPerson setOff = this.setOff.sourceBefore(noun);
		if (setOff != null) {
			return FoundSpeaker.of(setOff); // "The memo, from the Water Board, says:"
		}
		int beforeAside = DatedDocumentAsides.before(this.doc, noun);
		if (beforeAside > 0) {
			noun = beforeAside; // "The report, published on Monday, said:"
		}
		if (noun <= 0 || !NOUNS.contains(this.doc.get(noun).lower()) || this.doc.get(noun).capitalized()) {
			return null;
		}
		for (int d = noun - 1; d >= 0 && d >= noun - 1 - MAX_MODIFIERS; d--) {
			if (DETERMINERS.contains(this.doc.get(d).lower()) || possessive(this.doc.get(d))) {
				int start = possessive(this.doc.get(d)) ? possessorStart(d) : d;
				return start < 0 || !opensClause(start) ? null : FoundSpeaker.of(issuer(start, noun));
			}
			if (this.doc.boundaryBefore(d + 1) && d + 1 < noun || !this.doc.get(d).word()) {
				return null;
			}
		}
		return null;
	}

	private boolean opensClause(int start) {
		return start == 0 || this.doc.boundaryBefore(start) || this.doc.get(start - 1).is(",")
				|| this.doc.get(start - 1).lower().equals("and");
	}

	/** "specifically", "also": an adverb between a subject and its verb. */
	private static boolean adverb(String lower) {
		return lower.length() > 4 && lower.endsWith("ly");
	}

	/** The document noun after a determiner and a few modifiers at {@code t}, or -1. */
	private int nounAfterDeterminer(int t) {
		int n = this.doc.size();
		if (t >= n || !DETERMINERS.contains(this.doc.get(t).lower())) {
			return -1;
		}
		for (int u = t + 1; u < n && u <= t + 1 + MAX_MODIFIERS && !this.doc.boundaryBefore(u); u++) {
			Token token = this.doc.get(u);
			if (token.word() && NOUNS.contains(token.lower()) && !token.capitalized()) {
				boolean ends = u + 1 >= n || !possessive(this.doc.get(u + 1))
						&& (!this.doc.get(u + 1).word() || !NOUNS.contains(this.doc.get(u + 1).lower()));
				return ends ? u : -1;
			}
			if (!token.word() && !token.is("-")) {
				return -1;
			}
		}
		return -1;
	}

	private static boolean possessive(Token token) {
		return token.is("'s") || token.is("’s");
	}

	/** Where the owner of "…'s" starts: "the army's", "Acme Corp.'s". */
	private int possessorStart(int mark) {
		int s = mark - 1;
		while (s > 0 && this.doc.get(s - 1).word() && !this.doc.boundaryBefore(s)
				&& (this.doc.get(s - 1).capitalized() || SourceSpeakers.ARTICLES.contains(this.doc.get(s - 1).lower()))
				&& mark - s < MAX_MODIFIERS + 2) {
			s--;
			if (SourceSpeakers.ARTICLES.contains(this.doc.get(s).lower())) {
				break;
			}
		}
		return s >= 0 && this.doc.get(s).word() ? s : -1;
	}

	/** Who issued the document whose words run from {@code start} to its noun. */
	private LocalPerson issuer(int start, int noun) {
		int n = this.doc.size();
		if (noun + 2 < n && !this.doc.boundaryBefore(noun + 1)) {
			String link = this.doc.get(noun + 1).lower();
			if (link.equals("from") || link.equals("by") || link.equals("of")) {
				LocalPerson named = DescribedIssuers.orDescribed(this.sources.namedAt(noun + 2), this.doc, noun + 2);
				if (named != null) {
					return named; // "a statement from the Interior Ministry"
				}
			}
		}
		for (int t = start + 1; t < noun; t++) {
			if (possessive(this.doc.get(t))) {
				// "the army's statement", "Acme's statement": the owner issued it
				LocalPerson owner = this.sources.namedAt(start);
				boolean body = owner == null && SourceSpeakers.ARTICLES.contains(this.doc.get(start).lower())
						&& SourceSpeakers.speaks(this.doc.get(t - 1).lower());
				return body ? SourceSpeakers.described(this.doc.span(start, t)) : owner;
			}
		}
		int first = start + 1;
		if (first < noun && this.doc.get(first).capitalized()) {
			// "a White House statement", "an Acme announcement"
			int end = this.sources.nameEnd(first);
			return end == noun ? this.sources.namedAt(first) : null;
		}
		String article = this.doc.get(start).lower();
		boolean qualifiedByBody = false;
		boolean accompanying = false;
		for (int t = first; t < noun; t++) {
			qualifiedByBody |= SourceSpeakers.speaks(this.doc.get(t).lower());
			accompanying |= ACCOMPANYING.contains(this.doc.get(t).lower());
		}
		if (qualifiedByBody && (article.equals("a") || article.equals("an"))) {
			// "a government communique": the document is all the text tells of its issuer
			return SourceSpeakers.described(this.doc.span(start, noun + 1));
		}
		LocalPerson issued = article.equals("the") || accompanying || noun == first
				? issuedBefore(start, noun, accompanying) : null;
		// "Acme says in a report … the report said": its one author told earlier
		LocalPerson author = issued == null && article.equals("the") && noun == first
				? this.focus.authorOf(this.doc.get(noun).lower(), start) : issued;
		// "Acme confirmed the closure. The statement said": the body that just spoke
		return author != null ? author : this.justBefore.statementAt(start, noun);
	}

	/**
	 * "The ministry issued new rules on Monday. … the statement said": the subject of the
	 * nearest verb shortly before that put out this document, or any document when this
	 * one goes with it ("an accompanying statement").
	 */
	private LocalPerson issuedBefore(int start, int noun, boolean accompanying) {
		String kind = this.doc.get(noun).lower();
		int oldest = this.doc.sentence[start] - SENTENCES_BACK;
		for (int v = start - 1; v > 0 && this.doc.sentence[v] >= oldest; v--) {
			Token token = this.doc.get(v);
			if (!token.word() || token.capitalized()) {
				continue;
			}
			String lower = token.lower();
			boolean issues = ISSUING.contains(lower) && (accompanying || objectIs(v, kind));
			boolean names = NAMING_VERBS.contains(lower) && kind.startsWith(lower.substring(0, lower.length() - 2));
			if (issues || names) {
				LocalPerson subject = this.issuers.subjectOf(v);
				if (subject != null) {
					return subject;
				}
			}
		}
		return null;
	}

	/** The document kind is among the few words after the issuing verb. */
	private boolean objectIs(int verb, String kind) {
		for (int t = verb + 1; t < this.doc.size() && t <= verb + MAX_OBJECT_WORDS
				&& !this.doc.boundaryBefore(t); t++) {
			if (this.doc.get(t).lower().equals(kind)) {
				return true;
			}
		}
		return false;
	}

}
