package app.quarry.account.ui;

import app.quarry.account.AccountService;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a person who logged in with a one-time password on the change-password page until
 * they have chosen their own.
 */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

	private final transient AccountService accounts;

	PasswordChangeGate(AccountService accounts) {
		this.accounts = accounts;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
	}

	private void check(BeforeEnterEvent event) {
		if (event.getNavigationTarget() != ChangePasswordView.class && event.getNavigationTarget() != LoginView.class
				&& this.accounts.currentMustChangePassword()) {
			event.rerouteTo(ChangePasswordView.class);
		}
	}

}
