package app.quarry.account.internal;

import app.quarry.account.AccountName;
import app.quarry.account.Role;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Storage of {@link UserAccount}s; used only by the account feature's services. */
public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByLogin(String login);

	boolean existsByLogin(String login);

	String MATCHING = "from UserAccount u where (:text is null"
			+ " or lower(u.login) like :text or lower(u.displayName) like :text)";

	/**
	 * The accounts whose login or display name is like the lower-case pattern; null: all.
	 */
	@Query("select u " + MATCHING)
	List<UserAccount> findMatching(@Nullable String text, Pageable page);

	@Query("select count(u) " + MATCHING)
	long countMatching(@Nullable String text);

	/** Names only: loading whole accounts would also read each one's roles. */
	@Query("select new app.quarry.account.AccountName(u.id, u.login, u.displayName) from UserAccount u"
			+ " where u.id in :ids")
	List<AccountName> findNames(Collection<Long> ids);

	@Query("select count(u) from UserAccount u join u.roles r where r = :role and u.enabled = true")
	long countEnabledWithRole(Role role);

}
