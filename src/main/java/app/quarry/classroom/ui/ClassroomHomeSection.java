package app.quarry.classroom.ui;

import app.quarry.account.AccountService;
import app.quarry.bank.QuestionFilter;
import app.quarry.bank.QuestionStatus;
import app.quarry.base.ui.HomeSection;
import app.quarry.base.ui.LinkButtons;
import app.quarry.classroom.Actor;
import app.quarry.classroom.AttemptService;
import app.quarry.classroom.ClassService;
import app.quarry.classroom.ClassSummary;
import app.quarry.classroom.CurrentActor;
import app.quarry.classroom.QuestionReviewService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The start page's classroom part: a student without a class is shown how to join one, a
 * student in classes their open assignments, and a teacher the next steps from documents
 * to a graded quiz.
 */
@org.springframework.stereotype.Component
class ClassroomHomeSection implements HomeSection {

	private final AccountService accounts;

	private final CurrentActor actor;

	private final ClassService classes;

	private final AttemptService attempts;

	private final QuestionReviewService review;

	ClassroomHomeSection(AccountService accounts, CurrentActor actor, ClassService classes, AttemptService attempts,
			QuestionReviewService review) {
		this.accounts = accounts;
		this.actor = actor;
		this.classes = classes;
		this.attempts = attempts;
		this.review = review;
	}

	@Override
	public int order() {
		return 5;
	}

	@Override
	public Optional<Component> build() {
		if (this.accounts.current().isEmpty()) {
			return Optional.empty();
		}
		Actor me = this.actor.get();
		Div section = new Div();
		section.addClassName("home-section");
		section.setId("home-classroom");
		if (me.teacher()) {
			section.add(teacher(me));
		}
		else {
			section.add(student(me));
		}
		return Optional.of(section);
	}

	private Div student(Actor me) {
		List<ClassSummary> mine = this.classes.studentsClasses(me);
		if (mine.isEmpty()) {
			return new Div(new H2("Join your class"),
					new Paragraph("Your teacher gives you a join code (such as ABCD-1234) or a join link. "
							+ "Once you join, your assignments appear here."),
					LinkButtons.row(LinkButtons.link(ClassroomRoutes.JOIN, "Join your class", true)));
		}
		long open = this.attempts.assignments(me).stream().filter(a -> a.canTake()).count();
		String names = mine.stream().map(ClassSummary::name).collect(Collectors.joining(", "));
		return new Div(new H2("Your classes"),
				new Paragraph(names + ": "
						+ ((open == 0) ? "no assignment to take now."
								: open + ((open == 1) ? " assignment" : " assignments") + " to take now.")),
				LinkButtons.row(LinkButtons.link(ClassroomRoutes.ASSIGNMENTS, "See your assignments", open > 0),
						LinkButtons.link(ClassroomRoutes.JOIN, "Join another class", false)));
	}

	private Div teacher(Actor me) {
		long drafts = this.review.countWithStatus(me, QuestionStatus.DRAFT, QuestionFilter.ANY);
		int classCount = this.classes.teachersClasses(me).size();
		OrderedList steps = new OrderedList(
				step("teach/documents/add", "Add documents", ": Quarry drafts questions from what they say."),
				step(ClassroomRoutes.QUESTIONS, "Review the drafts",
						": approve the good ones, several at a time (" + drafts
								+ ((drafts == 1) ? " draft waits" : " drafts wait") + ")."),
				step(ClassroomRoutes.CLASSES, "Create a class",
						" and give students its join code (" + classCount + ((classCount == 1) ? " class" : " classes")
								+ " so far)."),
				step(ClassroomRoutes.CLASSES, "Set an assignment",
						" from a class's page, then read its results there."));
		steps.setId("home-next-steps");
		steps.addClassName("home-steps");
		return new Div(new H2("Next steps for teaching"), steps);
	}

	private static ListItem step(String route, String action, String rest) {
		return new ListItem(new Anchor(route, action), new com.vaadin.flow.component.html.Span(rest));
	}

}
