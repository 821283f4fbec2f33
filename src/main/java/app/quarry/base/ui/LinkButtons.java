package app.quarry.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;

/**
 * Links that look like buttons (see the {@code button-link} styles): real links, so they
 * open in a new tab and read as links, with one primary next step standing out.
 */
public final class LinkButtons {

	private LinkButtons() {
	}

	public static Div row(Anchor... anchors) {
		Div links = new Div(anchors);
		links.addClassName("home-links");
		return links;
	}

	public static Anchor link(String path, String text, boolean primary) {
		Anchor anchor = new Anchor(path, text);
		anchor.addClassName(primary ? "button-link-primary" : "button-link");
		return anchor;
	}

}
