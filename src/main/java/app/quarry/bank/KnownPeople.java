package app.quarry.bank;

import java.util.List;
import java.util.TreeSet;

import app.quarry.bank.grading.AnswerMatcher;
import app.quarry.bank.internal.QuestionRepository;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The people the shared bank knows (the answers of its approved person and quote
 * questions), as the matcher that grades typed names leniently: one for study and quizzes
 * alike, made once and kept in the bank's revision-checked cache, and made again once the
 * bank changed on any node.
 */
@Component
public class KnownPeople {

	static final String CACHE = "known-people";

	private static final List<String> NAMING_TYPES = List.of(QuestionType.PERSON.bankName(),
			QuestionType.QUOTE.bankName());

	private final QuestionRepository questions;

	KnownPeople(QuestionRepository questions) {
		this.questions = questions;
	}

	/** The matcher for typed answers, knowing every person the bank names. */
	@Cacheable(cacheNames = CACHE, sync = true)
	public AnswerMatcher matcher() {
		// sorted here, not by the database, so that every node's matcher tries the names
		// in one order whatever the database's collation
		TreeSet<String> people = new TreeSet<>(this.questions.distinctValues(NAMING_TYPES, QuestionStatus.APPROVED));
		return new AnswerMatcher(List.copyOf(people));
	}

	/**
	 * Forgets the people once a change to the bank committed on this node (other nodes'
	 * changes are seen through the revision).
	 */
	@ApplicationModuleListener(readOnlyTransaction = true)
	@CacheEvict(cacheNames = CACHE, allEntries = true)
	public void on(QuestionsChanged change) {
		// the eviction is the whole work
	}

}
