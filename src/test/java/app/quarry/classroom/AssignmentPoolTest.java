package app.quarry.classroom;

import static app.quarry.classroom.ClassroomTestSupport.newActor;
import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.account.Role;
import app.quarry.bank.Siblings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Which approved questions an assignment drawn by filters can give. */
class AssignmentPoolTest extends ClassroomServicesTest {

	private List<String> formatsDrawn(String name, @Nullable String format) {
		Instant now = Instant.parse("2026-11-23T08:00:00Z");
		this.clock.set(now);
		Actor teacher = newActor(this.accounts, "Pool Teacher " + name, Role.TEACHER);
		Actor student = newActor(this.accounts, "Pool Student " + name);
		ClassSummary group = this.classes.create(teacher, "Pool " + name);
		this.classes.join(student, group.joinCode().code());
		AssignmentSummary quiz = this.assignments.create(teacher,
				new AssignmentDraft(group.id(), "Every question", now, now.plus(Duration.ofDays(1)), null, 1, List.of(),
						null, null, format, 0, false, false, AnswerReveal.AFTER_SUBMIT));
		return this.attempts.start(student, quiz.id()).questions().stream().map(AttemptQuestion::format).toList();
	}

	@Test
	void a_draw_from_any_format_leaves_out_flashcards_which_a_quiz_could_only_ask_as_typed() {
		List<String> formats = formatsDrawn("any", null);

		assertThat(formats).isNotEmpty().doesNotContain("flashcard");
		assertThat(formats).contains("multiple_choice", "typed", "cloze", "true_false");
	}

	@Test
	void a_teacher_who_asks_for_flashcards_by_name_gets_them() {
		assertThat(formatsDrawn("flashcards", "flashcard")).isNotEmpty().containsOnly("flashcard");
	}

	@Test
	void a_draw_by_filters_gives_one_card_of_each_fact() {
		Instant now = Instant.parse("2026-11-23T08:00:00Z");
		this.clock.set(now);
		Actor teacher = newActor(this.accounts, "Pool Teacher facts", Role.TEACHER);
		Actor student = newActor(this.accounts, "Pool Student facts");
		ClassSummary group = this.classes.create(teacher, "Pool facts");
		this.classes.join(student, group.joinCode().code());
		List<QuizQuestion> approved = this.catalog.approved(null, null, null)
			.stream()
			.filter(q -> !"flashcard".equals(q.format()))
			.toList();
		assertThat(Siblings.groupsOfSiblings(approved, QuizQuestion::fact)).as("the bank has siblings").isNotEmpty();
		AssignmentSummary quiz = this.assignments.create(teacher,
				new AssignmentDraft(group.id(), "Every fact", now, now.plus(Duration.ofDays(1)), null, 1, List.of(),
						null, null, null, 0, false, false, AnswerReveal.AFTER_SUBMIT));
		List<String> asked = this.attempts.start(student, quiz.id())
			.questions()
			.stream()
			.map(AttemptQuestion::questionId)
			.toList();
		List<QuizQuestion> shown = List.copyOf(this.catalog.approved(asked).values());
		assertThat(Siblings.groupsOfSiblings(shown, QuizQuestion::fact)).isEmpty();
		assertThat(asked).hasSameSizeAs(Siblings.onePerFact(approved, QuizQuestion::fact));
	}

	@Test
	void hand_picked_cards_of_one_fact_are_all_given() {
		Instant now = Instant.parse("2026-11-23T08:00:00Z");
		this.clock.set(now);
		Actor teacher = newActor(this.accounts, "Pool Teacher picks", Role.TEACHER);
		Actor student = newActor(this.accounts, "Pool Student picks");
		ClassSummary group = this.classes.create(teacher, "Pool picks");
		this.classes.join(student, group.joinCode().code());
		List<QuizQuestion> siblings = Siblings
			.groupsOfSiblings(this.catalog.approved(null, null, null), QuizQuestion::fact)
			.get(0);
		AssignmentSummary quiz = this.assignments.create(teacher, AssignmentDraft.handPicked(group.id(), "Same fact",
				now, now.plus(Duration.ofDays(1)), siblings.stream().map(QuizQuestion::id).toList()));
		assertThat(this.attempts.start(student, quiz.id()).questions()).hasSameSizeAs(siblings);
	}

}
