package app.quarry.bank;

import app.quarry.account.Account;
import app.quarry.account.AccountService;
import app.quarry.account.Role;
import app.quarry.bank.internal.QuestionRepository;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The question bank as the person looking may see it, decided here rather than in the
 * pages so that no page can show more:
 * <ul>
 * <li>a teacher or admin sees every question, drafts and retired ones too (by their
 * address; the list shows approved ones);</li>
 * <li>a learner sees an approved question only once they have met it (see
 * {@link MetQuestions}), never a draft or a retired one;</li>
 * <li>a visitor who is not logged in sees none;</li>
 * <li>a learner's private question is seen by that learner only (by its address; the
 * lists show the shared bank).</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class QuestionBrowser {

	private final QuestionRepository questions;

	private final AccountService accounts;

	private final ObjectProvider<MetQuestions> met;

	private final Clock clock;

	QuestionBrowser(QuestionRepository questions, AccountService accounts, ObjectProvider<MetQuestions> met,
			Clock clock) {
		this.questions = questions;
		this.accounts = accounts;
		this.met = met;
		this.clock = clock;
	}

	/**
	 * One page of the approved questions the viewer may see that match the filter, by id.
	 */
	public List<StoredQuestion> search(QuestionFilter filter, int page, int pageSize) {
		Optional<Account> viewer = this.accounts.current();
		if (viewer.isEmpty()) {
			return List.of();
		}
		if (isTeacher(viewer.get())) {
			return this.questions
				.search(blank(filter.type()), blank(filter.format()), blank(filter.document()), pattern(filter.text()),
						QuestionStatus.APPROVED, PageRequest.of(page, pageSize))
				.stream()
				.map(BankService::stored)
				.toList();
		}
		Set<String> met = metBy(viewer.get());
		if (met.isEmpty()) {
			return List.of();
		}
		return this.questions
			.searchAmong(blank(filter.type()), blank(filter.format()), blank(filter.document()), pattern(filter.text()),
					QuestionStatus.APPROVED, met, PageRequest.of(page, pageSize))
			.stream()
			.map(BankService::stored)
			.toList();
	}

	public long count(QuestionFilter filter) {
		Optional<Account> viewer = this.accounts.current();
		if (viewer.isEmpty()) {
			return 0;
		}
		if (isTeacher(viewer.get())) {
			return this.questions.count(blank(filter.type()), blank(filter.format()), blank(filter.document()),
					pattern(filter.text()), QuestionStatus.APPROVED);
		}
		Set<String> met = metBy(viewer.get());
		return met.isEmpty() ? 0 : this.questions.countAmong(blank(filter.type()), blank(filter.format()),
				blank(filter.document()), pattern(filter.text()), QuestionStatus.APPROVED, met);
	}

	/** The question, if the viewer may see it. */
	public Optional<StoredQuestion> find(QuestionId id) {
		Optional<Account> viewer = this.accounts.current();
		if (viewer.isEmpty()) {
			return Optional.empty();
		}
		Optional<StoredQuestion> found = this.questions.findById(id.value()).map(BankService::stored);
		if (found.isPresent() && found.get().ownerId() != null) {
			// a private question is its owner's alone, whoever else asks
			return found.filter(stored -> viewer.get().id().equals(stored.ownerId()));
		}
		if (isTeacher(viewer.get())) {
			return found;
		}
		return found.filter(stored -> stored.status() == QuestionStatus.APPROVED)
			.filter(stored -> metBy(viewer.get()).contains(id.value()));
	}

	/** Whether the viewer sees every question (a teacher or admin). */
	public boolean seesEverything() {
		return this.accounts.current().map(QuestionBrowser::isTeacher).orElse(false);
	}

	private Set<String> metBy(Account learner) {
		Set<String> ids = new HashSet<>();
		this.met.orderedStream()
			.forEach(source -> source.metBy(learner.id(), this.clock.instant()).forEach(id -> ids.add(id.value())));
		return ids;
	}

	private static boolean isTeacher(Account account) {
		return account.enabled() && (account.has(Role.TEACHER) || account.has(Role.ADMIN));
	}

	private static String blank(String s) {
		return (s == null || s.isBlank()) ? null : s;
	}

	private static String pattern(String text) {
		return BankService.pattern(text);
	}

}
