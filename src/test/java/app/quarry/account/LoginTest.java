package app.quarry.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Log-in through the real security filter chain and the real H2 {@code users} table. */
@Tag("database")
@AccountSpringTest
class LoginTest {

	private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

	@Autowired
	private WebApplicationContext context;

	@Autowired
	private AccountService accounts;

	private MockMvc mvc;

	// Each test logs in from its own address, so their failures do not add up.
	private final String address = "10.1.0." + ADDRESSES.getAndIncrement();

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void the_right_password_logs_in_as_the_account_with_its_roles() throws Exception {
		register("login-ok", "the right password");

		logIn("login-ok", "the right password").andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername("login-ok").withRoles("STUDENT"));
	}

	@Test
	void the_login_may_be_typed_in_another_case() throws Exception {
		register("Case.Login@Example.org", "the right password");

		logIn("CASE.LOGIN@example.ORG", "the right password")
			.andExpect(authenticated().withUsername("case.login@example.org"));
	}

	@Test
	void a_wrong_password_and_an_unknown_login_end_on_the_same_page() throws Exception {
		register("login-wrong", "the right password");

		logIn("login-wrong", "a wrong password").andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
		logIn("nobody-has-this-name", "a wrong password").andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
	}

	@Test
	void a_switched_off_account_cannot_log_in_and_sees_the_same_failure() throws Exception {
		register("switched-off", "the right password");
		switchOff("switched-off");

		logIn("switched-off", "the right password").andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
	}

	@Test
	void after_three_failures_even_the_right_password_is_refused_for_a_while() throws Exception {
		register("guessed-at", "the right password");
		for (int i = 0; i < 3; i++) {
			logIn("guessed-at", "guess number " + i).andExpect(unauthenticated());
		}

		logIn("guessed-at", "the right password").andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
	}

	@Test
	void two_failures_then_the_right_password_logs_in_and_clears_the_count() throws Exception {
		register("two-typos", "the right password");
		logIn("two-typos", "typo one").andExpect(unauthenticated());
		logIn("two-typos", "typo two").andExpect(unauthenticated());

		logIn("two-typos", "the right password").andExpect(authenticated());
		logIn("two-typos", "typo three").andExpect(unauthenticated());
		logIn("two-typos", "typo four").andExpect(unauthenticated());
		logIn("two-typos", "the right password").andExpect(authenticated());
	}

	private void register(String login, String password) {
		this.accounts.register(new Registration(login, "", password, ZoneOffset.UTC));
	}

	private void switchOff(String login) {
		SecurityContextForTests
			.asAdmin(() -> this.accounts.setEnabled(this.accounts.findByLogin(login).orElseThrow().id(), false));
	}

	private ResultActions logIn(String login, String password) throws Exception {
		return this.mvc
			.perform(post("/login").param("username", login).param("password", password).with(csrf()).with(request -> {
				request.setRemoteAddr(this.address);
				return request;
			}));
	}

}
