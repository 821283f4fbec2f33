package app.quarry.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.quarry.BrowserlessUi;
import app.quarry.account.Account;
import app.quarry.account.Registration;
import app.quarry.account.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A person who forgot their password asks; an admin gives a one-time password, and the
 * next log-in must choose a new one, as at first start.
 */
class PasswordResetViewTest extends AccountViewTest {

	private static final Pattern SHOWN = Pattern.compile("One-time password for karibu-forgetful: (\\S+) — .*");

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void the_log_in_page_says_whom_to_ask_for_a_forgotten_password() {
		UI.getCurrent().navigate("login");

		assertThat(_get(Paragraph.class, spec -> spec.withId("forgot-password")).getText())
			.startsWith("Forgot your password? Ask your teacher or administrator");
	}

	@Test
	void an_admin_gives_a_one_time_password_that_must_be_replaced_at_the_next_log_in() {
		logInAs("karibu-reset-admin", EnumSet.of(Role.ADMIN), false);
		Account forgetful = this.accounts
			.register(new Registration("karibu-forgetful", "", "the forgotten one", ZoneOffset.UTC));
		UI.getCurrent().navigate("admin/users");
		UsersView view = _get(UsersView.class);
		view.grid.select(view.grid.getGenericDataView()
			.getItems()
			.filter(a -> a.id().equals(forgetful.id()))
			.findFirst()
			.orElseThrow());

		view.resetPassword.click();

		Matcher shown = SHOWN.matcher(view.oneTimePassword.getText());
		assertThat(shown.matches()).as(view.oneTimePassword.getText()).isTrue();
		UserDetails after = this.users.loadUserByUsername("karibu-forgetful");
		assertThat(this.passwordEncoder.matches(shown.group(1), after.getPassword())).isTrue();
		assertThat(this.passwordEncoder.matches("the forgotten one", after.getPassword())).isFalse();

		BrowserlessUi.logIn(after);
		assertThat(this.accounts.currentMustChangePassword()).isTrue();
		UI.getCurrent().navigate("");
		_get(ChangePasswordView.class);
	}

	@Test
	void only_an_admin_may_reset_a_password() {
		logInAs("karibu-reset-teacher", EnumSet.of(Role.TEACHER), false);

		assertThatThrownBy(() -> this.accounts.resetPassword(this.accounts.current().orElseThrow().id()))
			.isInstanceOf(AccessDeniedException.class);
	}

}
