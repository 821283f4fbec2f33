package app.quarry.classroom;

import app.quarry.account.Account;
import app.quarry.account.AccountService;
import app.quarry.account.Role;
import org.springframework.stereotype.Component;

/** The logged-in person as the classroom services' {@link Actor}. */
@Component
public class CurrentActor {

	private final AccountService accounts;

	CurrentActor(AccountService accounts) {
		this.accounts = accounts;
	}

	/** The actor for the logged-in person; refused when nobody is logged in. */
	public Actor get() {
		Account account = this.accounts.current()
			.orElseThrow(() -> new ClassroomAccessDenied("Log in to use classes and assignments."));
		return new Actor(account.id(), account.displayName(), account.has(Role.TEACHER), account.has(Role.ADMIN));
	}

}
