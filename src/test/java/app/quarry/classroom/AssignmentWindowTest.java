package app.quarry.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AssignmentWindowTest {

	private static final Instant OPENS = Instant.parse("2026-11-23T08:00:00Z");

	private static final Instant DUE = Instant.parse("2026-11-23T10:00:00Z");

	private final AssignmentWindow timed = new AssignmentWindow(OPENS, DUE, Duration.ofMinutes(20));

	@Test
	void status_moves_from_upcoming_to_due_to_overdue_unless_done() {
		assertThat(this.timed.status(OPENS.minusSeconds(1), false)).isEqualTo(AssignmentStatus.UPCOMING);
		assertThat(this.timed.status(OPENS, false)).isEqualTo(AssignmentStatus.DUE);
		assertThat(this.timed.status(DUE, false)).isEqualTo(AssignmentStatus.OVERDUE);
		assertThat(this.timed.status(DUE, true)).isEqualTo(AssignmentStatus.DONE);
	}

	@Test
	void the_deadline_is_the_time_limit_or_the_due_time_whichever_comes_first() {
		assertThat(this.timed.deadline(OPENS)).isEqualTo(OPENS.plus(Duration.ofMinutes(20)));
		assertThat(this.timed.deadline(DUE.minusSeconds(60))).isEqualTo(DUE);
		assertThat(new AssignmentWindow(OPENS, DUE, null).deadline(OPENS)).isEqualTo(DUE);
	}

	@Test
	void an_attempt_cannot_start_before_opening_or_after_the_due_time() {
		assertThat(this.timed.refuseStart(OPENS.minusSeconds(1)))
			.contains("This assignment opens at 2026-11-23 08:00 UTC.");
		assertThat(this.timed.refuseStart(OPENS)).isEmpty();
		assertThat(this.timed.refuseStart(DUE))
			.contains("The due time passed at 2026-11-23 10:00 UTC; answers are no longer accepted.");
	}

	@Test
	void no_answer_is_accepted_after_the_time_limit_or_the_due_time() {
		Instant started = OPENS.plusSeconds(30);
		assertThat(this.timed.refuseAnswer(started.plus(Duration.ofMinutes(20)).minusMillis(1), started)).isEmpty();
		assertThat(this.timed.refuseAnswer(started.plus(Duration.ofMinutes(20)), started))
			.contains("Your time limit of 20 min ran out at 2026-11-23 08:20 UTC; answers are no longer accepted.");
		assertThat(this.timed.refuseAnswer(DUE, DUE.minusSeconds(5)))
			.contains("The due time passed at 2026-11-23 10:00 UTC; answers are no longer accepted.");
	}

	@Test
	void a_window_that_closes_before_it_opens_is_refused() {
		assertThatThrownBy(() -> new AssignmentWindow(DUE, OPENS, null))
			.hasMessage("the due time must be after the opening time");
	}

}
