package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.quarry.corpus.DocumentText;
import app.quarry.corpus.Sentence;

/**
 * Everything one document says about people: its name, pronoun and description mentions,
 * each resolved to a person of the document, and its quoted spans with their speakers.
 * Mentions are resolved in reading order, sentence by sentence, so that "she", "the
 * professor" and a bare "Kim" go to the person in focus at that point.
 */
final class DocumentPeople {

	private static final Set<String> CLAUSE_OPENERS = NameLexicon.words("but", "that", "when", "while", "as", "if",
			"because", "although", "though", "since", "which", "who", "so", "then", "yet", "also", "however",
			"meanwhile", "where", "whether", "once", "until", "unless", "or", "nor", "instead", "thus", "still");

	private static final Set<String> POSSESSIVE_DETERMINERS = NameLexicon.words("his", "her", "their", "its", "our",
			"my", "your");

	private static final Set<String> ARTICLES = NameLexicon.words("the", "a", "an");

	private static final Set<String> OWNERS = NameLexicon.words("his", "her");

	final DocumentTokens doc;

	final List<QuotedSpan> quoted;

	final List<Mention> mentions = new ArrayList<>();

	final Map<String, LocalPerson> people = new LinkedHashMap<>();

	/** Every quoted span in document order, with what it turned out to be. */
	final Map<QuotedSpan, Attribution> attributions = new LinkedHashMap<>();

	/** Where the attribution rules look mentions up; built once mentions are found. */
	MentionIndex index;

	private final Salience salience = new Salience();

	private DocumentPeople(String text, List<Sentence> sentences) {
		this.doc = new DocumentTokens(text, sentences);
		this.quoted = QuoteMarks.find(text);
	}

	private static final ThreadLocal<DocumentPeople> LAST = new ThreadLocal<>();

	private DocumentText source;

	/**
	 * The analysis of a document; the last one is kept per thread so that the quote and
	 * the person finders, run one after the other on the same document, read it once.
	 */
	static DocumentPeople of(DocumentText document) {
		DocumentPeople last = LAST.get();
		if (last != null && last.source == document) {
			return last;
		}
		DocumentPeople analysis = analyze(document.cleanText(), document.sentences());
		analysis.source = document;
		LAST.set(analysis);
		return analysis;
	}

	static DocumentPeople analyze(String text, List<Sentence> sentences) {
		DocumentPeople analysis = new DocumentPeople(text, sentences);
		analysis.findMentions();
		analysis.resolve();
		return analysis;
	}

	private void findMentions() {
		List<Mention> names = NameFinder.find(this.doc);
		for (Mention name : names) {
			RoleFinder.findRole(this.doc, name);
			markByline(name);
			if (name.multiWordName()) {
				person(name.surface).addSpelling(name.surface);
			}
		}
		for (Mention name : names) {
			if (SingleNames.isPerson(this.doc, name) && !name.multiWordName() && !name.surnameOnlyIfKnown
					&& matchingPeople(name.surface).isEmpty()) {
				person(name.surface);
			}
		}
		for (Mention name : names) {
			if (name.surnameOnlyIfKnown) {
				if (!matchingPeople(name.surface).isEmpty()) {
					this.mentions.add(name);
				}
			}
			else if (!name.multiWordName()
					&& (matchingPeople(name.surface).size() > 0 || SingleNames.isPerson(this.doc, name))) {
				this.mentions.add(name);
			}
			else if (name.multiWordName()) {
				this.mentions.add(name);
			}
		}
		this.mentions.addAll(ReferenceFinder.find(this.doc));
		this.mentions.sort(Comparator.comparingInt((Mention m) -> m.start));
		markEmbeddedAndQuoted();
		this.mentions.removeIf(m -> m.kind != Mention.Kind.NAME && (m.embedded || m.inQuote));
		markSubjects();
		for (Mention mention : this.mentions) {
			if (mention.kind != Mention.Kind.DESCRIPTION && mention.subject && !mention.possessive) {
				// "He was the son of Hairan": a biography goes on about its subject;
				// "After the war, Caesar was appointed dictator"
				RoleFinder.findCopularRoleOfSubject(this.doc, mention);
			}
		}
		this.index = new MentionIndex(this.doc, this.mentions);
	}

