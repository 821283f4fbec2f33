package app.quarry.account.ui;

import app.quarry.account.AccountService;
import app.quarry.account.CredentialRules;
import app.quarry.account.RegistrationRejected;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Choosing a new password; also where a one-time setup password must be replaced. */
@Route("password")
@PageTitle("Change password · Quarry")
@PermitAll
class ChangePasswordView extends Main {

	final PasswordField current = new PasswordField("Current password");

	final PasswordField fresh = new PasswordField("New password");

	final PasswordField repeat = new PasswordField("New password again");

	final Paragraph error = new Paragraph();

	private final transient AccountService accounts;

	ChangePasswordView(AccountService accounts) {
		this.accounts = accounts;
		addClassName("page");
		this.current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
		this.fresh.setAutocomplete(Autocomplete.NEW_PASSWORD);
		this.fresh.setHelperText("At least " + CredentialRules.MIN_PASSWORD_LENGTH
				+ " characters, not a common password and not containing your login.");
		this.repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
		this.error.addClassName("form-error");
		this.error.getElement().setAttribute("role", "alert");
		this.error.setVisible(false);
		Button save = new Button("Change password", click -> save());
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		save.addClickShortcut(Key.ENTER);
		FormLayout form = new FormLayout(this.current, this.fresh, this.repeat);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
		form.setMaxWidth("30rem");
		add(new H1("Change password"));
		if (accounts.currentMustChangePassword()) {
			add(new Paragraph("You logged in with a one-time password. Choose your own before going on."));
		}
		add(this.error, form, save);
	}

	void save() {
		if (!this.fresh.getValue().equals(this.repeat.getValue())) {
			showError("The two new passwords differ; type the same password twice.");
			return;
		}
		try {
			this.accounts.changePassword(this.current.getValue(), this.fresh.getValue());
			Notification.show("Password changed.");
			getUI().ifPresent(ui -> ui.navigate(""));
		}
		catch (RegistrationRejected ex) {
			showError(ex.getMessage());
		}
	}

	private void showError(String message) {
		this.error.setText(message);
		this.error.setVisible(true);
	}

}
