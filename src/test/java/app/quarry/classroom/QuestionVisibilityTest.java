package app.quarry.classroom;

import app.quarry.account.LearnerId;
import app.quarry.bank.QuestionId;
import static app.quarry.classroom.ClassroomTestSupport.loginOf;
import static app.quarry.classroom.ClassroomTestSupport.newActor;
import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.account.Role;
import app.quarry.bank.BankQuestion;
import app.quarry.bank.BankService;
import app.quarry.bank.QuestionBrowser;
import app.quarry.bank.QuestionFilter;
import app.quarry.bank.QuestionStatus;
import app.quarry.bank.Source;
import app.quarry.bank.StoredQuestion;
import app.quarry.corpus.CorpusDocument;
import app.quarry.corpus.CorpusService;
import app.quarry.srs.ReviewSource;
import app.quarry.srs.SrsService;
import app.quarry.srs.fsrs.Rating;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The bank is no answer key: a learner sees a question only once met in study or in a
 * closed quiz whose answers are out; drafts and retired questions are for teachers; a
 * visitor sees nothing, and no uploaded document.
 */
class QuestionVisibilityTest extends ClassroomServicesTest {

	@Autowired
	QuestionBrowser browser;

	@Autowired
	BankService bank;

	@Autowired
	SrsService srs;

	@Autowired
	CorpusService corpus;

	private static final String UPLOAD = "upload-visibility-test";

	private void storeUpload() {
		this.corpus.store(List.of(new CorpusDocument(UPLOAD, "A teacher's notes", null, null, null,
				"Private notes of a teacher.", "0".repeat(64))));
	}

	@AfterEach
	void logOut() {
		SecurityContextHolder.clearContext();
	}

	private <T> T as(Actor actor, Supplier<T> action) {
		Authentication before = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(loginOf(actor), null, List.of()));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(before);
		}
	}

	private List<String> listed(Actor actor) {
		return as(actor, () -> this.browser.search(QuestionFilter.ANY, 0, 1000)).stream()
			.map(stored -> stored.question().id())
			.toList();
	}

	private Optional<StoredQuestion> opened(Actor actor, String id) {
		return as(actor, () -> this.browser.find(QuestionId.of(id)));
	}

	@Test
	void a_visitor_who_is_not_logged_in_sees_no_question() {
		SecurityContextHolder.clearContext();
		String any = this.catalog.approved(null, null, null).get(0).id();
		assertThat(this.browser.search(QuestionFilter.ANY, 0, 100)).isEmpty();
		assertThat(this.browser.count(QuestionFilter.ANY)).isZero();
		assertThat(this.browser.find(QuestionId.of(any))).isEmpty();
	}

	@Test
	void a_learner_sees_the_questions_met_in_study_and_no_other() {
		Actor student = newActor(this.accounts, "Bank Student study");
		List<QuizQuestion> approved = this.catalog.approved(null, null, null);
		String studied = approved.get(0).id();
		String other = approved.get(1).id();
		assertThat(listed(student)).isEmpty();
		assertThat(opened(student, studied)).isEmpty();
		this.srs.record(LearnerId.of(student.userId()), QuestionId.of(studied), Rating.GOOD, 5000L, ReviewSource.STUDY);
		assertThat(listed(student)).containsExactly(studied);
		assertThat(as(student, () -> this.browser.count(QuestionFilter.ANY))).isEqualTo(1);
		assertThat(opened(student, studied)).isPresent();
		assertThat(opened(student, other)).isEmpty();
	}

	@Test
	void a_quiz_question_is_seen_only_once_the_attempt_is_closed_and_its_answers_are_out() {
		Instant now = Instant.parse("2026-11-23T08:00:00Z");
		this.clock.set(now);
		Actor teacher = newActor(this.accounts, "Bank Teacher quiz", Role.TEACHER);
		Actor student = newActor(this.accounts, "Bank Student quiz");
		ClassSummary group = this.classes.create(teacher, "Bank quiz");
		this.classes.join(student, group.joinCode().code());
		List<QuizQuestion> approved = this.catalog.approved(null, "date", "typed");
		String afterSubmit = approved.get(0).id();
		String afterDue = approved.get(1).id();
		Instant due = now.plus(Duration.ofDays(1));
		AssignmentSummary quick = this.assignments.create(teacher,
				AssignmentDraft.handPicked(group.id(), "Answers after submitting", now, due, List.of(afterSubmit)));
		AssignmentSummary late = this.assignments.create(teacher,
				new AssignmentDraft(group.id(), "Answers after the due time", now, due, null, 1, List.of(afterDue),
						null, null, null, 0, false, false, AnswerReveal.AFTER_DUE));

		AttemptView running = this.attempts.start(student, quick.id());
		assertThat(opened(student, afterSubmit)).as("during the quiz").isEmpty();
		this.attempts.submit(student, running.attemptId());
		assertThat(opened(student, afterSubmit)).as("after submitting").isPresent();

		AttemptView early = this.attempts.start(student, late.id());
		this.attempts.submit(student, early.attemptId());
		assertThat(opened(student, afterDue)).as("submitted before the due time").isEmpty();
		this.clock.set(due.plusSeconds(1));
		assertThat(opened(student, afterDue)).as("after the due time").isPresent();
	}

	@Test
	void drafts_and_retired_questions_are_for_teachers_only_even_when_met() {
		Actor teacher = newActor(this.accounts, "Bank Teacher retired", Role.TEACHER);
		Actor student = newActor(this.accounts, "Bank Student retired");
		String id = this.catalog.approved(null, null, null).get(2).id();
		this.srs.record(LearnerId.of(student.userId()), QuestionId.of(id), Rating.GOOD, 5000L, ReviewSource.STUDY);
		assertThat(opened(student, id)).isPresent();
		this.bank.review(QuestionId.of(id), QuestionStatus.RETIRED);
		try {
			assertThat(opened(student, id)).isEmpty();
			assertThat(listed(student)).doesNotContain(id);
			assertThat(opened(teacher, id)).map(StoredQuestion::status).contains(QuestionStatus.RETIRED);
		}
		finally {
			this.bank.review(QuestionId.of(id), QuestionStatus.APPROVED);
		}
		storeUpload();
		BankQuestion draft = new BankQuestion("q-visibility-draft", "date", "typed", "When?", "May 24", "2018-05-24",
				List.of(), List.of(), null, new Source(UPLOAD, 0, 7, "Private"), List.of());
		this.bank.addDrafts(List.of(draft));
		assertThat(opened(student, draft.id())).isEmpty();
		assertThat(opened(teacher, draft.id())).map(StoredQuestion::status).contains(QuestionStatus.DRAFT);
		// teachers see the whole approved bank listed
		assertThat(listed(teacher)).hasSize(this.catalog.approved(null, null, null).size());
	}

	@Test
	void an_uploaded_document_is_not_readable_without_a_log_in_but_the_bundled_corpus_is() {
		SecurityContextHolder.clearContext();
		Actor student = newActor(this.accounts, "Document reader");
		storeUpload();
		String bundled = this.catalog.approved(null, null, null).get(0).document();
		assertThat(this.corpus.read(UPLOAD)).isEmpty();
		assertThat(this.corpus.read(bundled)).isPresent();
		assertThat(as(student, () -> this.corpus.read(UPLOAD))).isPresent();
	}

}
