package app.quarry.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Join codes cannot be found by trying: 300 guesses at 7 a second used to be accepted.
 */
class JoinRateLimitTest extends ClassroomServicesTest {

	@Test
	void after_five_refused_codes_even_the_right_one_waits_and_the_message_says_how_long() {
		Actor teacher = ClassroomTestSupport.newActor(this.accounts, "Guarded Teacher",
				app.quarry.account.Role.TEACHER);
		ClassSummary group = this.classes.create(teacher, "Guarded class");
		Actor guesser = ClassroomTestSupport.newActor(this.accounts, "Guesser");
		for (int i = 0; i < 5; i++) {
			String guess = "ZZZZ-ZZZ" + (2 + i);
			assertThatThrownBy(() -> this.classes.join(guesser, guess)).hasMessageStartingWith("No class has the code");
		}

		assertThatThrownBy(() -> this.classes.join(guesser, group.joinCode().code()))
			.isInstanceOf(ClassroomRefusal.class)
			.hasMessage("Too many attempts — try again in 1 minute.");
		assertThat(this.classes.studentsClasses(guesser)).isEmpty();

		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.classes.join(guesser, group.joinCode().code()).name()).isEqualTo("Guarded class");
	}

	@Test
	void three_hundred_guesses_in_a_row_are_mostly_refused_without_being_looked_at() {
		Actor guesser = ClassroomTestSupport.newActor(this.accounts, "Fast Guesser");
		int lookedAt = 0;
		for (int i = 0; i < 300; i++) {
			try {
				this.classes.join(guesser,
						"YYYY-YY" + String.format("%02d", i % 100).replace('0', '2').replace('1', '3'));
			}
			catch (ClassroomRefusal ex) {
				if (!ex.getMessage().startsWith("Too many attempts")) {
					lookedAt++;
				}
			}
		}
		assertThat(lookedAt).isEqualTo(5);
	}

	@Test
	void one_student_being_blocked_does_not_block_another() {
		Actor teacher = ClassroomTestSupport.newActor(this.accounts, "Other Teacher", app.quarry.account.Role.TEACHER);
		ClassSummary group = this.classes.create(teacher, "Open class");
		Actor guesser = ClassroomTestSupport.newActor(this.accounts, "Blocked Guesser");
		for (int i = 0; i < 6; i++) {
			assertThatThrownBy(() -> this.classes.join(guesser, "WWWW-WWWW")).isInstanceOf(ClassroomRefusal.class);
		}

		Actor honest = ClassroomTestSupport.newActor(this.accounts, "Honest Student");
		assertThat(this.classes.join(honest, group.joinCode().code()).name()).isEqualTo("Open class");
	}

}
