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

/** The landing page: what Quarry is for visitors, where to go next for learners. */
@Route("")
@PageTitle("Quarry")
@Menu(order = 0, title = "Home")
@AnonymousAllowed
class HomeView extends Main {

	HomeView(AuthenticationContext authenticationContext) {
		addClassName("page");
		if (authenticationContext.isAuthenticated()) {
			String name = authenticationContext.getAuthenticatedUser(Object.class)
				.map(principal -> (principal instanceof NamedPrincipal named) ? named.displayName() : null)
				.or(authenticationContext::getPrincipalName)
				.orElse("");
			add(new H1("Welcome back, " + name),
					new Paragraph("Your due cards are waiting; a few minutes a day keep them remembered."),
					links(link("study", "Study due cards", true), link("dashboard", "See your progress", false)));
		}
		else {
			add(new H1("Quarry"),
					new Paragraph("Questions quarried from documents, remembered with spaced repetition."),
					new Paragraph("Quarry reads a set of documents, asks you about what they say — dates, numbers, "
							+ "who said what, who is who — and shows each question again just before you would "
							+ "forget it. Every answer links back to the sentence it came from."),
					links(link("signup", "Sign up", true), link("login", "Log in", false)));
		}
	}

	private static Div links(Anchor... anchors) {
		Div links = new Div(anchors);
		links.addClassName("home-links");
		return links;
	}

	private static Anchor link(String path, String text, boolean primary) {
		Anchor anchor = new Anchor(path, text);
		anchor.addClassName(primary ? "button-link-primary" : "button-link");
		return anchor;
	}

}
