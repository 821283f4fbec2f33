package app.quarry.account.ui;

import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Log-in page; Spring Security handles the form post. */
@Route(value = "login", autoLayout = false)
@PageTitle("Log in · Quarry")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

	private final LoginForm form = new LoginForm();

	LoginView() {
		form.setAction("login");
		setSizeFull();
		setAlignItems(Alignment.CENTER);
		setJustifyContentMode(JustifyContentMode.CENTER);
		add(form);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
	}

}
