package app.quarry.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.BrowserlessUi;
import app.quarry.account.AccountService;
import app.quarry.account.RateLimit;
import app.quarry.account.RateLimiter;
import app.quarry.account.AccountSpringTest;
import app.quarry.account.Registration;
import app.quarry.account.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@AccountSpringTest
class SignUpViewTest {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private AccountService accounts;

	@Autowired
	private RateLimiter limiter;

	private SignUpView view;

	@BeforeEach
	void openSignUp() {
		BrowserlessUi.start(this.context);
		UI.getCurrent().navigate("signup");
		this.view = _get(SignUpView.class);
	}

	@AfterEach
	void close() {
		BrowserlessUi.stop();
	}

	@Test
	void signing_up_creates_a_student_and_leads_to_the_log_in_page_with_a_welcome() {
		fill("karibu-new@example.org", "Kari", "a good long password", "a good long password");
		this.view.timeZone.setValue("Asia/Seoul");

		this.view.create.click();

		var account = this.accounts.findByLogin("karibu-new@example.org").orElseThrow();
		assertThat(account.roles()).containsExactly(Role.STUDENT);
		assertThat(account.displayName()).isEqualTo("Kari");
		assertThat(account.timeZone()).isEqualTo(ZoneId.of("Asia/Seoul"));
		assertThat(_get(LoginView.class).isAttached()).isTrue();
		_assertNone(SignUpView.class);
	}

	@Test
	void a_short_password_is_explained_and_no_account_is_made() {
		fill("karibu-short", "", "too short", "too short");

		this.view.create.click();

		assertThat(this.view.error.isVisible()).isTrue();
		assertThat(this.view.error.getText()).isEqualTo("Use a password of at least 10 characters.");
		assertThat(this.accounts.findByLogin("karibu-short")).isEmpty();
		assertThat(this.view.password.getValue()).isEmpty();
	}

	@Test
	void two_different_passwords_are_refused_before_anything_is_stored() {
		fill("karibu-mismatch", "", "a good long password", "a good long passwort");

		this.view.create.click();

		assertThat(this.view.error.getText()).isEqualTo("The two passwords differ; type the same password twice.");
		assertThat(this.accounts.findByLogin("karibu-mismatch")).isEmpty();
	}

	@Test
	void a_taken_login_gets_the_message_that_does_not_say_more_than_needed() {
		this.accounts.register(new Registration("karibu-taken", "", "first long password", ZoneId.of("UTC")));
		fill("Karibu-Taken", "", "a good long password", "a good long password");

		this.view.create.click();

		assertThat(this.view.error.getText()).isEqualTo("We could not create an account with these details. "
				+ "If you already have an account, log in; otherwise choose another email or user name.");
		assertThat(_get(SignUpView.class)).isSameAs(this.view);
	}

	@Test
	void a_common_password_is_explained_and_no_account_is_made() {
		fill("karibu-common", "", "qwertyuiop", "qwertyuiop");

		this.view.create.click();

		assertThat(this.view.error.getText()).startsWith("This password is one of the most common ones");
		assertThat(this.accounts.findByLogin("karibu-common")).isEmpty();
	}

	@Test
	void a_password_containing_the_login_is_explained_and_no_account_is_made() {
		fill("karibu-self", "", "Karibu-Self-2026", "Karibu-Self-2026");

		this.view.create.click();

		assertThat(this.view.error.getText()).startsWith("A password must not contain your email or user name");
		assertThat(this.accounts.findByLogin("karibu-self")).isEmpty();
	}

	@Test
	void a_name_of_only_invisible_characters_is_explained_and_no_account_is_made() {
		fill("karibu-invisible", "\u200B\u200B", "a good long password", "a good long password");

		this.view.create.click();

		assertThat(this.view.error.getText()).startsWith("Your name is made only of invisible characters");
		assertThat(this.accounts.findByLogin("karibu-invisible")).isEmpty();
	}

	@Test
	void an_address_that_signed_up_too_often_is_told_how_long_to_wait() {
		String address = VaadinRequest.getCurrent().getRemoteAddr();
		for (int i = 0; i < RateLimit.SIGN_UP.freeAttempts(); i++) {
			this.limiter.record(RateLimit.SIGN_UP, address);
		}
		try {
			fill("karibu-too-many", "", "a good long password", "a good long password");

			this.view.create.click();

			assertThat(this.view.error.getText()).isEqualTo("Too many attempts — try again in 1 minute.");
			assertThat(this.accounts.findByLogin("karibu-too-many")).isEmpty();
		}
		finally {
			this.limiter.reset(RateLimit.SIGN_UP, address);
		}
	}

	private void fill(String login, String name, String password, String repeat) {
		this.view.login.setValue(login);
		this.view.displayName.setValue(name);
		this.view.password.setValue(password);
		this.view.repeat.setValue(repeat);
	}

}
