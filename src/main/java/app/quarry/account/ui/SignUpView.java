package app.quarry.account.ui;

import app.quarry.account.AccountService;
import app.quarry.account.CredentialRules;
import app.quarry.account.Registration;
import app.quarry.account.RegistrationRejected;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.TreeSet;

/** Sign-up: a new account is a student; after it is made, the person logs in. */
@Route(value = "signup", autoLayout = false)
@PageTitle("Sign up · Quarry")
@AnonymousAllowed
class SignUpView extends Main implements BeforeEnterObserver {

	final TextField login = new TextField("Email or user name");

	final TextField displayName = new TextField("Your name (optional)");

	final PasswordField password = new PasswordField("Password");

	final PasswordField repeat = new PasswordField("Password again");

	final ComboBox<String> timeZone = new ComboBox<>("Time zone");

	final Button create = new Button("Create account");

	final Paragraph error = new Paragraph();

	private final transient AccountService accounts;

	private final transient AuthenticationContext authenticationContext;

	SignUpView(AccountService accounts, AuthenticationContext authenticationContext) {
		this.accounts = accounts;
		this.authenticationContext = authenticationContext;
		addClassName("auth-page");
		this.login.setRequired(true);
		this.login.setAutocomplete(Autocomplete.USERNAME);
		this.password.setRequired(true);
		this.password.setHelperText("At least " + CredentialRules.MIN_PASSWORD_LENGTH
				+ " characters, not a common password and not containing your login; a few unrelated words make a "
				+ "good one.");
		this.password.setAutocomplete(Autocomplete.NEW_PASSWORD);
		this.repeat.setRequired(true);
		this.repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
		this.timeZone.setItems(new TreeSet<>(ZoneId.getAvailableZoneIds()));
		this.timeZone.setValue(ZoneOffset.UTC.getId());
		this.timeZone.setHelperText("Your study day is counted in this zone.");
		this.error.addClassName("form-error");
		this.error.getElement().setAttribute("role", "alert");
		this.error.setVisible(false);
		this.create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.create.addClickListener(click -> submit());
		this.create.addClickShortcut(Key.ENTER);
		FormLayout form = new FormLayout(this.login, this.displayName, this.password, this.repeat, this.timeZone);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
		Paragraph logIn = new Paragraph("Already have an account? ");
		logIn.add(new Anchor("login", "Log in"));
		add(new Anchor("", "Quarry"), new H1("Create your Quarry account"), this.error, form, this.create, logIn);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		if (this.authenticationContext.isAuthenticated()) {
			event.forwardTo("");
			return;
		}
		UI ui = event.getUI();
		ui.getPage().retrieveExtendedClientDetails(details -> {
			String zone = details.getTimeZoneId();
			if (zone != null && ZoneId.getAvailableZoneIds().contains(zone)) {
				this.timeZone.setValue(zone);
			}
		});
	}

	void submit() {
		if (!this.password.getValue().equals(this.repeat.getValue())) {
			showError("The two passwords differ; type the same password twice.");
			return;
		}
		try {
			ZoneId zone = (this.timeZone.getValue() == null) ? ZoneOffset.UTC : ZoneId.of(this.timeZone.getValue());
			this.accounts.register(new Registration(this.login.getValue(), this.displayName.getValue(),
					this.password.getValue(), zone), clientAddress());
			getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.of("registered", "yes")));
		}
		catch (RegistrationRejected ex) {
			showError(ex.getMessage());
		}
	}

	/** The visitor's address, as the servlet container sees it. */
	private static String clientAddress() {
		VaadinRequest request = VaadinRequest.getCurrent();
		return (request == null) ? null : request.getRemoteAddr();
	}

	private void showError(String message) {
		this.error.setText(message);
		this.error.setVisible(true);
		this.password.clear();
		this.repeat.clear();
	}

}
