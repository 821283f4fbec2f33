package app.quarry.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown, inside the app's frame, for an address that leads nowhere. Navigation denied to
 * a signed-in person ends here too (the framework reroutes it), so the text does not say
 * which of the two it was: that would tell whether a page exists.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Page not found · Quarry")
@AnonymousAllowed
class PageNotFoundView extends Main implements HasErrorParameter<NotFoundException> {

	PageNotFoundView() {
		addClassName("page");
	}

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
		removeAll();
		H1 heading = new H1("Page not found");
		Paragraph text = new Paragraph("There is no page at “" + event.getLocation().getPath()
				+ "” that your account may open. It may have been removed, or it belongs to someone else.");
		text.setId("page-not-found");
		add(heading, text, new Anchor("", "Go to the start page"));
		return HttpServletResponse.SC_NOT_FOUND;
	}

}
