package app.quarry.account;

import app.quarry.account.internal.UserAccountRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Spring Security's view of the {@code users} table. */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;

	DatabaseUserDetailsService(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.findByLogin(CredentialRules.normalizeLogin(username))
			.map(account -> new AccountPrincipal(account.getId(), account.getLogin(), account.getDisplayName(),
					account.getPasswordHash(), account.isEnabled(), account.getRoles()))
			// The message stays in the log; the person logging in sees one message for
			// every failure.
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
	}

}