	private void markByline(Mention name) {
		int before = name.phraseStartToken - 1;
		name.byline = before >= 0 && this.doc.get(before).text().equals("By") && this.doc.boundaryBefore(before);
	}

	private void markEmbeddedAndQuoted() {
		int q = 0;
		Mention holder = null;
		int holderEnd = -1;
		for (Mention mention : this.mentions) {
			while (q < this.quoted.size() && this.quoted.get(q).innerEnd() <= mention.start) {
				q++;
			}
			mention.inQuote = q < this.quoted.size() && this.quoted.get(q).contains(mention.start);
			if (holder != null && mention.firstToken >= holder.endToken && mention.firstToken < holderEnd) {
				mention.embedded = true;
			}
			else if (mention.kind == Mention.Kind.NAME && mention.appositionEndToken > mention.endToken) {
				holder = mention;
				holderEnd = mention.appositionEndToken;
			}
			if (mention.kind == Mention.Kind.DESCRIPTION && overlapsRolePrefix(mention)) {
				mention.embedded = true;
			}
		}
	}

	private boolean overlapsRolePrefix(Mention description) {
		for (Mention other : this.mentions) {
			if (other.kind == Mention.Kind.NAME && other.phraseStartToken <= description.firstToken
					&& description.firstToken < other.firstToken) {
				return true;
			}
		}
		return false;
	}

