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
 * The people the shared bank knows (the names its approved person and quote questions
 * answer with), as the matcher that grades typed names leniently: one for study and
 * quizzes alike, made once and kept in the bank's revision-checked cache, and made again
 * once the bank changed on any node.
 */
@Component
public class KnownPeople {

	static final String CACHE = "known-people";

	/**
	 * The formats of a person question whose answer is the person. The flashcard "Who is
	 * Kim Yong-chol?" and the cloze "Fill in the role: _____ Kim Yong-chol ..." answer
	 * with the role ("top North Korean official"): taken for a name, its last word alone
	 * would be graded as the whole of it, and a role that mentions someone ("sister of
	 * Kim Jong Un") would make part of their name point at two people.
	 */
	private static final List<String> PERSON_NAMING_FORMATS = List.of(QuestionFormat.MULTIPLE_CHOICE.bankName(),
			QuestionFormat.TYPED.bankName());

	/**
	 * The formats of a quote question whose value is the speaker ("Who said ...?"); a
	 * true or false one is valued True or False.
	 */
	private static final List<String> QUOTE_NAMING_FORMATS = List.of(QuestionFormat.MULTIPLE_CHOICE.bankName(),
			QuestionFormat.TYPED.bankName(), QuestionFormat.FLASHCARD.bankName());

	private final QuestionRepository questions;

	KnownPeople(QuestionRepository questions) {
		this.questions = questions;
	}

	/** The matcher for typed answers, knowing every person the bank names. */
	@Cacheable(cacheNames = CACHE, sync = true)
	public AnswerMatcher matcher() {
		// sorted here, not by the database, so that every node's matcher tries the names
		// in one order whatever the database's collation
		TreeSet<String> people = new TreeSet<>();
		people.addAll(this.questions.distinctValues(QuestionType.PERSON.bankName(), PERSON_NAMING_FORMATS,
				QuestionStatus.APPROVED));
		people.addAll(this.questions.distinctValues(QuestionType.QUOTE.bankName(), QUOTE_NAMING_FORMATS,
				QuestionStatus.APPROVED));
		// a speaker described, not named, is written in lower case ("a senior official")
		people.removeIf(person -> person.isEmpty() || !Character.isUpperCase(person.codePointAt(0)));
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
