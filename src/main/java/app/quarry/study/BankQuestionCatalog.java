package app.quarry.study;

import app.quarry.account.LearnerId;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.quarry.bank.QuestionType;
import app.quarry.bank.QuestionFormat;
import app.quarry.bank.BankCache;
import app.quarry.bank.BankQuestion;
import app.quarry.bank.BankRevision;
import app.quarry.bank.BankService;
import app.quarry.bank.PersonalBank;
import app.quarry.bank.QuestionStatus;
import app.quarry.bank.QuestionFilter;
import app.quarry.bank.QuestionsChanged;
import app.quarry.bank.StoredQuestion;
import app.quarry.corpus.CorpusService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The approved questions of the bank as study cards. The bank changes rarely (an import
 * at start-up, a teacher's edit), so the cards are kept and shared by every session: a
 * session then holds references, not copies. They are made again once the bank's revision
 * moved, whichever node changed it; the revision is read at most once per
 * {@code quarry.study.catalog-cache}.
 */
@Component
class BankQuestionCatalog implements QuestionCatalog {

	private static final int PAGE = 1_000;

	private final BankService bank;

	private final CorpusService corpus;

	private final PersonalBank personal;

	private final BankCache<Snapshot> snapshot;

	BankQuestionCatalog(BankService bank, CorpusService corpus, PersonalBank personal, BankRevision revision,
			ObjectProvider<Clock> clock, @Value("${quarry.study.catalog-cache:PT2S}") Duration checkEvery) {
		this.bank = bank;
		this.personal = personal;
		this.corpus = corpus;
		this.snapshot = new BankCache<>(revision, clock.getIfAvailable(Clock::systemUTC), checkEvery, this::load);
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
	public List<String> knownPeople() {
		return snapshot().people();
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

	private Snapshot snapshot() {
		return this.snapshot.get();
	}

	/**
	 * Makes the cards again once a change to the bank committed on this node, without
	 * waiting for the next look at the revision (which is how other nodes' changes
	 * arrive).
	 */
	@ApplicationModuleListener(readOnlyTransaction = true)
	void on(QuestionsChanged change) {
		this.snapshot.forget();
	}

	private Snapshot load() {
		List<BankQuestion> questions = new ArrayList<>();
		for (int page = 0;; page++) {
			// the bank's search finds approved questions only: drafts are not studied
			List<StoredQuestion> found = this.bank.search(QuestionFilter.ANY, page, PAGE);
			found.forEach(stored -> questions.add(stored.question()));
			if (found.size() < PAGE) {
				break;
			}
		}
		List<DocumentChoice> documents = this.corpus.titles()
			.stream()
			.map(document -> new DocumentChoice(document.id(), document.title()))
			.toList();
		Map<String, String> titles = documents.stream()
			.collect(Collectors.toMap(DocumentChoice::id, DocumentChoice::title, (a, b) -> a));
		// a format this version does not know is left out rather than failing every
		// session
		List<StudyCard> cards = questions.stream()
			.filter(question -> QuestionFormat.of(question.format()).isPresent())
			.map(question -> card(question, titles::get))
			.toList();
		TreeSet<String> people = questions.stream()
			.filter(question -> QuestionType.PERSON.names(question.type()) || QuestionType.QUOTE.names(question.type()))
			.map(BankQuestion::value)
			.collect(Collectors.toCollection(TreeSet::new));
		return new Snapshot(cards, FactOrder.of(cards), List.copyOf(people), documents);
	}

	static StudyCard card(BankQuestion question, Function<String, String> titles) {
		String title = titles.apply(question.source().document());
		return new StudyCard(question.id(), QuestionFormat.ofBankName(question.format()), question.type(),
				question.prompt(), question.answer(), question.value(), question.accepted(), question.options(),
				question.source().document(), (title == null) ? question.source().document() : title,
				question.source().start(), question.source().end(), question.source().sentence());
	}

	private record Snapshot(List<StudyCard> cards, FactOrder order, List<String> people,
			List<DocumentChoice> documents) {
	}

}
