package app.quarry.base.ui;

import app.quarry.base.NamedPrincipal;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import java.util.stream.Collectors;

/** The logged-in person's name and roles, with "Change password" and "Log out". */
class UserMenu extends MenuBar {

	UserMenu(AuthenticationContext authenticationContext) {
		addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
		String name = authenticationContext.getAuthenticatedUser(Object.class)
			.map(principal -> (principal instanceof NamedPrincipal named) ? named.displayName() : null)
			.or(authenticationContext::getPrincipalName)
			.orElse("");
		String roles = authenticationContext.getGrantedRoles()
			.stream()
			.sorted()
			.map(role -> role.charAt(0) + role.substring(1).toLowerCase(Locale.ROOT))
			.collect(Collectors.joining(", "));
		Avatar avatar = new Avatar(name);
		avatar.getElement().setAttribute("aria-hidden", "true");
		Span label = new Span(name);
		label.addClassName("user-name");
		MenuItem top = addItem(avatar);
		top.add(label);
		top.setAriaLabel("Account menu of " + name);
		SubMenu menu = top.getSubMenu();
		MenuItem who = menu.addItem(name + " · " + roles);
		who.setEnabled(false);
		menu.addItem("Change password", click -> getUI().ifPresent(ui -> ui.navigate("password")));
		menu.addItem("Log out", click -> authenticationContext.logout());
	}

}
