package app.quarry.classroom;

import app.quarry.bank.QuestionsChanged;
import app.quarry.bank.grading.AnswerMatcher;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The people the bank knows, as the matcher that grades typed names leniently. They
 * change only when the bank does: made once and kept (in the bank's revision-checked
 * cache), again once the bank changed on any node.
 */
@Component
class QuizNames {

	static final String CACHE = "quiz-matcher";

	private final QuestionCatalog catalog;

	QuizNames(QuestionCatalog catalog) {
		this.catalog = catalog;
	}

	@Cacheable(cacheNames = CACHE, sync = true)
	public AnswerMatcher matcher() {
		return new AnswerMatcher(this.catalog.knownPeople());
	}

	/**
	 * Forgets the known people once a change to the bank committed on this node (other
	 * nodes' changes are seen through the revision).
	 */
	@ApplicationModuleListener(readOnlyTransaction = true)
	@CacheEvict(cacheNames = CACHE, allEntries = true)
	public void on(QuestionsChanged change) {
		// the eviction is the whole work
	}

}
