package app.quarry.classroom;

import app.quarry.account.Account;
import app.quarry.account.AccountService;
import app.quarry.account.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The logged-in person as the classroom services' {@link Actor}, with the time zone they
 * read times in.
 */
@Component
public class CurrentActor {

	private final AccountService accounts;

	private final TimeZones zones;

	private final ObjectProvider<BrowserTimeZone> browser;

	CurrentActor(AccountService accounts, TimeZones zones, ObjectProvider<BrowserTimeZone> browser) {
		this.accounts = accounts;
		this.zones = zones;
		this.browser = browser;
	}

	/** The actor for the logged-in person; refused when nobody is logged in. */
	public Actor get() {
		Account account = this.accounts.current()
			.orElseThrow(() -> new ClassroomAccessDenied("Log in to use classes and assignments."));
		BrowserTimeZone reported = this.browser.getIfAvailable();
		return new Actor(account.id().value(), account.displayName(), account.has(Role.TEACHER),
				account.has(Role.ADMIN),
				this.zones.zoneOf(account.id(), (reported != null) ? reported.zoneId() : null));
	}

}
