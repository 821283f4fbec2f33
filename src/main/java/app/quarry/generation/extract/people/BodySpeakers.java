package app.quarry.generation.extract.people;

import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Speakers that are no person: a country, a government, an organisation, found where a
 * person's name would stand in the clause around a quotation. '… the ban, Norland
 * predicted Wednesday.', 'the government gave its answer, warning “…”', 'Saying “…”,
 * Norland's government urged calm'. Only a subject that names a body ("Norland", "the
 * Interior Ministry", "the government of Norland") speaks; a pronoun never stands for
 * one.
 */
final class BodySpeakers {

	/** A noun phrase of a body is at most this long: "the government of Norland". */
	private static final int MAX_SUBJECT_WORDS = 6;

	/** Verbs by which a body puts a text out. */
	private static final Set<String> ISSUING = NameLexicon.words("issued", "released", "published", "posted", "sent",
			"put", "made", "issues", "releases", "publishes", "posts", "sends");

	/** How far after a quote the participial clause that holds it may end. */
	private static final int MAX_CLAUSE_TAIL = 10;

	/** Words that open a sentence with a phrase set off before its subject. */
	private static final Set<String> OPENING_PHRASES = NameLexicon.words("in", "on", "at", "from", "after", "before",
			"during", "late", "earlier", "later", "meanwhile", "separately", "elsewhere");

	/** A subject found, and the token after it. */
	private record Subject(LocalPerson speaker, int end) {
	}

	private final DocumentPeople people;

	private final DocumentTokens doc;

	private final SourceSpeakers sources;

	private final AttributionClauses clauses;

	/** Two people joined as the subject of one verb: the words of neither alone. */
	private final JointSubjects joint;

	BodySpeakers(DocumentPeople people, SourceSpeakers sources, AttributionClauses clauses) {
		this.people = people;
		this.doc = people.doc;
		this.sources = sources;
		this.clauses = clauses;
		this.joint = new JointSubjects(people);
	}

	/**
	 * '… the ban, Norland predicted Wednesday.', '“…” Norland said.': a body after the
	 * sentence's last comma (or right after the quote), whose speech verb closes the
	 * sentence but for when it spoke.
	 */
	LocalPerson closingSentence(int from) {
		int n = this.doc.size();
		if (from >= n || this.doc.boundaryBefore(from)) {
			return null; // the quote closed its sentence: what follows is another's
		}
		int sentence = this.doc.sentence[from];
		int comma = -1;
		int t = from;
		for (; t < n && this.doc.sentence[t] == sentence && !(t > from && this.doc.boundaryBefore(t)); t++) {
			Token token = this.doc.get(t);
			if (token.is("\"") || token.is("“") || token.is("”")) {
				return null;
			}
			comma = token.is(",") ? t : comma;
		}
		int last = t;
		while (last > from && !this.doc.get(last - 1).word()) {
			last--;
		}
		int end = last;
		Subject subject = subjectAt(comma < 0 ? from : comma + 1, verb -> verb < end
				&& this.clauses.finiteSpeechVerbAt(verb) && this.clauses.onlyTimeAfter(verb + 1, end));
		return subject == null ? null : subject.speaker();
	}

	/**
	 * The speaker of a speech participle with no person for its subject: a body the
	 * sentence opens with, after a participial clause that opens it ("Saying “…”,
	 * Norland's government urged"), or before the comma of a participle that closes it
	 * ("In Norby, the government gave its answer, warning “…”").
	 */
	FoundSpeaker ofParticiple(int participle, int open) {
		int start = participle;
		while (start > 0 && !this.doc.boundaryBefore(start)) {
			start--;
		}
		if (participle == start && open - participle <= 3) {
			Subject after = afterOpeningClause(open);
			return after == null ? null : FoundSpeaker.of(after.speaker());
		}
		if (participle == start) {
			return null; // an opening participle whose quote comes later: no body to own
							// it
		}
		int lead = participle;
		if (this.doc.get(participle - 1).lower().equals("and")) {
			// "…, warning against “…” and predicting “…”": the first participle of the
			// pair follows the comma
			for (int t = participle - 2; t > start + 1 && t >= participle - 2 * MAX_CLAUSE_TAIL; t--) {
				if (this.doc.get(t).lower().endsWith("ing") && this.doc.get(t - 1).is(",")) {
					lead = t;
					break;
				}
			}
		}
		// "issued a statement saying “…”": a text the subject put out says it, with no
		// comma needed before the participle
		if (lead < 2 || !this.doc.get(lead - 1).is(",") && !issuedDocumentBefore(lead)) {
			return null;
		}
		if (OPENING_PHRASES.contains(this.doc.get(start).lower())) {
			int comma = start + 1;
			while (comma < lead - 1 && comma <= start + MAX_SUBJECT_WORDS && !this.doc.get(comma).is(",")) {
				comma++;
			}
			start = this.doc.get(comma).is(",") ? comma + 1 : start;
		}
		int clause = ClauseOfToken.coordinatedStart(this.doc, start, lead - 1);
		start = clause >= 0 ? clause : start;
		int clauseEnd = lead - 1;
		Subject subject = subjectAt(start, verb -> verb < clauseEnd && followsAsVerb(verb));
		return subject == null ? null : FoundSpeaker.of(subject.speaker());
	}

	/**
	 * "issued a statement saying": a text right before the participle that the subject
	 * put out, by a verb of issuing; a report it denied or a letter it received says what
	 * others wrote.
	 */
	private boolean issuedDocumentBefore(int lead) {
		if (!SourceSpeakers.DOCUMENTS.contains(this.doc.get(lead - 1).lower())) {
			return false;
		}
		for (int t = lead - 2; t >= 0 && t >= lead - 5 && !this.doc.boundaryBefore(t + 1); t--) {
			if (ISSUING.contains(this.doc.get(t).lower())) {
				return true;
			}
		}
		return false;
	}

	/** The subject right after the participial clause the quote at {@code open} is in. */
	private Subject afterOpeningClause(int open) {
		int n = this.doc.size();
		int close = -1;
		for (int t = open + 1; t < n && !this.doc.boundaryBefore(t); t++) {
			if (this.doc.get(t).is("”") || this.doc.get(t).is("\"")) {
				close = t;
				break;
			}
		}
		if (close < 0) {
			return null;
		}
		int from = this.doc.get(close - 1).is(",") ? close + 1 : -1;
		for (int t = close + 1; from < 0 && t < n && t <= close + MAX_CLAUSE_TAIL; t++) {
			Token token = this.doc.get(t);
			if (this.doc.boundaryBefore(t) || token.is("“") || token.is("\"")) {
				return null;
			}
			from = token.is(",") ? t + 1 : from;
		}
		return from < 0 || from >= n ? null : subjectAt(from, this::followsAsVerb);
	}

	/** A lower-case word that can be a subject's verb: "urged", "gave", "exhorted". */
	private boolean followsAsVerb(int t) {
		Token token = this.doc.get(t);
		return token.word() && !token.capitalized() && !NameLexicon.FUNCTION_WORDS.contains(token.lower())
				&& !token.is("'s") && !token.is("’s");
	}

	/**
	 * The body or person a clause opens with at {@code t}, when the verb the predicate
	 * accepts follows it (past adverbs such as "also"): a person's mention; a run of
	 * capitalised words ("Norland", "Acme Holdings"); or an article or a possessive and
	 * words that hold a body ("the government", "Norland's government", "the Interior
	 * Ministry", "the government of Norland").
	 */
	private Subject subjectAt(int t, IntPredicate verbAt) {
		int n = this.doc.size();
		if (t >= n) {
			return null;
		}
		Mention mention = this.people.index.mentionStartingAt(t);
		if (mention != null && this.joint.joined(mention)) {
			return null; // "…,” Mr Roe and Mr Doe said: the words of both, neither's
							// alone
		}
		if (mention != null && mention.kind != Mention.Kind.PRONOUN
				&& verbAt.test(this.clauses.verbAfter(mention.appositionEndToken, n))) {
			return new Subject(mention.person, mention.appositionEndToken);
		}
		boolean article = this.doc.get(t).word() && SourceSpeakers.ARTICLES.contains(this.doc.get(t).lower());
		int nameEnd = this.sources.nameEnd(t);
		if (!article && nameEnd > t && verbAt.test(this.clauses.verbAfter(nameEnd, n))) {
			// "Critics warned": a capital that only opens the sentence names no body
			LocalPerson named = this.sources.namedAt(t);
			return named == null || !Character.isUpperCase(named.name().charAt(0)) ? null : new Subject(named, nameEnd);
		}
		if (article && AbbreviatedBodies.at(this.doc, t + 1) && verbAt.test(this.clauses.verbAfter(t + 2, n))) {
			return new Subject(AbbreviatedBodies.named(this.doc, t + 1), t + 2); // "the
																					// UAW
																					// issued"
		}
		boolean body = false;
		for (int u = article ? t + 1 : t; u < n && u < t + MAX_SUBJECT_WORDS && !this.doc.boundaryBefore(u); u++) {
			Token token = this.doc.get(u);
			String lower = token.lower();
			boolean possessive = (token.is("'s") || token.is("’s")) && u > t;
			if (!token.word() || !possessive && !token.capitalized() && NameLexicon.FUNCTION_WORDS.contains(lower)
					&& !lower.equals("of")) {
				return null;
			}
			body |= isBody(lower);
			boolean ends = token.capitalized() || isBody(lower);
			// "the Norland government Saturday condemned": the day a wire story puts
			// before the verb is no part of the body
			int next = u + 1 < n && NameRunBreaks.weekday(this.doc.get(u + 1)) ? u + 2 : u + 1;
			if (body && ends && (article || u > t) && verbAt.test(this.clauses.verbAfter(next, n))) {
				return new Subject(SourceSpeakers.described(this.doc.span(t, u + 1)), next);
			}
		}
		return null;
	}

	/** "government", "ministry", "company": a body that speaks as one, not a person. */
	private static boolean isBody(String lower) {
		return SourceSpeakers.SPEAKING_BODIES.contains(lower) || OrganisationWords.NOUNS.contains(lower);
	}

}
