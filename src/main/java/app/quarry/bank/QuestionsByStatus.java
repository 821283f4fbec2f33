package app.quarry.bank;

import app.quarry.bank.internal.QuestionRepository;
import app.quarry.base.Listing;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shared bank's questions with one status, a page at a time, as teachers review them:
 * a bank grows by a document's worth of drafts at a time, so the review list is never
 * read whole. The filter's text is ignored, as in
 * {@link BankService#withStatus(QuestionStatus, QuestionFilter)}. Teachers only: drafts
 * are not for learners' eyes.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({ "TEACHER", "ADMIN" })
public class QuestionsByStatus {

	/**
	 * What the list may be sorted by: the question's text, its answer and its version.
	 * Not format and type: their stored names sort apart from the labels a teacher reads.
	 */
	public static final Set<String> SORTABLE = Set.of("prompt", "answer", "version");

	private final QuestionRepository questions;

	QuestionsByStatus(QuestionRepository questions) {
		this.questions = questions;
	}

	/** One page, sorted by any of {@link #SORTABLE} the page asks for, then by id. */
	public List<StoredQuestion> page(QuestionStatus status, QuestionFilter filter, Pageable page) {
		return this.questions
			.withStatus(status, any(filter.type()), any(filter.format()), any(filter.document()),
					Listing.page(page, SORTABLE, "id"))
			.stream()
			.map(BankService::stored)
			.toList();
	}

	/** How many questions the pages hold in all. */
	public long count(QuestionStatus status, QuestionFilter filter) {
		return this.questions.countWithStatus(status, any(filter.type()), any(filter.format()), any(filter.document()));
	}

	/**
	 * The ids of every question listed, by id, without loading the questions: exporting
	 * the whole list starts from them.
	 */
	public List<String> ids(QuestionStatus status, QuestionFilter filter) {
		return this.questions.idsWithStatus(status, any(filter.type()), any(filter.format()), any(filter.document()));
	}

	private static @Nullable String any(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
