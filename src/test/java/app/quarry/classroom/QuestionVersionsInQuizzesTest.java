package app.quarry.classroom;

import app.quarry.account.LearnerId;
import app.quarry.bank.QuestionId;
import static app.quarry.classroom.ClassroomTestSupport.newActor;
import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.account.Role;
import app.quarry.bank.BankQuestion;
import app.quarry.bank.BankService;
import app.quarry.bank.QuestionFilter;
import app.quarry.bank.QuestionStatus;
import app.quarry.bank.Source;
import app.quarry.bank.grading.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An attempt keeps the version of each question it showed: a teacher's edit made while a
 * student is taking the quiz changes neither what that student sees nor how the answer is
 * graded; students starting later get the new version.
 */
class QuestionVersionsInQuizzesTest extends ClassroomServicesTest {

	static final List<String> OPTIONS = List.of("May 1, 2018", "June 12, 2018", "July 4, 2018");

	@Autowired
	QuestionReviewService review;

	@Autowired
	BankService bank;

	@Autowired
	JdbcTemplate jdbc;

	private Instant start;

	@BeforeEach
	void reset_the_clock() {
		this.start = Instant.parse("2026-11-23T08:00:00Z");
		this.clock.set(this.start);
	}

	@Test
	void an_attempt_taken_before_an_edit_still_shows_version_1_and_grades_against_it() {
		Actor teacher = newActor(this.accounts, "Version Teacher", Role.TEACHER);
		Actor early = newActor(this.accounts, "Early Student");
		Actor late = newActor(this.accounts, "Late Student");
		ClassSummary group = this.classes.create(teacher, "Versions");
		this.classes.join(early, group.joinCode().code());
		this.classes.join(late, group.joinCode().code());
		String id = "versions-" + teacher.userId();
		Source source = this.bank.withStatus(QuestionStatus.APPROVED, QuestionFilter.ANY).get(0).question().source();
		this.bank.addDrafts(
				List.of(new BankQuestion(id, "date", "multiple_choice", "When did the letter come?", "May 1, 2018",
						"2018-05-01", List.of("May 1, 2018"), OPTIONS, null, source, List.of(source))),
				LearnerId.of(teacher.userId()));
		this.review.approve(teacher, QuestionId.of(id));
		AssignmentSummary quiz = this.assignments.create(teacher, AssignmentDraft.handPicked(group.id(), "One question",
				this.start, this.start.plus(Duration.ofDays(1)), List.of(id)));

		AttemptView before = this.attempts.start(early, quiz.id());
		this.clock.advance(Duration.ofMinutes(5));
		this.review.edit(teacher, QuestionId.of(id), 1, "On what date did the first letter come?", "June 12, 2018",
				List.of(), OPTIONS);

		AttemptView answered = this.attempts.answer(early, before.attemptId(), 0, "May 1, 2018");
		assertThat(answered.questions().get(0).prompt()).isEqualTo("When did the letter come?");
		AttemptView submitted = this.attempts.submit(early, before.attemptId());
		AttemptQuestion shown = submitted.questions().get(0);
		assertThat(shown.verdict()).isEqualTo(Verdict.CORRECT);
		assertThat(shown.correctAnswer()).isEqualTo("May 1, 2018");
		assertThat(shown.version()).isEqualTo(1);
		assertThat(shown.currentVersion()).isEqualTo(2);
		assertThat(shown.editedSince()).isTrue();

		AttemptView after = this.attempts.start(late, quiz.id());
		assertThat(after.questions().get(0).prompt()).isEqualTo("On what date did the first letter come?");
		this.attempts.answer(late, after.attemptId(), 0, "May 1, 2018");
		AttemptQuestion lateShown = this.attempts.submit(late, after.attemptId()).questions().get(0);
		assertThat(lateShown.verdict()).isEqualTo(Verdict.WRONG);
		assertThat(lateShown.version()).isEqualTo(2);
		assertThat(lateShown.editedSince()).isFalse();

		ItemResult item = this.results.results(teacher, quiz.id()).items().get(0);
		assertThat(item.versionsSeen()).containsExactly(1, 2);
		assertThat(item.currentVersion()).isEqualTo(2);
		assertThat(item.editedSince()).isTrue();

		assertThat(this.review.history(teacher, QuestionId.of(id)))
			.extracting(
					e -> e.version().version() + " " + e.madeBy() + " " + e.changed() + " " + e.version().createdAt())
			.containsExactly("2 Version Teacher [prompt, answer, value, accepted] 2026-11-23T08:05:00Z",
					"1 Version Teacher [] 2026-11-23T08:00:00Z");
		Integer missing = this.jdbc.queryForObject("select count(*) from classroom_attempt_item i where not exists"
				+ " (select 1 from question_version v where v.question_id = i.question_id"
				+ " and v.version = i.question_version)", Integer.class);
		assertThat(missing).isZero();
	}

}
