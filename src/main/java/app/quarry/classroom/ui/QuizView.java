package app.quarry.classroom.ui;

import app.quarry.base.ui.ShortcutHelp;
import app.quarry.classroom.AttemptService;
import app.quarry.classroom.AttemptView;
import app.quarry.classroom.ClassroomAccessDenied;
import app.quarry.classroom.ClassroomRefusal;
import app.quarry.classroom.CurrentActor;
import app.quarry.classroom.TimeZones;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Taking an assignment: every answer is saved as it is given, so a reload shows the
 * attempt as it was; a timer counts down to the deadline (time limit or due time,
 * whichever is first). By keyboard: a digit or T/F answers the question that has the
 * focus (the first unanswered one when none has) and moves on; Enter moves on; on the
 * last question the focus goes to Submit, which asks first ({@link SubmitConfirmation}).
 * When the time runs out the answers lock.
 */
@Route("attempt/:attemptId")
@PageTitle("Assignment · Quarry")
@PermitAll
class QuizView extends Main implements BeforeEnterObserver {

	private final AttemptService attempts;

	private final CurrentActor actor;

	private final Clock clock;

	private long attemptId;

	private @Nullable AttemptView view;

	private final List<QuizQuestionCard> cards = new ArrayList<>();

	private final QuizStatus status = new QuizStatus(this::lockAnswers);

	private @Nullable Button submit;

	/** The question an Enter in its typed answer last moved on from, or -1. */
	private int enteredPast = -1;

	private ZoneId zone = TimeZones.UTC;

	QuizView(AttemptService attempts, CurrentActor actor, Clock clock) {
		this.attempts = attempts;
		this.actor = actor;
		this.clock = clock;
		addClassName("page");
		// beforeEnter builds the page before it is attached, so the timer starts here
		addAttachListener(attach -> {
			Registration polls = attach.getUI().addPollListener(poll -> this.status.tick(this.clock.instant()));
			attach.getUI().setPollInterval(this.status.timed() ? 1000 : -1);
			addDetachListener(detach -> {
				polls.remove();
				detach.getUI().setPollInterval(-1);
				detach.unregisterListener();
			});
		});
		ShortcutHelp.register(this, "1 – 9", "Choose that option of the current question, then go to the next");
		ShortcutHelp.register(this, "T / F", "Answer true or false, then go to the next question");
		ShortcutHelp.register(this, "Enter", "Go to the next question (a typed answer is saved first)");
		ShortcutHelp.register(this, "Tab, arrows", "Move between questions; move between options");
		QuizKeys.install(this, this::key);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.attemptId = event.getRouteParameters().getLong("attemptId").orElse(-1L);
		try {
			this.zone = this.actor.get().zone();
			show(this.attempts.view(this.actor.get(), this.attemptId), null);
		}
		catch (ClassroomAccessDenied | ClassroomRefusal ex) {
			removeAll();
			this.view = null;
			Paragraph refused = new Paragraph(ex.getMessage());
			refused.setId("refusal");
			add(new H1("Assignment"), refused);
		}
	}

	private void show(AttemptView shown, @Nullable String refusal) {
		removeAll();
		this.view = shown;
		this.cards.clear();
		this.submit = null;
		int count = shown.questions().size();
		add(new H1(shown.title()));
		if (refusal != null) {
			Paragraph refused = new Paragraph(refusal);
			refused.setId("quiz-refusal");
			refused.addClassName("form-error");
			refused.getElement().setAttribute("role", "alert");
			add(refused);
			refused.scrollIntoView();
		}
		this.status.show(shown, this.clock.instant(), this.zone);
		add(this.status);
		getUI().ifPresent(ui -> ui.setPollInterval(this.status.timed() ? 1000 : -1));
		shown.questions().forEach(q -> {
			QuizQuestionCard card = new QuizQuestionCard(q, count, shown.open(), shown.finalOnceSaved(), this::save,
					this::enteredPast);
			this.cards.add(card);
			add(card);
		});
		if (this.status.timeIsUp()) {
			lockAnswers();
		}
		if (shown.open()) {
			this.submit = new Button("Submit", click -> SubmitConfirmation.open(this.view, this::submit));
			this.submit.setId("quiz-submit");
			this.submit.addClassName("quiz-submit");
			this.submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			add(this.submit);
		}
	}

	private void submit() {
		try {
			show(this.attempts.submit(this.actor.get(), this.attemptId), null);
		}
		catch (ClassroomRefusal ex) {
			show(this.attempts.view(this.actor.get(), this.attemptId), ex.getMessage());
		}
	}

	private void lockAnswers() {
		this.cards.forEach(QuizQuestionCard::lock);
	}

	private void save(int position, String answer) {
		try {
			AttemptView saved = this.attempts.answer(this.actor.get(), this.attemptId, position, answer);
			if (saved.questions().get(position).verdict() != null) {
				show(saved, null);
				// the page was rebuilt; keep the keyboard where it was, or where Enter
				// already sent it: the browser may deliver the Enter before the answer
				if (this.enteredPast == position) {
					focusAfter(position);
				}
				else {
					this.cards.get(position).focusAnswer();
				}
				this.enteredPast = -1;
			}
			else {
				this.view = saved;
				this.status.answered(saved);
			}
		}
		catch (ClassroomRefusal ex) {
			show(this.attempts.view(this.actor.get(), this.attemptId), ex.getMessage());
		}
	}

	/**
	 * The keys of {@link QuizKeys}: a digit or T/F answers the question holding the
	 * focus, or the first unanswered one when none does (none at all once every question
	 * is answered, so a stray key changes nothing); Enter moves on.
	 */
	void key(String key, String cardId) {
		if (this.view == null || !this.view.open() || this.cards.isEmpty()) {
			return;
		}
		int position = cardId.startsWith("question-") ? Integer.parseInt(cardId.substring("question-".length()))
				: firstUnanswered(this.view);
		if (key.equals("Enter")) {
			if (position < 0) {
				focusAfter(this.cards.size() - 1);
			}
			else if (cardId.isEmpty()) {
				this.cards.get(position).focusAnswer();
			}
			else {
				focusAfter(position);
			}
		}
		else if (position >= 0 && position < this.cards.size() && this.cards.get(position).choose(key)) {
			focusAfter(position);
		}
	}

	/** Enter in a typed answer moves on, and remembers it for a save still to come. */
	private void enteredPast(int position) {
		this.enteredPast = position;
		focusAfter(position);
	}

	private void focusAfter(int position) {
		if (this.view == null || !this.view.open()) {
			return;
		}
		if (position + 1 < this.cards.size()) {
			this.cards.get(position + 1).focusAnswer();
		}
		else if (this.submit != null) {
			this.submit.focus();
		}
	}

	private static int firstUnanswered(AttemptView view) {
		return view.questions().stream().filter(q -> !q.answered()).mapToInt(q -> q.position()).findFirst().orElse(-1);
	}

}
