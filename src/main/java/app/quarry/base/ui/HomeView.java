package app.quarry.base.ui;

import app.quarry.base.NamedPrincipal;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The start page: what Quarry is, then what each feature has to say to whoever is looking
 * ({@link HomeSection}): the material, what is due, the class to join, a teacher's next
 * steps.
 */
@Route("")
@PageTitle("Quarry")
@Menu(order = 0, title = "Home")
@AnonymousAllowed
class HomeView extends Main {

	HomeView(AuthenticationContext authenticationContext, ObjectProvider<HomeSection> sections) {
		addClassName("page");
		if (authenticationContext.isAuthenticated()) {
			String name = authenticationContext.getAuthenticatedUser(Object.class)
				.map(principal -> (principal instanceof NamedPrincipal named) ? named.displayName() : null)
				.or(authenticationContext::getPrincipalName)
				.orElse("");
			add(new H1("Welcome back, " + name));
		}
		else {
			add(new H1("Quarry"),
					new Paragraph("Questions quarried from documents, remembered with spaced repetition."),
					new Paragraph("Quarry reads a set of documents, asks you about what they say — dates, numbers, "
							+ "who said what, who is who — and shows each question again just before you would "
							+ "forget it. Every answer links back to the sentence it came from."),
					LinkButtons.row(LinkButtons.link("signup", "Sign up", true),
							LinkButtons.link("login", "Log in", false)));
		}
		sections.stream()
			.sorted(Comparator.comparingInt(HomeSection::order))
			.map(HomeSection::build)
			.flatMap(Optional::stream)
			.forEach(this::add);
	}

}
