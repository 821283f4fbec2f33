package app.quarry.account;

import app.quarry.account.internal.UserAccountRepository;
import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure a fresh database can be administered, without any password built into
 * Quarry.
 * <ul>
 * <li>If {@code quarry.admin.email} and {@code quarry.admin.password} are set and that
 * login does not exist yet, it is created as an admin.</li>
 * <li>Otherwise, if there are no accounts at all, an {@code admin} account is created
 * with a random one-time password, printed once to the log; the first log-in must replace
 * it.</li>
 * <li>Otherwise nothing is created.</li>
 * </ul>
 */
@Component
@Order(20)
class FirstAdminBootstrap implements ApplicationRunner {

	static final String SETUP_LOGIN = "admin";

	private static final Logger log = LoggerFactory.getLogger(FirstAdminBootstrap.class);

	private final AccountSeeding seeding;

	private final UserAccountRepository accounts;

	private final String adminLogin;

	private final String adminPassword;

	private final SecureRandom random = new SecureRandom();

	FirstAdminBootstrap(AccountSeeding seeding, UserAccountRepository accounts,
			@Value("${quarry.admin.email:}") String adminLogin,
			@Value("${quarry.admin.password:}") String adminPassword) {
		this.seeding = seeding;
		this.accounts = accounts;
		this.adminLogin = adminLogin;
		this.adminPassword = adminPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.adminLogin.isBlank() && !this.adminPassword.isBlank()) {
			createConfiguredAdmin();
		}
		else if (this.accounts.count() == 0) {
			createSetupAdmin();
		}
	}

	private void createConfiguredAdmin() {
		try {
			if (!this.seeding.createIfAbsent(
					new Registration(this.adminLogin, "Administrator", this.adminPassword, ZoneOffset.UTC),
					EnumSet.of(Role.ADMIN), false)) {
				return;
			}
			log.info("Created the admin account '{}' from quarry.admin.email.", this.adminLogin);
		}
		catch (RegistrationRejected ex) {
			throw new IllegalStateException("quarry.admin.email/quarry.admin.password: " + ex.getMessage(), ex);
		}
	}

	private void createSetupAdmin() {
		String password = oneTimePassword();
		// another node starting on the same empty database may have made it first
		if (!this.seeding.createIfAbsent(new Registration(SETUP_LOGIN, "Administrator", password, ZoneOffset.UTC),
				EnumSet.of(Role.ADMIN), true)) {
			return;
		}
		log.warn("""

				No accounts exist yet, so Quarry created the account '{}' with this one-time password:

				    {}

				Log in with it; Quarry will ask you to choose a new password. This is shown only once.
				(To choose the first admin yourself instead, start Quarry on an empty database with
				--quarry.admin.email=... --quarry.admin.password=...)
				""", SETUP_LOGIN, password);
	}

	String oneTimePassword() {
		// 20 random characters spell "admin" about once in a million; the rules would
		// then
		// refuse the password and stop the start-up
		String password;
		do {
			password = OneTimePassword.generate(this.random);
		}
		while (CredentialRules.passwordProblem(password, SETUP_LOGIN) != null);
		return password;
	}

}
