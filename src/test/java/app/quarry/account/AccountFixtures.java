package app.quarry.account;

import java.time.ZoneOffset;
import java.util.Set;

/** Accounts with given roles for tests in other packages (views). */
public final class AccountFixtures {

	/** The password every fixture account gets. */
	public static final String PASSWORD = "long enough pw";

	private AccountFixtures() {
	}

	public static Account create(AccountService accounts, String login, Set<Role> roles, boolean mustChangePassword) {
		return accounts.create(new Registration(login, "", PASSWORD, ZoneOffset.UTC), roles, mustChangePassword);
	}

}
