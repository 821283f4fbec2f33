package app.quarry.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;

/** The frame around every view; views register themselves with {@code @Menu}. */
@Layout
@com.vaadin.flow.server.auth.AnonymousAllowed
public final class MainLayout extends AppLayout {

	MainLayout() {
		H1 title = new H1("Quarry");
		title.addClassName("app-title");
		SideNav nav = new SideNav();
		MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
		addToDrawer(new Scroller(nav));
		addToNavbar(new DrawerToggle(), title);
		setPrimarySection(Section.DRAWER);
	}

	private static SideNavItem item(MenuEntry entry) {
		return new SideNavItem(entry.title(), entry.path());
	}

}
