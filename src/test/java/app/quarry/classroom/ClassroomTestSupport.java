package app.quarry.classroom;

import app.quarry.base.MovableClock;
import app.quarry.account.Account;
import app.quarry.account.AccountService;
import app.quarry.account.Registration;
import app.quarry.account.Role;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** A clock tests can move, and real accounts made through the account service. */
@TestConfiguration
public class ClassroomTestSupport {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private static final java.util.Map<Long, String> LOGINS = new java.util.concurrent.ConcurrentHashMap<>();

	/** The login of an actor made by {@link #newActor}. */
	public static String loginOf(Actor actor) {
		return LOGINS.get(actor.userId());
	}

	@Bean
	@Primary
	MovableClock movableClock() {
		return new MovableClock(Instant.parse("2026-11-23T08:00:00Z"));
	}

	@Bean
	SubmissionFailure submissionFailure() {
		return new SubmissionFailure();
	}

	/**
	 * Makes the submission of one chosen attempt fail inside its transaction, after the
	 * attempt was closed and announced: what a broken step half-way through would do.
	 */
	public static class SubmissionFailure {

		private final java.util.concurrent.atomic.AtomicLong failing = new java.util.concurrent.atomic.AtomicLong(-1);

		/** The next submissions of this attempt fail, until {@link #disarm}. */
		public void arm(long attemptId) {
			this.failing.set(attemptId);
		}

		public void disarm() {
			this.failing.set(-1);
		}

		@org.springframework.context.event.EventListener
		void on(AttemptSubmitted submitted) {
			if (submitted.attemptId() == this.failing.get()) {
				throw new IllegalStateException("submission of attempt " + submitted.attemptId() + " failed");
			}
		}

	}

	/** Registers a fresh account with these roles and returns it as an actor. */
	public static Actor newActor(AccountService accounts, String name, Role... roles) {
		String login = name.toLowerCase().replace(' ', '-') + "-" + SEQUENCE.incrementAndGet();
		Account account = accounts.register(new Registration(login, name, "correct horse battery", ZoneOffset.UTC));
		if (roles.length > 0) {
			var previous = SecurityContextHolder.getContext().getAuthentication();
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("test-admin", null,
						List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
			try {
				account = accounts.changeRoles(account.id(), Set.of(roles));
			}
			finally {
				SecurityContextHolder.getContext().setAuthentication(previous);
			}
		}
		LOGINS.put(account.id().value(), login);
		return new Actor(account.id().value(), account.displayName(), account.has(Role.TEACHER),
				account.has(Role.ADMIN));
	}

}
