package app.quarry.classroom.ui;

import app.quarry.classroom.ClassService;
import app.quarry.classroom.ClassSummary;
import app.quarry.classroom.CurrentActor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** A teacher's classes, and a form to start a new one. */
@Route(ClassroomRoutes.CLASSES)
@PageTitle("My classes · Quarry")
@Menu(order = 40, title = "My classes")
@RolesAllowed({ "TEACHER", "ADMIN" })
class TeacherClassesView extends Main {

	private final ClassService classes;

	private final CurrentActor actor;

	private final Grid<ClassSummary> grid = new Grid<>();

	TeacherClassesView(ClassService classes, CurrentActor actor) {
		this.classes = classes;
		this.actor = actor;
		addClassName("page");
		TextField name = new TextField("New class name");
		name.setId("new-class-name");
		Button create = new Button("Create class", click -> {
			ClassSummary created = Messages.attempt(() -> classes.create(actor.get(), name.getValue()), null);
			if (created != null) {
				name.clear();
				Messages.done("Class \"" + created.name() + "\" created; its join code is "
						+ created.joinCode().display() + ".");
				refresh();
			}
		});
		create.setId("create-class");
		create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		create.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
		HorizontalLayout form = new HorizontalLayout(name, create);
		form.setDefaultVerticalComponentAlignment(HorizontalLayout.Alignment.BASELINE);
		this.grid.addComponentColumn(c -> new Anchor(ClassroomRoutes.classPage(c.id()), c.name())).setHeader("Class");
		this.grid.addColumn(c -> c.joinCode().display()).setHeader("Join code");
		this.grid.addColumn(ClassSummary::students).setHeader("Students");
		this.grid.setAllRowsVisible(true);
		add(new H1("My classes"), form, this.grid);
		refresh();
	}

	private void refresh() {
		this.grid.setItems(Messages.attempt(() -> this.classes.teachersClasses(this.actor.get()), List.of()));
	}

}
