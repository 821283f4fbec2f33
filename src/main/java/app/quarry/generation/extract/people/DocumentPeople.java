package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.quarry.generation.extract.DocumentAnalysis;
import app.quarry.corpus.Sentence;

/**
 * Everything one document says about people: its name, pronoun and description mentions,
 * each resolved to a person of the document, and its quoted spans with their speakers.
 * Mentions are resolved in reading order, sentence by sentence, so that "she", "the
 * professor" and a bare "Kim" go to the person in focus at that point.
 */
final class DocumentPeople {

	final DocumentTokens doc;

	final List<QuotedSpan> quoted;

	/** The paragraphs read as quotations though no marks enclose them. */
	private final List<QuotedSpan> unmarked = new ArrayList<>();

	final List<Mention> mentions = new ArrayList<>();

	final Map<String, LocalPerson> people = new LinkedHashMap<>();

	/** Every quoted span in document order, with what it turned out to be. */
	final Map<QuotedSpan, Attribution> attributions = new LinkedHashMap<>();

	/** Where the attribution rules look mentions up; built once mentions are found. */
	MentionIndex index;

	private final Salience salience = new Salience();

	private final NamesToPeople names;

	private final ContinuingSpeakers continuing;

	private DocumentPeople(String text, List<Sentence> sentences) {
		this.doc = new DocumentTokens(text, sentences);
		this.quoted = UnmarkedBlockQuotes.addTo(QuoteMarks.find(text), text, this.unmarked);
		this.owners = new RoleOwners(this.doc, this.mentions, this.pronounAt);
		this.names = new NamesToPeople(this.doc, this.people, this.salience);
		this.continuing = new ContinuingSpeakers(this);
	}

	/** The people of a document, read once for the finders that build on them. */
	private static final DocumentAnalysis.Kind<DocumentPeople> PEOPLE = new DocumentAnalysis.Kind<>("people");

	/**
	 * The document's people, read the first time a finder asks for them and handed to the
	 * next ones (quotes, people, organisations, the directory) with its analysis.
	 */
	static DocumentPeople of(DocumentAnalysis analysis) {
		return analysis.get(PEOPLE, a -> analyze(a.document().cleanText(), a.document().sentences()));
	}

	static DocumentPeople analyze(String text, List<Sentence> sentences) {
		DocumentPeople analysis = new DocumentPeople(text, sentences);
		analysis.findMentions();
		analysis.resolve();
		return analysis;
	}

