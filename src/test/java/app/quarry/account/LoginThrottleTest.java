package app.quarry.account;

import app.quarry.base.MovableClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

	private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T10:00:00Z"));

	private final LoginThrottle throttle = new LoginThrottle(this.clock);

	@Test
	void two_failures_do_not_block() {
		fail("ada", "10.0.0.1", 2);
		assertThat(this.throttle.remainingBlock("ada", "10.0.0.1")).isEqualTo(Duration.ZERO);
	}

	@Test
	void the_third_failure_blocks_the_login_for_one_second_and_each_further_one_doubles_it() {
		fail("ada", "10.0.0.1", 3);
		assertThat(this.throttle.remainingBlock("ada", "10.0.0.2")).isEqualTo(Duration.ofSeconds(1));
		fail("ada", "10.0.0.1", 1);
		assertThat(this.throttle.remainingBlock("ada", "10.0.0.2")).isEqualTo(Duration.ofSeconds(2));
		fail("ada", "10.0.0.1", 3);
		assertThat(this.throttle.remainingBlock("ada", "10.0.0.2")).isEqualTo(Duration.ofSeconds(16));
	}

	@Test
	void a_block_ends_when_its_time_has_passed() {
		fail("ada", "10.0.0.1", 5);
		assertThat(this.throttle.remainingBlock("ada", "10.0.0.1")).isEqualTo(Duration.ofSeconds(4));
		this.clock.advance(Duration.ofSeconds(4));
		assertThat(this.throttle.remainingBlock("ada", "10.0.0.1")).isEqualTo(Duration.ZERO);
	}

	@Test
	void the_block_never_exceeds_fifteen_minutes() {
		fail("ada", "10.0.0.1", 40);
		assertThat(this.throttle.remainingBlock("ada", "10.0.0.9")).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void login_names_are_counted_regardless_of_case() {
		fail("Ada", "10.0.0.1", 3);
		assertThat(this.throttle.remainingBlock("ADA", "10.0.0.2")).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void other_logins_from_an_address_are_not_blocked_until_twenty_failures_from_it() {
		for (int i = 0; i < 19; i++) {
			fail("user" + i, "10.0.0.1", 1);
		}
		assertThat(this.throttle.remainingBlock("bob", "10.0.0.1")).isEqualTo(Duration.ZERO);
		fail("user19", "10.0.0.1", 1);
		assertThat(this.throttle.remainingBlock("bob", "10.0.0.1")).isEqualTo(Duration.ofSeconds(1));
		assertThat(this.throttle.remainingBlock("bob", "10.0.0.2")).isEqualTo(Duration.ZERO);
	}

	@Test
	void a_successful_log_in_clears_the_count_of_its_login_name() {
		fail("ada", "10.0.0.1", 2);
		this.throttle.recordSuccess("ada");
		fail("ada", "10.0.0.1", 2);
		assertThat(this.throttle.remainingBlock("ada", "10.0.0.1")).isEqualTo(Duration.ZERO);
	}

	private void fail(String login, String address, int times) {
		for (int i = 0; i < times; i++) {
			this.throttle.recordFailure(login, address);
		}
	}

}
