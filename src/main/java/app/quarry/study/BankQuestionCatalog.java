package app.quarry.study;

import app.quarry.account.LearnerId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.quarry.bank.QuestionFormat;
import app.quarry.bank.BankQuestion;
import app.quarry.bank.KnownPeople;
import app.quarry.bank.PersonalBank;
import app.quarry.bank.QuestionStatus;
import app.quarry.bank.StoredQuestion;
import app.quarry.bank.grading.AnswerMatcher;
import app.quarry.corpus.CorpusService;
import org.springframework.stereotype.Component;

/**
 * The approved questions of the bank as study cards, kept by {@link CatalogSnapshots},
 * the learner's own cards, read fresh, and the bank's {@link KnownPeople} for grading
 * typed names.
 */
@Component
class BankQuestionCatalog implements QuestionCatalog {

	private final CorpusService corpus;

	private final PersonalBank personal;

	private final CatalogSnapshots snapshots;

	private final KnownPeople people;

	BankQuestionCatalog(CorpusService corpus, PersonalBank personal, CatalogSnapshots snapshots, KnownPeople people) {
		this.personal = personal;
		this.corpus = corpus;
		this.snapshots = snapshots;
		this.people = people;
	}

	@Override
	public List<StudyCard> studyCards() {
		return snapshot().cards();
	}

	@Override
	public FactOrder factOrder() {
		return snapshot().order();
	}

	@Override
	public List<StudyCard> ownCards(long learnerId) {
		// read fresh each time: a learner approving a card expects to study it at once
		List<StoredQuestion> own = this.personal.withStatus(LearnerId.of(learnerId), QuestionStatus.APPROVED);
		if (own.isEmpty()) {
			// most learners have no deck of their own: no titles to read
			return List.of();
		}
		Map<String, String> titles = ownDocuments(learnerId).stream()
			.collect(Collectors.toMap(DocumentChoice::id, DocumentChoice::title, (a, b) -> a));
		return own.stream()
			.map(StoredQuestion::question)
			.filter(question -> QuestionFormat.of(question.format()).isPresent())
			.map(question -> card(question, titles::get))
			.toList();
	}

	@Override
	public List<DocumentChoice> ownDocuments(long learnerId) {
		return this.corpus.ownedTitles(learnerId)
			.stream()
			.map(document -> new DocumentChoice(document.id(), document.title()))
			.toList();
	}

	@Override
	public List<DocumentChoice> documents() {
		return snapshot().documents();
	}

	@Override
	public String sentenceLink(String documentId, int start, int end) {
		// the bank's document route: the whole text with this span marked and scrolled
		// into view
		return "documents/" + documentId + "?sentence=" + start + "-" + end;
	}

	@Override
	public AnswerMatcher nameMatcher() {
		return this.people.matcher();
	}

	private CatalogSnapshots.Snapshot snapshot() {
		return this.snapshots.snapshot();
	}

	static StudyCard card(BankQuestion question, Function<String, String> titles) {
		String title = titles.apply(question.source().document());
		return new StudyCard(question.id(), QuestionFormat.ofBankName(question.format()), question.type(),
				question.prompt(), question.answer(), question.value(), question.accepted(), question.options(),
				question.source().document(), (title == null) ? question.source().document() : title,
				question.source().start(), question.source().end(), question.source().sentence());
	}

}