	private void findMentions() {
		TitleCaseLines titleCaseLines = new TitleCaseLines(this.doc);
		List<Mention> names = LowerCaseSignOffs.withLowerCaseSignOffs(this.doc,
				titleCaseLines.confirmedByBody(NameFinder.find(this.doc)));
		Mention previousFullName = null;
		for (Mention name : names) {
			if (!titleCaseLines.onTitleCaseLine(name.firstToken)) {
				RoleFinder.findRole(this.doc, name, previousFullName);
			}
			previousFullName = name.multiWordName() ? name : previousFullName;
			markByline(name);
			if (name.multiWordName()) {
				this.names.person(name.surface).addSpelling(name.surface);
			}
		}
		for (Mention name : names) {
			if (SingleNames.isPerson(this.doc, name) && !name.multiWordName() && !name.surnameOnlyIfKnown
					&& this.names.matchingPeople(name.surface).isEmpty()) {
				this.names.person(name.surface);
			}
		}
		for (Mention name : names) {
			if (name.surnameOnlyIfKnown) {
				if (!this.names.matchingPeople(name.surface).isEmpty()) {
					this.mentions.add(name);
				}
			}
			else if (!name.multiWordName()
					&& (this.names.matchingPeople(name.surface).size() > 0 || SingleNames.isPerson(this.doc, name))) {
				this.mentions.add(name);
			}
			else if (name.multiWordName()) {
				this.mentions.add(name);
			}
		}
		this.mentions.addAll(ReferenceFinder.find(this.doc));
		this.mentions.sort(Comparator.comparingInt((Mention m) -> m.start));
		MentionsInsideOthers.mark(this.mentions, this.quoted);
		this.mentions.removeIf(m -> m.kind != Mention.Kind.NAME && (m.embedded || m.inQuote));
		ClauseSubjects.mark(this.doc, this.mentions);
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

	private final Map<Integer, Mention> pronounAt = new HashMap<>();

	private final RoleOwners owners;

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
			while (q < byClose.size() && sentenceOfAttribution(byClose.get(q)) <= s) {
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

	/**
	 * '“Why now?” Roe asked.': a question or an exclamation ends its sentence at the
	 * closing mark, and the attribution right after it is read with the next sentence,
	 * whose names must be known before the quote is attributed.
	 */
	private int sentenceOfAttribution(QuotedSpan span) {
		int sentence = sentenceOfClose(span);
		int after = this.doc.tokenAt(span.end());
		if (!span.closed() || after >= this.doc.size() || !this.doc.startsSentence[after]
				|| this.doc.afterLineBreak[after] || span.innerEnd() <= span.innerStart()) {
			return sentence;
		}
		char last = this.doc.text.charAt(span.innerEnd() - 1);
		return last == '?' || last == '!' ? this.doc.sentence[after] : sentence;
	}

	private Map<Integer, QuotedSpan> byClosingToken;

	/** The quoted span whose closing mark is the token, if any. */
	QuotedSpan quoteClosingAt(int token) {
		if (this.byClosingToken == null) {
			this.byClosingToken = new HashMap<>();
			for (QuotedSpan span : this.quoted) {
				if (span.closed() && !this.unmarked.contains(span)) {
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
		Attribution attribution = this.unmarked.contains(span) ? new QuoteAttributor(this).attributeBlock(span)
				: new QuoteAttributor(this).attribute(span);
		this.attributions.put(span, attribution);
		if (attribution.speaker() != null) {
			this.salience.add(attribution.speaker(), sentence, span.end(), true, false);
		}
	}

	private NamedLaterInClause namedLater;

	private NamedLaterInClause laterInClause() {
		if (this.namedLater == null) {
			this.namedLater = new NamedLaterInClause(this.doc, this.mentions);
		}
		return this.namedLater;
	}

	private NamedInReportedWords namedInReported;

	private NamedInReportedWords reportedWords() {
		if (this.namedInReported == null) {
			this.namedInReported = new NamedInReportedWords(this.doc, this.mentions);
		}
		return this.namedInReported;
	}

	private void resolve(Mention mention) {
		mention.person = switch (mention.kind) {
			case NAME -> this.names.resolve(mention);
			case PRONOUN -> this.salience.pronoun(mention,
					person -> laterInClause().rulesOut(mention, person) || reportedWords().rulesOut(mention, person)
							|| PlaceLikeNames.onlyNamedAsPlace(this.doc, this.mentions, person, mention.firstToken)
							|| PlaceWordNames.noOneForAPronoun(mention, person));
			case DESCRIPTION -> {
				LocalPerson holder = this.salience.description(mention, this.people.values());
				yield holder != null ? holder : TitleHoldersInFocus.referent(this.doc, this.mentions, mention);
			}
		};
		if (mention.kind == Mention.Kind.PRONOUN && mention.person != null) {
			mention.unclearReferent = PronounRivals.rivalled(this.doc, this.mentions, this.mentions.indexOf(mention));
		}
		if (mention.kind == Mention.Kind.PRONOUN && (mention.person == null || mention.unclearReferent)) {
			// "Roe said the deal with Lee was off. He said: …": the speaker goes on
			LocalPerson goingOn = this.continuing.of(mention);
			if (goingOn != null) {
				mention.person = goingOn;
				mention.unclearReferent = false;
			}
		}
		LocalPerson unnamed = mention.kind == Mention.Kind.PRONOUN
				? UnnamedSpeakerBeforePronoun.speaker(this.doc, mention) : null;
		if (unnamed != null) {
			mention.person = unnamed; // "A spokesman said …. “…,” he said.": that
										// spokesman
			mention.unclearReferent = false;
		}
		if (mention.kind == Mention.Kind.PRONOUN && mention.person != null
				&& UnreadNamesBeforePronouns.standsFor(this.doc, this.mentions, mention)) {
			// "Brandt was pleased. “…,” he said.": Brandt, whom the names never saw
			mention.unclearReferent = true;
		}
		if (mention.person != null && !mention.byline && !mention.inQuote && !mention.unclearSurname) {
			this.salience.add(mention.person, mention.sentence, mention.start, mention.subject, mention.embedded);
		}
		if (mention.person != null && mention.kind == Mention.Kind.NAME) {
			mention.person.namedAfterArticle |= PeopleOfUntoldGender.afterArticle(this.doc, mention);
			mention.person.setOffAsPerson |= SubjectsSetOffBeforeSpeaking.speaksAfterApposition(this.doc,
					mention.endToken);
			if (mention.role == null) {
				mention.role = SuccessorsOfOnesWhoLeft.role(this.doc, this.mentions, mention);
			}
			mention.role = this.owners.withOwner(mention);
			mention.person.addRole(mention.role);
			mention.person.addRole(mention.appositionRole);
			if (mention.person.gender == Gender.UNKNOWN) {
				mention.person.gender = GenderClues.of(mention);
			}
		}
	}

}
