package app.quarry.classroom;

import app.quarry.bank.QuestionId;
import app.quarry.bank.BankQuestion;
import app.quarry.bank.BankService;
import app.quarry.bank.QuestionFilter;
import app.quarry.bank.QuestionStatus;
import app.quarry.bank.StoredQuestion;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The classroom's view of the bank: approved questions only. */
@Component
class BankQuizCatalog implements QuestionCatalog {

	private final BankService bank;

	BankQuizCatalog(BankService bank) {
		this.bank = bank;
	}

	@Override
	public Optional<QuizQuestion> approved(String questionId) {
		return this.bank.find(QuestionId.of(questionId))
			.filter(q -> q.status() == QuestionStatus.APPROVED)
			.map(BankQuizCatalog::quiz);
	}

	@Override
	public Map<String, QuizQuestion> approved(Collection<String> questionIds) {
		return this.bank.find(questionIds)
			.stream()
			.filter(q -> q.status() == QuestionStatus.APPROVED)
			.map(BankQuizCatalog::quiz)
			.collect(Collectors.toMap(QuizQuestion::id, q -> q));
	}

	@Override
	public List<QuizQuestion> approved(@Nullable String document, @Nullable String type, @Nullable String format) {
		return this.bank.withStatus(QuestionStatus.APPROVED, new QuestionFilter(type, format, document, null))
			.stream()
			.map(BankQuizCatalog::quiz)
			.toList();
	}

	@Override
	public List<QuizQuestion> approved(QuestionFilter filter, int page, int pageSize) {
		// the bank's search finds approved questions of the shared bank only
		return this.bank.search(filter, page, pageSize).stream().map(BankQuizCatalog::quiz).toList();
	}

	@Override
	public long countApproved(QuestionFilter filter) {
		return this.bank.count(filter);
	}

	@Override
	public List<String> approvedDocuments() {
		return this.bank.approvedDocuments();
	}

	@Override
	public Map<String, Integer> currentVersions(Collection<String> questionIds) {
		return this.bank.currentVersions(questionIds);
	}

	static QuizQuestion quiz(StoredQuestion stored) {
		BankQuestion q = stored.question();
		return new QuizQuestion(q.id(), stored.version(), q.type(), q.format(), q.prompt(), q.answer(), q.value(),
				q.accepted(), q.options(), q.source().document(), q.source().start());
	}

}
