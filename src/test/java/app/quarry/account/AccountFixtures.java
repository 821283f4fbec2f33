package app.quarry.account;

import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Accounts with given roles, and logging in, for tests in other packages. */
public final class AccountFixtures {

	/** The password every fixture account gets. */
	public static final String PASSWORD = "long enough pw";

	private AccountFixtures() {
	}

	/**
	 * Logs this thread in as a person with these roles, as a log-in would, for code that
	 * runs the app outside a Spring test (child processes, benchmarks).
	 */
	public static void logIn(String login, Role... roles) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(login, null,
					Arrays.stream(roles).map(role -> new SimpleGrantedAuthority(role.authority())).toList()));
	}

	public static Account create(AccountService accounts, String login, Set<Role> roles, boolean mustChangePassword) {
		return accounts.create(new Registration(login, "", PASSWORD, ZoneOffset.UTC), roles, mustChangePassword);
	}

}
