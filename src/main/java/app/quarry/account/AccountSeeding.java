package app.quarry.account;

import app.quarry.account.internal.UserAccountRepository;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Creates the accounts Quarry seeds on start-up, when several nodes may start together on
 * one empty database: whichever node inserts a login first wins, and the others find it
 * taken (the unique login refuses their insert, or they see it already there) and go on
 * starting instead of failing.
 */
@Component
class AccountSeeding {

	private final AccountService accountService;

	private final UserAccountRepository accounts;

	AccountSeeding(AccountService accountService, UserAccountRepository accounts) {
		this.accountService = accountService;
		this.accounts = accounts;
	}

	/** True if this node created the account, false if it exists already. */
	boolean createIfAbsent(Registration registration, Set<Role> roles, boolean mustChangePassword) {
		String login = CredentialRules.normalizeLogin(registration.login());
		if (this.accounts.existsByLogin(login)) {
			return false;
		}
		try {
			this.accountService.create(registration, roles, mustChangePassword);
			return true;
		}
		catch (DataIntegrityViolationException | RegistrationRejected ex) {
			if (this.accounts.existsByLogin(login)) {
				return false;
			}
			throw ex;
		}
	}

}
