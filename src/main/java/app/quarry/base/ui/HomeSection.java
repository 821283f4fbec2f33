package app.quarry.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A part of the start page that a feature contributes (a Spring bean): the study material
 * and what is due, the classes and what to do next. The start page itself knows no
 * feature, so features stay below it.
 */
public interface HomeSection {

	/** Sections are shown by this number, lowest first. */
	int order();

	/**
	 * The section for whoever is looking (anonymous or logged in), or empty when it has
	 * nothing to say to them. Called on the UI thread for each new start page.
	 */
	Optional<Component> build();

}
