package app.quarry.account;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

/**
 * A person who can log in, as the rest of Quarry sees them.
 *
 * @param id stable identifier, referenced by other features (cards, classes)
 * @param login email address or user name, lower-cased
 * @param displayName the name shown to people
 * @param roles what the person may do; never empty
 * @param enabled false when an admin has switched the account off
 * @param created when the account was made
 * @param timeZone the zone the person's study days are counted in
 */
public record Account(LearnerId id, String login, String displayName, Set<Role> roles, boolean enabled, Instant created,
		ZoneId timeZone) {

	public Account {
		roles = Set.copyOf(roles);
	}

	/** True when the account holds the given role. */
	public boolean has(Role role) {
		return this.roles.contains(role);
	}

}
