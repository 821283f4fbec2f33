package app.quarry.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Sign-up and password changes share the log-in's rate limiter and say how long to wait.
 */
@AccountSpringTest
class AccountRateLimitTest {

	@Autowired
	private AccountService accounts;

	@Test
	void an_address_that_signed_up_forty_times_waits_before_the_next_and_is_told_how_long() {
		String address = "203.0.113." + UUID.randomUUID();
		for (int i = 0; i < 40; i++) {
			String login = "mass-" + i + "-" + Math.abs(address.hashCode());
			this.accounts.register(new Registration(login, "", "a long enough secret", ZoneOffset.UTC), address);
		}

		assertThatThrownBy(() -> this.accounts.register(new Registration("one-more-" + Math.abs(address.hashCode()), "",
				"a long enough secret", ZoneOffset.UTC), address))
			.isInstanceOf(TooManyAttempts.class)
			.hasMessage("Too many attempts — try again in 1 minute.");
		assertThat(this.accounts.findByLogin("one-more-" + Math.abs(address.hashCode()))).isEmpty();
		// another address is not held up
		this.accounts.register(new Registration("elsewhere-" + Math.abs(address.hashCode()), "", "a long enough secret",
				ZoneOffset.UTC), address + "-other");
	}

	@Test
	void refused_sign_ups_count_too_as_each_tells_whether_a_login_is_taken() {
		String address = "198.51.100." + UUID.randomUUID();
		for (int i = 0; i < 40; i++) {
			assertThatThrownBy(() -> this.accounts
				.register(new Registration("x", "", "a long enough secret", ZoneOffset.UTC), address))
				.isNotInstanceOf(TooManyAttempts.class);
		}

		assertThatThrownBy(() -> this.accounts
			.register(new Registration("x", "", "a long enough secret", ZoneOffset.UTC), address))
			.isInstanceOf(TooManyAttempts.class);
	}

	@Test
	void after_five_wrong_current_passwords_even_the_right_one_waits() {
		String login = "changer-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.register(new Registration(login, "", "the right password", ZoneOffset.UTC));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(login, null,
					java.util.List.of(new SimpleGrantedAuthority(Role.STUDENT.authority()))));
		try {
			for (int i = 0; i < 5; i++) {
				assertThatThrownBy(() -> this.accounts.changePassword("a wrong guess", "my brand new secret"))
					.hasMessage("The current password is not right.");
			}

			assertThatThrownBy(() -> this.accounts.changePassword("the right password", "my brand new secret"))
				.isInstanceOf(TooManyAttempts.class)
				.hasMessage("Too many attempts — try again in 1 minute.");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
