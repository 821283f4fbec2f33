package app.quarry.study.ui;

import java.time.ZoneOffset;
import java.util.List;

import app.quarry.account.AccountService;
import app.quarry.account.Registration;
import app.quarry.bank.BankImporter;
import app.quarry.study.SampleBank;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Browserless view tests (Karibu-Testing) on the whole application with a private
 * in-memory H2 database and the sample bank; each test logs in a learner of its own.
 */
@StudySpringTest
public abstract class StudyViewTestBase {

	private static final Routes ROUTES = routes();

	private static int learners;

	@Autowired
	ApplicationContext context;

	@Autowired
	AccountService accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	BankImporter bank;

	long learnerId;

	/** Auto-discovery finds public views only; the study views are package-private. */
	private static Routes routes() {
		Routes routes = new Routes().autoDiscoverViews("app.quarry");
		routes.getRoutes().addAll(List.of(StudyView.class, DashboardView.class, SettingsView.class));
		return routes;
	}

	@BeforeEach
	void setUpVaadinAndLogIn() {
		SampleBank.importInto(this.bank);
		MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, this.context, UI::new));
		String login = "learner" + (++learners) + "-" + System.nanoTime() + "@example.org";
		this.learnerId = this.accounts
			.register(new Registration(login, "Learner", "correct horse battery", ZoneOffset.UTC))
			.id()
			.value();
		UserDetails user = this.users.loadUserByUsername(login);
		var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
		SecurityContextHolder.getContext().setAuthentication(authentication);
		FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
		request.setUserPrincipalInt(authentication);
		request.setUserInRole((principal, role) -> user.getAuthorities()
			.stream()
			.anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
	}

	@AfterEach
	void tearDownVaadin() {
		MockVaadin.tearDown();
		SecurityContextHolder.clearContext();
	}

}
