package app.quarry.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.account.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.QueryParameters;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoginViewTest extends AccountViewTest {

	@Test
	void the_log_in_page_posts_to_spring_security_and_links_to_sign_up() {
		UI.getCurrent().navigate("login");

		LoginForm form = _get(LoginForm.class);
		assertThat(form.getAction()).isEqualTo("login");
		assertThat(form.isError()).isFalse();
		assertThat(_get(Anchor.class, spec -> spec.withText("Create an account")).getHref()).isEqualTo("signup");
	}

	@Test
	void after_a_failed_log_in_one_message_covers_every_reason() {
		UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

		LoginForm form = _get(LoginForm.class);
		assertThat(form.isError()).isTrue();
		LoginI18n.ErrorMessage shown = _get(LoginView.class).i18n.getErrorMessage();
		assertThat(shown.getTitle()).isEqualTo("Could not log you in");
		assertThat(shown.getMessage()).isEqualTo("Check your email or user name and password. "
				+ "After several failed tries, log-in pauses for a little while: wait a minute and try again.");
	}

	@Test
	void a_visitor_who_opens_an_admin_page_is_sent_to_log_in() {
		UI.getCurrent().navigate("admin/users");

		_get(LoginView.class);
		_assertNone(UsersView.class);
	}

	@Test
	void a_logged_in_person_who_opens_the_log_in_page_lands_on_the_home_page() {
		logInAs("karibu-logged", Set.of(Role.STUDENT), false);

		UI.getCurrent().navigate("login");

		_assertNone(LoginView.class);
	}

}
