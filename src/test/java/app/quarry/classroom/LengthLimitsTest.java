package app.quarry.classroom;

import app.quarry.account.LearnerId;
import app.quarry.bank.QuestionId;
import static app.quarry.classroom.ClassroomTestSupport.newActor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.quarry.account.Role;
import app.quarry.bank.BankQuestion;
import app.quarry.bank.BankService;
import app.quarry.bank.QuestionFilter;
import app.quarry.bank.QuestionLimits;
import app.quarry.bank.QuestionStatus;
import app.quarry.bank.Source;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One length limit per field: what the editor or a GIFT import accepts, a quiz can start
 * with; what it cannot hold is refused where it is written, with a message naming the
 * field (and, in a GIFT file, the line).
 */
class LengthLimitsTest extends ClassroomServicesTest {

	@Autowired
	QuestionReviewService review;

	@Autowired
	BankService bank;

	@Autowired
	JdbcTemplate jdbc;

	private Instant start;

	private Actor teacher;

	@BeforeEach
	void a_teacher() {
		this.start = Instant.parse("2026-11-23T08:00:00Z");
		this.clock.set(this.start);
		this.teacher = newActor(this.accounts, "Limits Teacher", Role.TEACHER);
	}

	private String typedDraft() {
		String id = "limits-" + System.nanoTime();
		Source source = this.bank.withStatus(QuestionStatus.APPROVED, QuestionFilter.ANY).get(0).question().source();
		this.bank
			.addDrafts(
					List.of(new BankQuestion(id, "quote", "typed", "Who wrote the letter?", "Kim", "Kim",
							List.of("Kim"), List.of(), null, source, List.of(source))),
					LearnerId.of(this.teacher.userId()));
		return id;
	}

	@Test
	void an_answer_as_long_as_the_editor_allows_can_be_started_in_a_quiz() {
		String id = typedDraft();
		String answer = "a long answer ".repeat(140).strip();
		assertThat(answer.length()).isBetween(1001, QuestionLimits.ANSWER);
		this.review.edit(this.teacher, QuestionId.of(id), 1, "Write the whole sentence.", answer, List.of(), List.of());
		this.review.approve(this.teacher, QuestionId.of(id));
		Actor student = newActor(this.accounts, "Limits Student");
		ClassSummary group = this.classes.create(this.teacher, "Limits");
		this.classes.join(student, group.joinCode().code());
		AssignmentSummary quiz = this.assignments.create(this.teacher, AssignmentDraft.handPicked(group.id(),
				"Long answer", this.start, this.start.plus(Duration.ofDays(1)), List.of(id)));

		AttemptView attempt = this.attempts.start(student, quiz.id());
		AttemptView answered = this.attempts.answer(student, attempt.attemptId(), 0, answer);

		assertThat(this.attempts.submit(student, answered.attemptId()).questions().get(0).correctAnswer())
			.isEqualTo(answer);
	}

	@Test
	void accepted_answers_a_quiz_could_not_hold_are_refused_in_the_editor_by_name() {
		String id = typedDraft();
		List<String> accepted = List.of("k".repeat(1500), "l".repeat(1500), "m".repeat(1500));

		assertThatThrownBy(
				() -> this.review.edit(this.teacher, QuestionId.of(id), 1, "Who?", "Kim", accepted, List.of()))
			.isInstanceOf(ClassroomRefusal.class)
			.hasMessage("Not saved: the accepted answers must be one line each and at most 4000 characters together.");
		assertThat(this.bank.find(QuestionId.of(id)).orElseThrow().version()).isEqualTo(1);
	}

	@Test
	void a_prompt_over_the_limit_is_refused_in_the_editor_with_its_length() {
		String id = typedDraft();
		String prompt = "p".repeat(QuestionLimits.PROMPT + 10);

		assertThatThrownBy(
				() -> this.review.edit(this.teacher, QuestionId.of(id), 1, prompt, "Kim", List.of(), List.of()))
			.hasMessage("Not saved: the question text must be at most 4000 characters (it has 4010).");
	}

	@Test
	void a_gift_question_over_the_limit_is_a_problem_on_its_line_and_nothing_is_stored() {
		int documents = count("document");
		int questions = count("question");
		// a fixed width: the length in the problem must not depend on how long the clock
		// has run
		String unique = "%019d".formatted(System.nanoTime());
		String gift = "::fine:: Which river flows through Seoul (" + unique + ")? {=Han ~Taedong}\n\n"
				+ "// a comment\n" + "::long:: " + "Why? ".repeat(900) + unique + " {=Because}\n";

		GiftImport result = this.review.importGift(this.teacher, "long.gift", gift);

		assertThat(result.added()).isZero();
		assertThat(result.problems()).extracting(Object::toString)
			.containsExactly("line 4: the question text must be at most 4000 characters (it has 4519)");
		assertThat(count("document")).isEqualTo(documents);
		assertThat(count("question")).isEqualTo(questions);
	}

	@Test
	void a_gift_file_that_adds_no_question_is_not_kept_as_a_document() {
		String unique = Long.toString(System.nanoTime());
		String gift = "::once:: Name the river through Pyongyang (" + unique + "). {=Taedong}\n";
		assertThat(this.review.importGift(this.teacher, "once.gift", gift).added()).isEqualTo(1);
		int documents = count("document");

		GiftImport again = this.review.importGift(this.teacher, "again.gift", gift + "\n// the same question\n");

		assertThat(again.added()).isZero();
		assertThat(again.alreadyPresent()).isEqualTo(1);
		assertThat(count("document")).isEqualTo(documents);
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

}
