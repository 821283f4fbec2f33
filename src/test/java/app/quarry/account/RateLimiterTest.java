package app.quarry.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.quarry.base.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The one rate limiter, on the real H2 table: how counts turn into blocks, and that two
 * app nodes on one database share them.
 */
@AccountSpringTest
class RateLimiterTest {

	@Autowired
	private RateLimitCounters counters;

	private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T10:00:00Z"));

	// Each test counts its own subjects, so that the shared database does not add them
	// up.
	private final String ada = "ada-" + UUID.randomUUID();

	private RateLimiter node() {
		return new RateLimiter(this.counters, this.clock);
	}

	@Test
	void two_failures_do_not_block() {
		RateLimiter limiter = node();
		fail(limiter, RateLimit.LOGIN_NAME, this.ada, 2);
		assertThat(limiter.remaining(RateLimit.LOGIN_NAME, this.ada)).isEqualTo(Duration.ZERO);
	}

	@Test
	void the_third_failure_blocks_for_one_second_and_each_further_one_doubles_it() {
		RateLimiter limiter = node();
		fail(limiter, RateLimit.LOGIN_NAME, this.ada, 3);
		assertThat(limiter.remaining(RateLimit.LOGIN_NAME, this.ada)).isEqualTo(Duration.ofSeconds(1));
		fail(limiter, RateLimit.LOGIN_NAME, this.ada, 1);
		assertThat(limiter.remaining(RateLimit.LOGIN_NAME, this.ada)).isEqualTo(Duration.ofSeconds(2));
		fail(limiter, RateLimit.LOGIN_NAME, this.ada, 3);
		assertThat(limiter.remaining(RateLimit.LOGIN_NAME, this.ada)).isEqualTo(Duration.ofSeconds(16));
	}

	@Test
	void a_block_ends_when_its_time_has_passed() {
		RateLimiter limiter = node();
		fail(limiter, RateLimit.LOGIN_NAME, this.ada, 5);
		assertThat(limiter.remaining(RateLimit.LOGIN_NAME, this.ada)).isEqualTo(Duration.ofSeconds(4));
		this.clock.advance(Duration.ofSeconds(4));
		assertThat(limiter.remaining(RateLimit.LOGIN_NAME, this.ada)).isEqualTo(Duration.ZERO);
	}

	@Test
	void the_block_never_exceeds_fifteen_minutes_and_the_message_says_so() {
		RateLimiter limiter = node();
		fail(limiter, RateLimit.LOGIN_NAME, this.ada, 40);
		assertThat(limiter.remaining(RateLimit.LOGIN_NAME, this.ada)).isEqualTo(Duration.ofMinutes(15));
		assertThatThrownBy(() -> limiter.check(RateLimit.LOGIN_NAME, this.ada)).isInstanceOf(TooManyAttempts.class)
			.hasMessage("Too many attempts — try again in 15 minutes.");
	}

	@Test
	void a_wait_is_told_in_whole_minutes_rounded_up() {
		assertThat(new TooManyAttempts(Duration.ofSeconds(1)).getMessage())
			.isEqualTo("Too many attempts — try again in 1 minute.");
		assertThat(new TooManyAttempts(Duration.ofSeconds(61)).getMessage())
			.isEqualTo("Too many attempts — try again in 2 minutes.");
	}

	@Test
	void the_limits_count_apart_and_an_address_gets_twenty_free_failures() {
		RateLimiter limiter = node();
		fail(limiter, RateLimit.LOGIN_ADDRESS, this.ada, 19);
		fail(limiter, RateLimit.JOIN_CODE, this.ada, 1);
		assertThat(limiter.remaining(RateLimit.LOGIN_ADDRESS, this.ada)).isEqualTo(Duration.ZERO);
		assertThat(limiter.remaining(RateLimit.LOGIN_NAME, this.ada)).isEqualTo(Duration.ZERO);
		fail(limiter, RateLimit.LOGIN_ADDRESS, this.ada, 1);
		assertThat(limiter.remaining(RateLimit.LOGIN_ADDRESS, this.ada)).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void a_reset_clears_the_count() {
		RateLimiter limiter = node();
		fail(limiter, RateLimit.LOGIN_NAME, this.ada, 2);
		limiter.reset(RateLimit.LOGIN_NAME, this.ada);
		fail(limiter, RateLimit.LOGIN_NAME, this.ada, 2);
		assertThat(limiter.remaining(RateLimit.LOGIN_NAME, this.ada)).isEqualTo(Duration.ZERO);
	}

	@Test
	void a_subject_quiet_for_longer_than_its_limit_remembers_starts_afresh() {
		RateLimiter limiter = node();
		fail(limiter, RateLimit.JOIN_CODE, this.ada, 4);
		this.clock.advance(RateLimit.JOIN_CODE.forgetAfter());
		fail(limiter, RateLimit.JOIN_CODE, this.ada, 4);
		assertThat(limiter.remaining(RateLimit.JOIN_CODE, this.ada)).isEqualTo(Duration.ZERO);
	}

	@Test
	void counts_are_shared_by_every_node_on_the_database_and_survive_a_restart() {
		RateLimiter first = node();
		RateLimiter second = node();
		fail(first, RateLimit.LOGIN_NAME, this.ada, 2);
		fail(second, RateLimit.LOGIN_NAME, this.ada, 1);

		assertThat(first.remaining(RateLimit.LOGIN_NAME, this.ada)).isEqualTo(Duration.ofSeconds(1));
		assertThat(node().remaining(RateLimit.LOGIN_NAME, this.ada)).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void counts_made_at_once_on_many_threads_are_all_kept() throws Exception {
		RateLimiter limiter = node();
		Thread[] threads = new Thread[8];
		for (int t = 0; t < threads.length; t++) {
			threads[t] = Thread.ofPlatform().start(() -> fail(node(), RateLimit.SIGN_UP, this.ada, 5));
		}
		for (Thread thread : threads) {
			thread.join();
		}
		// 40 free sign-ups: the 40th blocks for one second, and no count was lost
		assertThat(limiter.remaining(RateLimit.SIGN_UP, this.ada)).isEqualTo(Duration.ofSeconds(1));
	}

	private static void fail(RateLimiter limiter, RateLimit limit, String subject, int times) {
		for (int i = 0; i < times; i++) {
			limiter.record(limit, subject);
		}
	}

}