	private void markSubjects() {
		Map<Integer, Mention> byEndToken = new HashMap<>();
		for (Mention mention : this.mentions) {
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

	private boolean subjectPosition(Mention mention, int before, Map<Integer, Mention> byEndToken) {
		if (before < 0 || this.doc.boundaryBefore(mention.phraseStartToken)) {
			return true;
		}
		Token token = this.doc.get(before);
		if (!token.word()) {
			return ",;:(—–”\"".contains(token.text());
		}
		String lower = token.lower();
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

	private final Map<Integer, Mention> pronounAt = new HashMap<>();

	private void resolve() {
		for (Mention mention : this.mentions) {
			if (mention.kind == Mention.Kind.PRONOUN) {
				this.pronounAt.put(mention.firstToken, mention);
			}
		}
		List<QuotedSpan> byClose = new ArrayList<>(this.quoted);
		int q = 0;
		int m = 0;
		int sentenceCount = Math.max(1, this.doc.sentences.size());
		for (int s = 0; s < sentenceCount; s++) {
			while (m < this.mentions.size() && sentenceOf(this.mentions.get(m)) <= s) {
				resolve(this.mentions.get(m++));
			}
			while (q < byClose.size() && sentenceOfClose(byClose.get(q)) <= s) {
				attribute(byClose.get(q++), s);
			}
		}
		while (m < this.mentions.size()) {
			resolve(this.mentions.get(m++));
		}
		while (q < byClose.size()) {
			attribute(byClose.get(q++), sentenceCount - 1);
		}
		new QuoteContinuation(this).inheritSpeakers();
	}

	private int sentenceOf(Mention mention) {
		mention.sentence = this.doc.sentence[mention.firstToken];
		return mention.sentence;
	}

	private Map<Integer, QuotedSpan> byClosingToken;

	/** The quoted span whose closing mark is the token, if any. */
	QuotedSpan quoteClosingAt(int token) {
		if (this.byClosingToken == null) {
			this.byClosingToken = new HashMap<>();
			for (QuotedSpan span : this.quoted) {
				if (span.closed()) {
					this.byClosingToken.put(this.doc.tokenAt(span.end() - 1), span);
				}
			}
		}
		return this.byClosingToken.get(token);
	}

	int sentenceOfClose(QuotedSpan span) {
		int token = Math.max(0, this.doc.tokenAt(span.end()) - 1);
		return this.doc.size() == 0 ? 0 : this.doc.sentence[token];
	}

	private void attribute(QuotedSpan span, int sentence) {
		Attribution attribution = new QuoteAttributor(this).attribute(span);
		this.attributions.put(span, attribution);
		if (attribution.speaker() != null) {
			this.salience.add(attribution.speaker(), sentence, span.end(), true, false);
		}
	}

	private void resolve(Mention mention) {
		mention.person = switch (mention.kind) {
			case NAME -> resolveName(mention);
			case PRONOUN -> this.salience.pronoun(mention);
			case DESCRIPTION -> this.salience.description(mention, this.people.values());
		};
		if (mention.person != null && !mention.byline && !mention.inQuote) {
			this.salience.add(mention.person, mention.sentence, mention.start, mention.subject, mention.embedded);
		}
		if (mention.person != null && mention.kind == Mention.Kind.NAME) {
			mention.role = withOwner(mention);
			mention.person.addRole(mention.role);
			mention.person.addRole(mention.appositionRole);
			if (mention.person.gender == Gender.UNKNOWN) {
				mention.person.gender = GenderClues.of(mention);
			}
		}
	}

	/**
	 * "Her husband Pierre Roe" is not "husband" but "Marie Roe's husband": the person the
	 * determiner stands for owns the role.
	 */
	private String withOwner(Mention name) {
		int before = name.ownerToken >= 0 ? name.ownerToken : name.phraseStartToken - 1;
		if (name.role == null || name.ownerToken < 0 && (name.phraseStartToken == name.firstToken || before < 0
				|| this.doc.boundaryBefore(name.phraseStartToken))) {
			return name.role;
		}
		Mention determiner = this.pronounAt.containsKey(before) ? this.pronounAt.get(before) : subjectOwning(name);
		if (determiner == null
				|| determiner.kind == Mention.Kind.PRONOUN
						&& !OWNERS.contains(determiner.surface.toLowerCase(java.util.Locale.ROOT))
				|| determiner.person == null || determiner.person == name.person || !determiner.person.fullName()) {
			// "his predecessor" of no one the text names is no role to ask
			return name.ownerToken >= 0 ? null : name.role;
		}
		// an owner whose gender the text showed: a place or a firm is no "her"
		String owner = determiner.person.name();
		return owner + (owner.endsWith("s") ? "' " : "'s ") + name.role;
	}

	/**
	 * "Jane Roe leaves behind a son, Mark Roe": the name that opens the sentence, its
	 * verb the only words between it and the relative.
	 */
	private Mention subjectOwning(Mention relative) {
		if (relative.ownerToken < 0) {
			return null;
		}
		for (Mention subject : this.mentions) {
			if (subject.kind != Mention.Kind.NAME || subject.phraseStartToken != relative.ownerToken
					|| subject.person == null) {
				continue;
			}
			for (int t = subject.endToken; t < relative.phraseStartToken - 3; t++) {
				Token token = this.doc.get(t);
				if (!token.word() || token.capitalized()) {
					return null;
				}
			}
			return relative.phraseStartToken - 3 - subject.endToken <= 3 ? subject : null;
		}
		return null;
	}

	private LocalPerson resolveName(Mention name) {
		if (name.multiWordName()) {
			return person(name.surface);
		}
		List<LocalPerson> candidates = matchingPeople(name.surface);
		List<LocalPerson> full = candidates.stream().filter(LocalPerson::fullName).toList();
		if (!full.isEmpty()) {
			candidates = full;
		}
		if (candidates.isEmpty()) {
			LocalPerson single = person(name.surface);
			single.addSpelling(name.surface);
			return single;
		}
		if (candidates.size() == 1) {
			LocalPerson only = candidates.get(0);
			if (!only.fullName()) {
				only.addSpelling(name.surface);
			}
			return only;
		}
		return this.salience.inFocus(candidates, name.sentence);
	}

	List<LocalPerson> matchingPeople(String singleName) {
		String key = NameKey.of(singleName);
		List<LocalPerson> matches = new ArrayList<>();
		for (LocalPerson person : this.people.values()) {
			if (person.hasPart(key)) {
				matches.add(person);
			}
		}
		return matches;
	}

	private LocalPerson person(String spelling) {
		return this.people.computeIfAbsent(NameKey.of(spelling), key -> new LocalPerson(key, spelling));
	}

}
