package app.quarry.classroom.ui;

import app.quarry.classroom.ClassService;
import app.quarry.classroom.ClassSummary;
import app.quarry.classroom.CurrentActor;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;

/** Joining a class with a code, typed or from a join link ({@code join/CODE}). */
@Route(ClassroomRoutes.JOIN + "/:code?")
@RouteAlias(ClassroomRoutes.JOIN)
@PageTitle("Join a class · Quarry")
@Menu(order = 31, title = "Join a class")
@PermitAll
class JoinView extends Main implements BeforeEnterObserver {

	private final TextField code = new TextField("Join code");

	private final Paragraph outcome = new Paragraph();

	JoinView(ClassService classes, CurrentActor actor) {
		addClassName("page");
		this.code.setId("join-code");
		this.code.setPlaceholder("ABCD-EFGH");
		this.code.setHelperText("8 letters and digits, from your teacher");
		this.outcome.setId("join-outcome");
		Button join = new Button("Join", click -> {
			ClassSummary joined = Messages.attempt(() -> classes.join(actor.get(), this.code.getValue()), null);
			if (joined != null) {
				this.outcome.setText("You joined " + joined.name() + ".");
				this.outcome.add(new Anchor(ClassroomRoutes.ASSIGNMENTS, " See your assignments."));
			}
		});
		join.setId("join-button");
		join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		join.addClickShortcut(Key.ENTER);
		add(new H1("Join a class"), this.code, join, this.outcome);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		event.getRouteParameters().get("code").ifPresent(this.code::setValue);
	}

}
