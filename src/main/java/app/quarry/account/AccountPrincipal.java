package app.quarry.account;

import app.quarry.base.NamedPrincipal;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The logged-in person as Spring Security holds them; carries the account id so that
 * other features can key their data by it without another lookup.
 */
public final class AccountPrincipal extends User implements NamedPrincipal {

	private final long accountId;

	private final String displayName;

	AccountPrincipal(long accountId, String login, String displayName, String passwordHash, boolean enabled,
			Set<Role> roles) {
		super(login, passwordHash, enabled, true, true, true,
				roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).collect(Collectors.toSet()));
		this.accountId = accountId;
		this.displayName = displayName;
	}

	/** The {@link Account#id()} of this person. */
	public long accountId() {
		return this.accountId;
	}

	@Override
	public String displayName() {
		return this.displayName;
	}

}
