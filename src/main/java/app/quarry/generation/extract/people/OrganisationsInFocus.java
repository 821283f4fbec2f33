package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * The organisation a story's "it" and "the report" speak for. "The agency said prices
 * rose. “…,” it added.": "it" as the subject of a speech verb stands for the organisation
 * that spoke last in the few sentences before, in the same paragraph, unless someone the
 * words do not tell spoke after it. "Acme says in a report … The report said: “…”": a
 * document the story introduced earlier ("says in a report", "in its annual report,
 * Acme", "a report by Acme", "Acme's report") speaks with its author's words, when the
 * story gives it one author only.
 */
final class OrganisationsInFocus {

	private static final int SENTENCES_BACK = 3;

	private static final int MAX_MODIFIERS = 4;

	private static final Set<String> INTRODUCING = NameLexicon.words("a", "an", "its", "their", "the", "this");

	private final DocumentPeople people;

	private final DocumentTokens doc;

	private final SourceSpeakers sources;

	private final AttributionClauses clauses;

	private final IssuingSubjects issuers;

	OrganisationsInFocus(DocumentPeople people, SourceSpeakers sources, AttributionClauses clauses) {
		this.people = people;
		this.doc = people.doc;
		this.sources = sources;
		this.clauses = clauses;
		this.issuers = new IssuingSubjects(people, sources, clauses);
	}

	/**
	 * Whom "it" at {@code it}, the subject of a speech verb, stands for: the organisation
	 * that spoke last before it, in its sentence or the few sentences before within its
	 * paragraph, past people who spoke (none of them is "it"); null when no organisation
	 * did, or when the last speaker is one the words do not tell.
	 */
	LocalPerson forIt(int it) {
		if (it < 0 || !this.doc.get(it).lower().equals("it")) {
			return null;
		}
		int oldest = this.doc.sentence[it] - SENTENCES_BACK;
		for (int t = it - 1; t >= 0 && this.doc.sentence[t] >= oldest; t--) {
			if (this.doc.get(t).lower().equals("according") && t + 2 < it && this.doc.get(t + 1).lower().equals("to")
					&& !quoted(t)) {
				// "…, according to the IEA. “…,” it said."
				LocalPerson source = this.sources.namedAt(t + 2);
				source = source != null ? source : acronymAt(t + 2);
				if (source != null && organisation(source)) {
					return source;
				}
				Mention named = this.people.index.mentionStartingAt(t + 2);
				if (named == null || named.person == null || named.person.described) {
					return null;
				}
			}
			if (this.clauses.speechVerbAt(t) && !SpeechVerbs.isParticiple(this.doc.get(t).lower())
					&& !(t > 0 && this.doc.get(t - 1).lower().equals("it")) && !quoted(t)) {
				LocalPerson speaker = organisationSpeaking(t);
				if (speaker != null) {
					return speaker;
				}
				if (!personSpeaking(t)) {
					return null; // "… , the cartel said. “…,” it added.": "it" may be
									// theirs
				}
			}
			if (this.doc.afterLineBreak[t]) {
				break; // "it" speaks for one of its own paragraph
			}
		}
		return null;
	}

	/** The token is among quoted words, which tell nobody's speaking. */
	boolean quoted(int t) {
		int at = this.doc.get(t).start();
		for (QuotedSpan span : this.people.quoted) {
			if (span.contains(at)) {
				return true;
			}
		}
		return false;
	}

	/** A named person is the subject of the speech verb at {@code verb}. */
	private boolean personSpeaking(int verb) {
		Mention before = this.people.index.subjectBefore(verb);
		Mention after = verb + 1 < this.doc.size() ? this.people.index.mentionStartingAt(verb + 1) : null;
		Mention subject = before != null ? before : after;
		return subject != null && subject.person != null && !subject.person.described && !subject.inQuote;
	}

	/** The organisation subject of the speech verb at {@code verb}, or null. */
	LocalPerson organisationSpeaking(int verb) {
		LocalPerson after = verb + 1 < this.doc.size() ? this.sources.bodyAt(verb + 1, false) : null;
		LocalPerson speaker = after != null ? after : this.issuers.subjectOf(verb);
		if (speaker == null) {
			speaker = acronymBefore(verb);
		}
		if (speaker == null) {
			speaker = bodyOpening(verb);
		}
		return speaker != null && organisation(speaker) ? speaker : null;
	}

	/**
	 * "the Agency said", "Cycling's governing body the UCI said": an abbreviation in
	 * capitals with its article right before the verb names a body.
	 */
	private LocalPerson acronymBefore(int verb) {
		int name = verb - 1;
		if (name < 1 || !this.doc.get(name - 1).lower().equals("the") || !acronym(this.doc.get(name).text())) {
			return null;
		}
		return named(this.doc.get(name).text());
	}

	/**
	 * "The Danish army denied the claims": an article, a few words and a body's noun
	 * opening the sentence right before the verb.
	 */
	private LocalPerson bodyOpening(int verb) {
		int noun = verb - 1;
		while (noun > 0 && this.doc.get(noun).word()
				&& AttributionClauses.BETWEEN_SUBJECT_AND_VERB.contains(this.doc.get(noun).lower())) {
			noun--;
		}
		if (noun < 1 || !this.doc.get(noun).word() || this.doc.get(noun).capitalized()
				|| !SourceSpeakers.isBody(this.doc.get(noun).lower())) {
			return null;
		}
		for (int d = noun - 1; d >= 0 && d >= noun - MAX_MODIFIERS; d--) {
			Token token = this.doc.get(d);
			if (!token.word() || NameFinder.isPossessiveMark(token)) {
				return null;
			}
			if (SourceSpeakers.ARTICLES.contains(token.lower())) {
				// "the US government" is told as "US government", as its name is; "the
				// army" keeps its article
				int from = noun - d >= 2 && this.doc.get(d + 1).capitalized() ? d + 1 : d;
				return this.doc.boundaryBefore(d) ? SourceSpeakers.described(this.doc.span(from, noun + 1)) : null;
			}
			if (this.doc.boundaryBefore(d)) {
				return null;
			}
		}
		return null;
	}

	private static boolean acronym(String text) {
		return text.length() >= 2 && text.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
				&& Character.isUpperCase(text.charAt(0));
	}

	/** A body, not a person nor a role: "the ministry", not "a spokesman". */
	private static boolean organisation(LocalPerson speaker) {
		return speaker.described && !role(speaker);
	}

	/** "a spokesman", "the charity's director": someone known by a role alone. */
	private static boolean role(LocalPerson speaker) {
		String[] words = speaker.name().split(" ");
		String last = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
		return speaker.described && NameLexicon.isRoleNoun(last) && !SourceSpeakers.isBody(last);
	}

	private static LocalPerson named(String name) {
		LocalPerson organisation = new LocalPerson(NameKey.of(name), name);
		organisation.addSpelling(name);
		organisation.described = true; // no "he" or "she" stands for it
		return organisation;
	}

	/**
	 * The author of "the report" (of {@code kind}) at {@code the}: the one organisation
	 * the text told earlier put such a document out; null when it told of none or of more
	 * than one.
	 */
	LocalPerson authorOf(String kind, int the) {
		LocalPerson found = null;
		for (int t = the - 1; t > 0; t--) {
			if (!this.doc.get(t).lower().equals(kind) || this.doc.get(t).capitalized()) {
				continue;
			}
			int determiner = determinerBefore(t);
			if (determiner < 0) {
				continue;
			}
			LocalPerson author = introducedBy(determiner, t);
			if (author == null || role(author)) {
				continue;
			}
			if (found != null && !NameKey.of(found.name()).equals(NameKey.of(author.name()))) {
				return null; // reports of two authors: "the report" is either
			}
			found = author;
		}
		return found;
	}

	private int determinerBefore(int noun) {
		for (int d = noun - 1; d >= 0 && d >= noun - 1 - MAX_MODIFIERS; d--) {
			Token token = this.doc.get(d);
			if (!token.word() || this.doc.boundaryBefore(d + 1) && d + 1 < noun) {
				return -1;
			}
			if (INTRODUCING.contains(token.lower()) || NameFinder.isPossessiveMark(token)) {
				return d;
			}
			if (token.capitalized() && !this.doc.startsSentence[d]) {
				return -1; // "a Senate report": told apart by DocumentVoices
			}
		}
		return -1;
	}

	/**
	 * Who put out the document from {@code determiner} to {@code noun}: "Acme says in a
	 * report", "In its annual report, Acme cut …", "a report by Acme".
	 */
	private LocalPerson introducedBy(int determiner, int noun) {
		int n = this.doc.size();
		String link = noun + 2 < n ? this.doc.get(noun + 1).lower() : "";
		if ((link.equals("by") || link.equals("from")) && !this.doc.boundaryBefore(noun + 1)) {
			LocalPerson named = this.sources.namedAt(noun + 2);
			return named != null ? named : acronymAt(noun + 2);
		}
		if (NameFinder.isPossessiveMark(this.doc.get(determiner))) {
			return owner(determiner); // "Hungerwatch's latest report"
		}
		String article = this.doc.get(determiner).lower();
		if (determiner >= 2 && this.doc.get(determiner - 1).lower().equals("in")
				&& (article.equals("a") || article.equals("an") || article.equals("its"))
				&& this.clauses.speechVerbAt(determiner - 2)) {
			return this.issuers.subjectOf(determiner - 2); // "Acme said in a report"
		}
		if (article.equals("its") && determiner >= 1 && this.doc.get(determiner - 1).lower().equals("in")
				&& this.doc.boundaryBefore(determiner - 1)) {
			// "In its annual report, the agency cut …": the subject after the comma
			int comma = noun + 1;
			if (comma + 1 < n && this.doc.get(comma).is(",") && !this.doc.boundaryBefore(comma + 1)) {
				LocalPerson named = this.sources.namedAt(comma + 1);
				return named != null ? named : acronymAt(comma + 1);
			}
		}
		return null;
	}

	/**
	 * The name that owns "…'s" at {@code mark}: "Acme Holdings's", "the IEA's"; null when
	 * the owner is no name ("the charity's").
	 */
	private LocalPerson owner(int mark) {
		int start = mark;
		while (start > 0 && this.doc.get(start - 1).word() && this.doc.get(start - 1).capitalized()
				&& !this.doc.boundaryBefore(start) && mark - start <= MAX_MODIFIERS) {
			start--;
		}
		if (start == mark) {
			return null;
		}
		if (start > 0 && this.doc.get(start - 1).lower().equals("the") && !this.doc.boundaryBefore(start)) {
			start--;
		}
		LocalPerson named = this.sources.namedAt(start);
		return named != null ? named : acronymAt(start);
	}

	/** "the OECD": an abbreviation in capitals, with or without its article. */
	private LocalPerson acronymAt(int t) {
		int name = t < this.doc.size() && this.doc.get(t).lower().equals("the") ? t + 1 : t;
		if (name >= this.doc.size() || !acronym(this.doc.get(name).text())) {
			return null;
		}
		boolean ends = name + 1 >= this.doc.size() || !this.doc.get(name + 1).word()
				|| !this.doc.get(name + 1).capitalized();
		return ends ? named(this.doc.get(name).text()) : null;
	}

}
