package app.quarry.account.ui;

import app.quarry.BrowserlessUi;
import app.quarry.account.AccountFixtures;
import app.quarry.account.AccountService;
import app.quarry.account.AccountSpringTest;
import app.quarry.account.Role;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What the account views' tests share: a browserless UI on the account test context, and
 * logging in as a fresh account with given roles.
 */
@AccountSpringTest
abstract class AccountViewTest {

	@Autowired
	private ApplicationContext context;

	@Autowired
	AccountService accounts;

	@Autowired
	private UserDetailsService users;

	@BeforeEach
	void startUi() {
		BrowserlessUi.start(this.context);
	}

	@AfterEach
	void stopUi() {
		BrowserlessUi.stop();
	}

	void logInAs(String login, Set<Role> roles, boolean mustChangePassword) {
		AccountFixtures.create(this.accounts, login, roles, mustChangePassword);
		BrowserlessUi.logIn(this.users.loadUserByUsername(login));
	}

}
