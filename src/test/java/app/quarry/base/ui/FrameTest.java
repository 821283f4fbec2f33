package app.quarry.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.BrowserlessUi;
import app.quarry.account.AccountFixtures;
import app.quarry.account.AccountService;
import app.quarry.account.AccountSpringTest;
import app.quarry.account.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The frame: home page for visitors and learners, user menu, theme switch, shortcut
 * overlay.
 */
@AccountSpringTest
class FrameTest {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private AccountService accounts;

	@Autowired
	private UserDetailsService users;

	@AfterEach
	void stop() {
		BrowserlessUi.stop();
	}

	@Test
	void a_visitor_sees_what_quarry_is_and_links_to_sign_up_and_log_in() {
		BrowserlessUi.start(this.context);
		UI.getCurrent().navigate("");

		HomeView home = _get(HomeView.class);
		assertThat(_get(home, H1.class).getText()).isEqualTo("Quarry");
		assertThat(_get(home, Anchor.class, spec -> spec.withText("Sign up")).getHref()).isEqualTo("signup");
		assertThat(_get(home, Anchor.class, spec -> spec.withText("Log in")).getHref()).isEqualTo("login");
	}

	@Test
	void a_learner_is_greeted_by_name_and_sent_to_study_or_the_dashboard() {
		AccountFixtures.create(this.accounts, "frame-learner@example.org", EnumSet.of(Role.STUDENT), false);
		// Logging in loads a new page in the browser: log in first, then open the UI.
		BrowserlessUi.logIn(this.users.loadUserByUsername("frame-learner@example.org"));
		BrowserlessUi.start(this.context);

		UI.getCurrent().navigate("");

		HomeView home = _get(HomeView.class);
		assertThat(_get(home, H1.class).getText()).isEqualTo("Welcome back, frame-learner");
		// nothing is due yet for a new learner, so the link offers new cards
		assertThat(_get(home, Anchor.class, spec -> spec.withText("Study new cards")).getHref()).isEqualTo("study");
		assertThat(_get(home, Anchor.class, spec -> spec.withText("See your progress")).getHref())
			.isEqualTo("dashboard");
		assertThat(_get(UserMenu.class).getItems().get(0).getAriaLabel()).hasValue("Account menu of frame-learner");
	}

	@Test
	void the_theme_switch_says_what_it_will_do_and_flips() {
		BrowserlessUi.start(this.context);
		UI.getCurrent().navigate("");
		ThemeToggle toggle = _get(ThemeToggle.class);
		assertThat(toggle.isDark()).isFalse();
		assertThat(toggle.getAriaLabel()).hasValue("Use the dark theme");

		toggle.click();

		assertThat(toggle.isDark()).isTrue();
		assertThat(toggle.getAriaLabel()).hasValue("Use the light theme");
		assertThat(toggle.getElement().getAttribute("aria-pressed")).isEqualTo("true");
	}

	@Test
	void keys_registered_by_a_view_are_listed_while_it_is_shown_and_gone_after() {
		BrowserlessUi.start(this.context);
		UI ui = UI.getCurrent();
		ui.navigate("");
		HomeView home = _get(HomeView.class);
		ShortcutHelp.register(home, "Space", "Show the answer");

		assertThat(ShortcutHelp.entries(ui)).containsExactly(ShortcutHelp.OPEN_HELP, ShortcutHelp.CLOSE,
				new ShortcutHelp.Entry("Space", "Show the answer"));
		ui.navigate("login");
		assertThat(ShortcutHelp.entries(ui)).containsExactly(ShortcutHelp.OPEN_HELP, ShortcutHelp.CLOSE);
	}

	@Test
	void the_overlay_lists_every_key_with_its_action() {
		BrowserlessUi.start(this.context);
		UI ui = UI.getCurrent();
		ui.navigate("");
		ShortcutHelp.register(_get(HomeView.class), "1 – 4", "Rate the card");

		Dialog dialog = ShortcutHelp.open(ui);

		assertThat(dialog.isOpened()).isTrue();
		List<String> texts = dialog.getChildren()
			.flatMap(list -> list.getChildren())
			.map(row -> row.getElement().getTextRecursively())
			.toList();
		assertThat(texts).containsExactly("?Show this list of keys", "EscClose a dialog", "1 – 4Rate the card");
		assertThat(_get(dialog, Span.class, spec -> spec.withText("Rate the card")).isVisible()).isTrue();
	}

}
