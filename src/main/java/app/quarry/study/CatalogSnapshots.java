package app.quarry.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import app.quarry.bank.BankQuestion;
import app.quarry.bank.BankService;
import app.quarry.bank.QuestionFilter;
import app.quarry.bank.QuestionFormat;
import app.quarry.bank.QuestionsChanged;
import app.quarry.bank.StoredQuestion;
import app.quarry.corpus.CorpusService;
import app.quarry.study.QuestionCatalog.DocumentChoice;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The approved questions of the bank as study cards, made once and shared by every
 * session (a session then holds references, not copies), and again once the bank changed
 * on any node: the bank's caches follow its revision.
 */
@Component
class CatalogSnapshots {

	static final String CACHE = "study-catalog";

	private static final int PAGE = 1_000;

	private final BankService bank;

	private final CorpusService corpus;

	CatalogSnapshots(BankService bank, CorpusService corpus) {
		this.bank = bank;
		this.corpus = corpus;
	}

	@Cacheable(cacheNames = CACHE, sync = true)
	public Snapshot snapshot() {
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
			.map(question -> BankQuestionCatalog.card(question, titles::get))
			.toList();
		return new Snapshot(cards, FactOrder.of(cards), documents);
	}

	/**
	 * Makes the cards again once a change to the bank committed on this node, without
	 * waiting for the next look at the revision (which is how other nodes' changes
	 * arrive).
	 */
	@ApplicationModuleListener(readOnlyTransaction = true)
	@CacheEvict(cacheNames = CACHE, allEntries = true)
	public void on(QuestionsChanged change) {
		// the eviction is the whole work
	}

	record Snapshot(List<StudyCard> cards, FactOrder order, List<DocumentChoice> documents) {
	}

}
