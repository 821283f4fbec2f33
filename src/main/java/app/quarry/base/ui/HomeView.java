package app.quarry.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The landing page. */
@Route("")
@PageTitle("Quarry")
@Menu(order = 0, title = "Home")
@AnonymousAllowed
class HomeView extends VerticalLayout {

	HomeView() {
		add(new H2("Quarry"), new Paragraph("Questions quarried from documents, remembered with spaced repetition."));
	}

}
