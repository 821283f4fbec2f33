package app.quarry.account.internal;

import app.quarry.account.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Storage of {@link UserAccount}s; used only by the account feature's services. */
public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByLogin(String login);

	boolean existsByLogin(String login);

	List<UserAccount> findAllByOrderByLoginAsc();

	@Query("select count(u) from UserAccount u join u.roles r where r = :role and u.enabled = true")
	long countEnabledWithRole(Role role);

}
