package app.quarry.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The frame around every view; views register themselves with {@code @Menu} and are
 * listed only to people allowed to open them. The bar holds the shortcut overlay, the
 * theme switch and the user menu (or log-in / sign-up links).
 */
@Layout
@AnonymousAllowed
public final class MainLayout extends AppLayout {

	MainLayout(AuthenticationContext authenticationContext) {
		Anchor title = new Anchor("", "Quarry");
		title.addClassName("app-title");
		SideNav nav = new SideNav();
		nav.setLabel("Main");
		MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
		addToDrawer(new Scroller(nav));
		DrawerToggle toggle = new DrawerToggle();
		toggle.setAriaLabel("Show or hide the menu");
		Div spacer = new Div();
		spacer.addClassName("navbar-spacer");
		Button help = new Button(new Span("?"), click -> getUI().ifPresent(ShortcutHelp::open));
		help.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
		help.setAriaLabel("Keyboard shortcuts");
		help.setTooltipText("Keyboard shortcuts (?)");
		addToNavbar(toggle, title, spacer, help, new ThemeToggle());
		if (authenticationContext.isAuthenticated()) {
			addToNavbar(new UserMenu(authenticationContext));
		}
		else {
			Anchor logIn = new Anchor("login", "Log in");
			logIn.addClassName("navbar-link");
			addToNavbar(logIn);
		}
		setPrimarySection(Section.DRAWER);
	}

	private static SideNavItem item(MenuEntry entry) {
		return new SideNavItem(entry.title(), entry.path());
	}

}
