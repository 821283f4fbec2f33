package app.quarry.account;

import app.quarry.account.internal.UserAccountRepository;
import app.quarry.base.Listing;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts an admin looks through, a page at a time: every sign-up adds one, so the
 * list is never read whole. Admins only.
 */
@Service
@Transactional(readOnly = true)
public class AccountDirectory {

	/**
	 * What the list may be sorted by: login, display name, and when the account began.
	 */
	public static final Set<String> SORTABLE = Set.of("login", "displayName", "createdAt");

	private final UserAccountRepository accounts;

	AccountDirectory(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	/**
	 * One page of the accounts whose login or display name contains the text (any case;
	 * blank means every account), sorted by any of {@link #SORTABLE} the page asks for,
	 * else by login.
	 */
	@RolesAllowed("ADMIN")
	public List<Account> find(@Nullable String text, Pageable page) {
		return this.accounts.findMatching(Listing.containing(text), Listing.page(page, SORTABLE, "login"))
			.stream()
			.map(AccountService::toAccount)
			.toList();
	}

	/** How many accounts {@link #find} finds in all. */
	@RolesAllowed("ADMIN")
	public long count(@Nullable String text) {
		return this.accounts.countMatching(Listing.containing(text));
	}

}
