package app.quarry.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.quarry.account.internal.UserAccountRepository;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

@Tag("database")
@AccountSpringTest
class AccountServiceTest {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Autowired
	private AccountService accounts;

	@Autowired
	private AccountDirectory directory;

	@Autowired
	private UserAccountRepository repository;

	@Autowired
	private PasswordEncoder passwordEncoder;

	@Test
	void a_new_account_is_an_enabled_student_with_its_login_lower_cased() {
		Account account = this.accounts
			.register(new Registration("New.Student@Example.org", "Nia", "long enough pw", BERLIN));

		assertThat(account.login()).isEqualTo("new.student@example.org");
		assertThat(account.displayName()).isEqualTo("Nia");
		assertThat(account.roles()).containsExactly(Role.STUDENT);
		assertThat(account.enabled()).isTrue();
		assertThat(account.timeZone()).isEqualTo(BERLIN);
	}

	@Test
	void the_password_is_stored_as_a_bcrypt_hash_never_as_typed() {
		this.accounts.register(new Registration("hashed", "", "correct horse battery", BERLIN));

		String stored = this.repository.findByLogin("hashed").orElseThrow().getPasswordHash();
		assertThat(stored).startsWith("{bcrypt}$2a$10$").doesNotContain("correct horse battery");
		assertThat(this.passwordEncoder.matches("correct horse battery", stored)).isTrue();
		assertThat(this.passwordEncoder.matches("correct horse batterY", stored)).isFalse();
	}

	@Test
	void without_a_display_name_the_login_before_the_at_sign_is_used() {
		Account account = this.accounts.register(new Registration("grace@example.org", " ", "long enough pw", BERLIN));

		assertThat(account.displayName()).isEqualTo("grace");
	}

	@Test
	void a_short_password_is_refused_and_nothing_is_stored() {
		assertThatThrownBy(() -> this.accounts.register(new Registration("shorty", "", "123456789", BERLIN)))
			.isInstanceOf(RegistrationRejected.class)
			.hasMessage("Use a password of at least 10 characters.");
		assertThat(this.repository.existsByLogin("shorty")).isFalse();
	}

	@Test
	void a_malformed_login_is_refused_with_what_to_use() {
		assertThatThrownBy(() -> this.accounts.register(new Registration("a b", "", "long enough pw", BERLIN)))
			.isInstanceOf(RegistrationRejected.class)
			.hasMessage(
					"Use an email address, or a user name of 3 to 32 letters, digits, dots, dashes or underscores.");
	}

	@Test
	void a_taken_login_in_any_case_gets_the_generic_message_and_the_first_account_is_untouched() {
		this.accounts.register(new Registration("taken", "First", "first password", BERLIN));
		String hashBefore = this.repository.findByLogin("taken").orElseThrow().getPasswordHash();

		assertThatThrownBy(() -> this.accounts.register(new Registration("TAKEN", "Second", "second password", BERLIN)))
			.isInstanceOf(RegistrationRejected.class)
			.hasMessage("We could not create an account with these details. "
					+ "If you already have an account, log in; otherwise choose another email or user name.");
		assertThat(this.repository.findByLogin("taken").orElseThrow().getPasswordHash()).isEqualTo(hashBefore);
		assertThat(this.repository.findByLogin("taken").orElseThrow().getDisplayName()).isEqualTo("First");
	}

	@Test
	void listing_accounts_without_logging_in_is_refused() {
		assertThatThrownBy(() -> this.directory.find(null, Pageable.unpaged()))
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
	}

	@Test
	@WithMockUser(username = "some-student", roles = "STUDENT")
	void a_student_cannot_change_roles() {
		Account other = this.accounts.register(new Registration("would-be-teacher", "", "long enough pw", BERLIN));

		assertThatThrownBy(() -> this.accounts.changeRoles(other.id(), EnumSet.of(Role.TEACHER)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.accounts.setEnabled(other.id(), false)).isInstanceOf(AccessDeniedException.class);
		assertThat(this.accounts.findByLogin("would-be-teacher").orElseThrow().roles()).containsExactly(Role.STUDENT);
	}

	@Test
	@WithMockUser(username = "some-teacher", roles = "TEACHER")
	void a_teacher_cannot_change_roles_either() {
		Account other = this.accounts.register(new Registration("teacher-target", "", "long enough pw", BERLIN));

		assertThatThrownBy(() -> this.accounts.changeRoles(other.id(), EnumSet.of(Role.ADMIN)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithMockUser(username = "some-admin", roles = "ADMIN")
	void an_admin_makes_a_student_a_teacher_and_switches_an_account_off() {
		Account other = this.accounts.register(new Registration("promoted", "", "long enough pw", BERLIN));

		Account changed = this.accounts.changeAccess(other.id(), EnumSet.of(Role.TEACHER, Role.STUDENT), false);

		assertThat(changed.roles()).isEqualTo(Set.of(Role.TEACHER, Role.STUDENT));
		assertThat(changed.enabled()).isFalse();
		assertThat(this.accounts.findByLogin("promoted").orElseThrow().roles())
			.isEqualTo(Set.of(Role.TEACHER, Role.STUDENT));
	}

	@Test
	@WithMockUser(username = "some-admin", roles = "ADMIN")
	void an_account_needs_at_least_one_role() {
		Account other = this.accounts.register(new Registration("roleless", "", "long enough pw", BERLIN));

		assertThatThrownBy(() -> this.accounts.changeRoles(other.id(), EnumSet.noneOf(Role.class)))
			.isInstanceOf(RegistrationRejected.class)
			.hasMessage("An account needs at least one role.");
	}

	@Test
	@WithMockUser(username = "some-admin", roles = "ADMIN")
	void the_last_enabled_admin_can_be_neither_demoted_nor_switched_off() {
		Account admin = this.accounts.register(new Registration("sole-admin", "", "long enough pw", BERLIN));
		this.accounts.changeRoles(admin.id(), EnumSet.of(Role.ADMIN));
		for (Account account : this.directory.find(null, Pageable.unpaged())) {
			if (account.has(Role.ADMIN) && !account.id().equals(admin.id())) {
				this.accounts.changeRoles(account.id(), EnumSet.of(Role.STUDENT));
			}
		}

		assertThatThrownBy(() -> this.accounts.changeRoles(admin.id(), EnumSet.of(Role.TEACHER)))
			.isInstanceOf(RegistrationRejected.class)
			.hasMessage("This is the last admin; make someone else an admin first.");
		assertThatThrownBy(() -> this.accounts.setEnabled(admin.id(), false))
			.hasMessage("This is the last admin; make someone else an admin first.");
		assertThat(this.accounts.findByLogin("sole-admin").orElseThrow().roles()).containsExactly(Role.ADMIN);
	}

}
