package app.quarry.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * Log-in page; Spring Security handles the form post. Every failure (unknown name, wrong
 * password, switched-off account, too many attempts) shows the same message, so the page
 * never tells whether an account exists.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Log in · Quarry")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

	static final String FAILURE_TITLE = "Could not log you in";

	static final String FAILURE_MESSAGE = "Check your email or user name and password. "
			+ "After several failed tries, log-in pauses for a little while: wait a minute and try again.";

	static final String FORGOT_PASSWORD = "Forgot your password? Ask your teacher or administrator: they can give "
			+ "you a one-time password, and you choose a new one when you log in with it.";

	private final LoginForm form = new LoginForm();

	final LoginI18n i18n = i18n();

	private final Paragraph notice = new Paragraph();

	private final transient AuthenticationContext authenticationContext;

	LoginView(AuthenticationContext authenticationContext) {
		this.authenticationContext = authenticationContext;
		addClassName("auth-page");
		this.form.setAction("login");
		this.form.setForgotPasswordButtonVisible(false);
		this.form.setI18n(this.i18n);
		this.notice.addClassName("auth-notice");
		this.notice.setVisible(false);
		Paragraph signUp = new Paragraph("New to Quarry? ");
		signUp.add(new Anchor("signup", "Create an account"));
		// no e-mail is sent: an admin resets the password to a one-time one
		Paragraph forgot = new Paragraph(FORGOT_PASSWORD);
		forgot.setId("forgot-password");
		forgot.addClassName("auth-help");
		add(new Anchor("", "Quarry"), this.notice, this.form, forgot, signUp);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		if (this.authenticationContext.isAuthenticated()) {
			event.forwardTo("");
			return;
		}
		var parameters = event.getLocation().getQueryParameters().getParameters();
		this.form.setError(parameters.containsKey("error"));
		if (parameters.containsKey("registered")) {
			this.notice.setText("Your account is ready. Log in with the details you chose.");
			this.notice.setVisible(true);
		}
	}

	private static LoginI18n i18n() {
		LoginI18n i18n = LoginI18n.createDefault();
		i18n.getForm().setTitle("Log in to Quarry");
		i18n.getForm().setUsername("Email or user name");
		i18n.getErrorMessage().setTitle(FAILURE_TITLE);
		i18n.getErrorMessage().setMessage(FAILURE_MESSAGE);
		return i18n;
	}

}
