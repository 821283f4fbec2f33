package app.quarry;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import java.security.Principal;
import java.util.HashSet;
import java.util.Set;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Vaadin without a browser (Karibu-Testing) inside the Spring test context, with Spring
 * Security's current user visible to Vaadin's view access checks, as the servlet filter
 * would make it in the running app.
 */
public final class BrowserlessUi {

	private static final Routes ROUTES = routes();

	private BrowserlessUi() {
	}

	/** A fresh UI and session; call from {@code @BeforeEach}. */
	public static void start(ApplicationContext context) {
		MockVaadin.setMockRequestFactory(session -> new FakeRequest(session) {
			@Override
			public Principal getUserPrincipal() {
				return currentAuthentication();
			}

			@Override
			public boolean isUserInRole(String role) {
				Authentication authentication = currentAuthentication();
				return authentication != null && authentication.getAuthorities()
					.stream()
					.anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role));
			}
		});
		MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
	}

	/** Ends the UI and forgets the logged-in user; call from {@code @AfterEach}. */
	public static void stop() {
		MockVaadin.tearDown();
		SecurityContextHolder.clearContext();
	}

	/** Logs this person in, as a successful form log-in would. */
	public static void logIn(UserDetails user) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	// Karibu's own discovery sees public classes only; Quarry's views are
	// package-private.
	private static Routes routes() {
		Routes discovered = new Routes().autoDiscoverViews("app.quarry");
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
		scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
		Set<Class<? extends Component>> views = new HashSet<>(discovered.getRoutes());
		for (BeanDefinition candidate : scanner.findCandidateComponents("app.quarry")) {
			views.add(ClassUtils.resolveClassName(candidate.getBeanClassName(), null).asSubclass(Component.class));
		}
		return new Routes(views, discovered.getErrorRoutes(), true);
	}

	private static Authentication currentAuthentication() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication == null || authentication instanceof AnonymousAuthenticationToken) ? null
				: authentication;
	}

}
