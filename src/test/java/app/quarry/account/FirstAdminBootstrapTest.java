package app.quarry.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.quarry.account.internal.UserAccountRepository;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** The first admin of a fresh database, and the demo profile's accounts. */
@Tag("database")
@AccountSpringTest
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminBootstrapTest {

	private static final Pattern LOGGED_PASSWORD = Pattern.compile("one-time password:\\s+(\\S+)");

	@Autowired
	private AccountService accounts;

	@Autowired
	private UserAccountRepository repository;

	@Autowired
	private AuthenticationManager loginManager;

	@BeforeEach
	void startFromAnEmptyUsersTable() {
		this.repository.deleteAll();
	}

	@Test
	void with_no_accounts_and_nothing_configured_an_admin_with_a_logged_one_time_password_is_created(
			CapturedOutput output) {
		int mark = output.getOut().length();
		bootstrap("", "").run(null);

		Matcher logged = LOGGED_PASSWORD.matcher(output.getOut().substring(mark));
		assertThat(logged.find()).isTrue();
		String password = logged.group(1);
		assertThat(password).hasSize(20).matches("[a-km-zA-HJ-NP-Z2-9]+");
		assertThat(roles(logIn("admin", password))).containsExactly("ROLE_ADMIN");
		assertThat(this.repository.findByLogin("admin").orElseThrow().isMustChangePassword()).isTrue();
	}

	@Test
	void two_fresh_databases_get_different_one_time_passwords() {
		FirstAdminBootstrap bootstrap = bootstrap("", "");

		assertThat(bootstrap.oneTimePassword()).isNotEqualTo(bootstrap.oneTimePassword());
	}

	@Test
	void a_configured_admin_is_created_with_its_password_and_no_setup_account(CapturedOutput output) {
		int mark = output.getOut().length();
		bootstrap("Boss@Example.org", "configured admin pw").run(null);

		assertThat(roles(logIn("boss@example.org", "configured admin pw"))).containsExactly("ROLE_ADMIN");
		assertThat(this.repository.findByLogin("boss@example.org").orElseThrow().isMustChangePassword()).isFalse();
		assertThat(this.repository.existsByLogin("admin")).isFalse();
		assertThat(output.getOut().substring(mark)).doesNotContain("one-time password");
	}

	@Test
	void a_configured_admin_is_added_to_a_database_that_already_has_accounts() {
		this.accounts.register(new Registration("early-student", "", "long enough pw", ZoneOffset.UTC));

		bootstrap("late-admin", "configured admin pw").run(null);

		assertThat(this.accounts.findByLogin("late-admin").orElseThrow().roles()).containsExactly(Role.ADMIN);
	}

	@Test
	void starting_again_with_the_same_configuration_changes_nothing() {
		bootstrap("boss", "configured admin pw").run(null);
		long before = this.repository.count();

		bootstrap("boss", "another password!").run(null);

		assertThat(this.repository.count()).isEqualTo(before);
		assertThat(logIn("boss", "configured admin pw").isAuthenticated()).isTrue();
	}

	@Test
	void a_configured_password_that_is_too_short_stops_start_up_with_the_reason() {
		assertThatThrownBy(() -> bootstrap("boss", "short").run(null)).isInstanceOf(IllegalStateException.class)
			.hasMessage("quarry.admin.email/quarry.admin.password: Use a password of at least 10 characters.");
	}

	@Test
	void when_accounts_exist_and_nothing_is_configured_no_account_is_created(CapturedOutput output) {
		this.accounts.register(new Registration("only-student", "", "long enough pw", ZoneOffset.UTC));

		int mark = output.getOut().length();
		bootstrap("", "").run(null);

		assertThat(this.repository.count()).isEqualTo(1);
		assertThat(output.getOut().substring(mark)).doesNotContain("one-time password");
	}

	@Test
	void the_demo_profile_seeds_a_student_a_teacher_and_an_admin_with_the_documented_passwords() {
		DemoAccounts demo = new DemoAccounts(seeding());
		demo.run(null);
		demo.run(null);

		assertThat(this.repository.count()).isEqualTo(3);
		assertThat(roles(logIn("student", "learn-with-quarry"))).containsExactly("ROLE_STUDENT");
		assertThat(roles(logIn("teacher", "teach-with-quarry"))).containsExactlyInAnyOrder("ROLE_TEACHER",
				"ROLE_STUDENT");
		assertThat(roles(logIn("admin", "manage-quarry-1"))).containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_TEACHER");
	}

	@Test
	void after_the_demo_accounts_the_bootstrap_prints_no_setup_password(CapturedOutput output) {
		new DemoAccounts(seeding()).run(null);
		int mark = output.getOut().length();

		bootstrap("", "").run(null);

		assertThat(output.getOut().substring(mark)).doesNotContain("one-time password");
	}

	@Test
	void two_nodes_bootstrapping_one_empty_database_at_once_both_start_and_make_one_admin() throws Exception {
		for (int round = 0; round < 2; round++) {
			this.repository.deleteAll();
			CyclicBarrier together = new CyclicBarrier(2);
			ExecutorService nodes = Executors.newFixedThreadPool(2);
			try {
				List<Future<?>> started = new ArrayList<>();
				for (int node = 0; node < 2; node++) {
					started.add(nodes.submit(() -> {
						together.await();
						bootstrap("", "").run(null);
						return null;
					}));
				}
				for (Future<?> node : started) {
					node.get(30, TimeUnit.SECONDS);
				}
			}
			finally {
				nodes.shutdownNow();
			}
			assertThat(this.repository.count()).isEqualTo(1);
		}
	}

	private FirstAdminBootstrap bootstrap(String login, String password) {
		return new FirstAdminBootstrap(seeding(), this.repository, login, password);
	}

	private AccountSeeding seeding() {
		return new AccountSeeding(this.accounts, this.repository);
	}

	// Spring Security also grants a FACTOR_PASSWORD authority; only the roles matter
	// here.
	private static java.util.List<String> roles(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.map(Object::toString)
			.filter(authority -> authority.startsWith("ROLE_"))
			.toList();
	}

	private Authentication logIn(String login, String password) {
		return this.loginManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(login, password));
	}

}
