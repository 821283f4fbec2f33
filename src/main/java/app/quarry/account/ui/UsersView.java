package app.quarry.account.ui;

import app.quarry.account.Account;
import app.quarry.account.AccountDirectory;
import app.quarry.account.AccountService;
import app.quarry.account.RegistrationRejected;
import app.quarry.account.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.stream.Collectors;

/** For admins: every account, its roles and whether it may log in. */
@Route("admin/users")
@PageTitle("Users · Quarry")
@Menu(order = 90, title = "Users")
@RolesAllowed("ADMIN")
class UsersView extends Main {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

	final Grid<Account> grid = new Grid<>(Account.class, false);

	final TextField find = new TextField("Find");

	final TextField displayName = new TextField("Name");

	final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");

	final Checkbox enabled = new Checkbox("May log in");

	final Button save = new Button("Save changes");

	final Paragraph error = new Paragraph();

	final Button resetPassword = new Button("Reset password");

	final Paragraph oneTimePassword = new Paragraph();

	private final VerticalLayout editor = new VerticalLayout();

	private final H2 editorTitle = new H2();

	private final transient AccountService accounts;

	private final transient AccountDirectory directory;

	UsersView(AccountService accounts, AccountDirectory directory) {
		this.accounts = accounts;
		this.directory = directory;
		addClassName("page");
		this.grid.addColumn(Account::login).setHeader("Login").setSortProperty("login").setAutoWidth(true);
		this.grid.addColumn(Account::displayName).setHeader("Name").setSortProperty("displayName").setAutoWidth(true);
		this.grid
			.addColumn(account -> account.roles()
				.stream()
				.sorted()
				.map(Role::name)
				.map(String::toLowerCase)
				.collect(Collectors.joining(", ")))
			.setHeader("Roles");
		this.grid.addColumn(account -> account.enabled() ? "yes" : "no").setHeader("May log in");
		this.grid.addColumn(account -> DAY.format(account.created())).setHeader("Since").setSortProperty("createdAt");
		this.grid.setAriaLabel("Accounts");
		this.grid.asSingleSelect().addValueChangeListener(change -> edit(change.getValue()));
		this.grid
			.setItems(query -> this.directory
				.find(this.find.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query))
				.stream(), query -> (int) this.directory.count(this.find.getValue()))
			// an account stays selected when the page holding it is read again after a
			// change
			.setIdentifierProvider(Account::id);
		this.find.setPlaceholder("Login or name");
		this.find.setClearButtonVisible(true);
		this.find.setValueChangeMode(ValueChangeMode.LAZY);
		this.find.addValueChangeListener(change -> this.grid.getDataProvider().refreshAll());
		this.roles.setItems(Role.values());
		this.roles.setItemLabelGenerator(role -> role.name().charAt(0) + role.name().substring(1).toLowerCase());
		this.error.addClassName("form-error");
		this.error.getElement().setAttribute("role", "alert");
		this.error.setVisible(false);
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener(click -> save());
		this.editor.setPadding(false);
		this.resetPassword.setId("reset-password");
		this.resetPassword.addClickListener(click -> resetPassword());
		this.oneTimePassword.setId("one-time-password");
		this.oneTimePassword.getElement().setAttribute("role", "status");
		this.displayName.setHelperText("Empty means the login is shown instead.");
		this.editor.add(this.editorTitle, this.error, this.displayName, this.roles, this.enabled, this.save,
				this.resetPassword, this.oneTimePassword);
		this.editor.setVisible(false);
		add(new H1("Users"),
				new Paragraph("Pick an account to change its roles, switch it off, or give a person who forgot "
						+ "their password a one-time one."),
				this.find, this.grid, this.editor);
	}

	private void edit(Account account) {
		this.error.setVisible(false);
		this.oneTimePassword.setText("");
		this.editor.setVisible(account != null);
		if (account != null) {
			this.editorTitle.setText(account.displayName() + " (" + account.login() + ")");
			this.displayName.setValue(account.displayName());
			this.roles.setValue(account.roles());
			this.enabled.setValue(account.enabled());
		}
	}

	/**
	 * Shows the new password once, here only: the person is told it by the admin, and
	 * must choose their own at the next log-in.
	 */
	void resetPassword() {
		Account selected = this.grid.asSingleSelect().getValue();
		if (selected == null) {
			return;
		}
		try {
			String password = this.accounts.resetPassword(selected.id());
			this.oneTimePassword.setText("One-time password for " + selected.login() + ": " + password
					+ " — tell it to them privately; it is shown only now, and they must choose a new password "
					+ "when they log in with it.");
		}
		catch (RegistrationRejected ex) {
			this.error.setText(ex.getMessage());
			this.error.setVisible(true);
		}
	}

	void save() {
		Account selected = this.grid.asSingleSelect().getValue();
		if (selected == null) {
			return;
		}
		try {
			Account saved = this.accounts.changeAccount(
					selected.id(), this.displayName.getValue(), this.roles.getValue().isEmpty()
							? EnumSet.noneOf(Role.class) : EnumSet.copyOf(this.roles.getValue()),
					this.enabled.getValue());
			Notification.show("Saved " + saved.login() + ".");
			this.grid.getDataProvider().refreshAll();
			this.grid.select(saved);
		}
		catch (RegistrationRejected ex) {
			this.error.setText(ex.getMessage());
			this.error.setVisible(true);
		}
	}

}
