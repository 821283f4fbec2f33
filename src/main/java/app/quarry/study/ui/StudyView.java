package app.quarry.study.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import app.quarry.account.AccountService;
import app.quarry.account.Account;
import app.quarry.study.CustomStudy;
import app.quarry.study.Feedback;
import app.quarry.study.Rating;
import app.quarry.study.ReviewRecorder;
import app.quarry.study.ReviewUndoer;
import app.quarry.study.ShownCard;
import app.quarry.bank.QuestionFormat;
import app.quarry.study.StudyService;
import app.quarry.study.StudySession;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Studying due cards: pick what to study, then answer card after card by keyboard or
 * pointer. Each answer is recorded before the next card is built.
 */
@Route("study")
@PageTitle("Study · Quarry")
@Menu(order = 10, title = "Study")
@PermitAll
class StudyView extends Main implements BeforeEnterObserver {

	private static final Logger log = LoggerFactory.getLogger(StudyView.class);

	private final StudyService study;

	private final long learnerId;

	private final Select<StudyChoice> choice = new Select<>();

	private final Div stage = new Div();

	private StudySession session;

	private Instant shownAt;

	private QuestionPanel question;

	private FeedbackPanel feedback;

	private final StudyKeyActions keys = new StudyKeyActions(this);

	private final StudyControls controls = new StudyControls(this::undo, this::suspend, this::flag, this::edit,
			this::openCustomStudy);

	private final Account account;

	private ReviewRecorder recorder;

	private ReviewUndoer undoer;

	private boolean practice;

	StudyView(StudyService study, AccountService accounts) {
		this.study = study;
		this.account = accounts.current().orElseThrow(() -> new IllegalStateException("not logged in"));
		this.learnerId = this.account.id().value();
		addClassNames("page", "study-page");
		this.choice.setLabel("What to study");
		this.choice.setItems(StudyChoice.all(study.documents(this.learnerId), study.questionTypes()));
		this.choice.setItemLabelGenerator(StudyChoice::label);
		this.choice.setValue(this.choice.getListDataView().getItem(0));
		this.choice.addValueChangeListener(change -> start());
		this.choice.addClassName("study-choice");
		this.stage.addClassName("study-stage");
		add(new H1("Study"), this.choice, this.controls, this.stage);
		StudyKeyActions.describe(this);
		StudyKeys.install(this, this.keys);
		start();
	}

	/** {@code study?document=ID} opens on that document's (or deck's) cards. */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		event.getLocation()
			.getQueryParameters()
			.getSingleParameter("document")
			.flatMap(id -> this.choice.getListDataView()
				.getItems()
				.filter(item -> item.filter().equals(app.quarry.study.StudyFilter.document(id)))
				.findFirst())
			.ifPresent(this.choice::setValue);
	}

	/** Opens a new session for the chosen filter. */
	void start() {
		this.session = this.study.open(this.learnerId, this.choice.getValue().filter());
		this.recorder = this.study.recorderFor(this.learnerId);
		this.undoer = this.study.undoerFor(this.learnerId);
		this.practice = false;
		show();
	}

	/** Opens a custom session: its answers touch the schedule only if it reschedules. */
	void startCustom(CustomStudy custom) {
		this.session = this.study.openCustom(this.learnerId, custom);
		this.recorder = this.study.recorderFor(this.learnerId, custom);
		this.undoer = this.study.undoerFor(this.learnerId, custom);
		this.practice = !custom.reschedule();
		show();
	}

	private void openCustomStudy() {
		new CustomStudyDialog(this.choice.getListDataView().getItems().toList(), this::startCustom).open();
	}

	/** Takes back the last answer and shows its card again. */
	void undo() {
		if (!this.session.canUndo()) {
			return;
		}
		this.session.undoLast(this.undoer);
		show();
	}

	/** Suspends the card shown: it leaves this session and every queue. */
	void suspend() {
		this.session.current().ifPresent(card -> {
			this.study.suspend(this.learnerId, card.card().questionId());
			this.session.dropCurrent();
			Notification.show("Card suspended. Bring it back under Study settings.", 3000,
					Notification.Position.BOTTOM_START);
			show();
		});
	}

	/** Flags the card shown as a bad question (or takes the flag back). */
	void flag() {
		this.session.current().ifPresent(card -> {
			String id = card.card().questionId();
			boolean flagged = !this.study.isFlagged(this.learnerId, id);
			this.study.flag(this.learnerId, id, flagged);
			this.controls.update(this.session.canUndo(), true, flagged, editor(card).isPresent());
			Notification.show(flagged ? "Flagged for the question's reviewers." : "Flag taken back.", 3000,
					Notification.Position.BOTTOM_START);
		});
	}

	/** Opens the card's question in its editor, for those who may edit it. */
	void edit() {
		this.session.current().flatMap(this::editor).ifPresent(route -> getUI().ifPresent(ui -> ui.navigate(route)));
	}

	private Optional<String> editor(ShownCard card) {
		return this.study.editorRoute(this.account, card.card().questionId());
	}

	StudyControls controls() {
		return this.controls;
	}

	StudySession session() {
		return this.session;
	}

	/** The keys of {@link StudyKeys}; see {@link StudyKeyActions}. */
	void key(String key) {
		this.keys.key(key);
	}

	void reveal() {
		showFeedback(this.session.reveal(taken()));
	}

	void choose(int position) {
		if (position >= 0) {
			showFeedback(this.session.choose(position, taken()));
		}
	}

	void submitTyped(String response) {
		showFeedback(this.session.answerTyped(response, taken()));
	}

	void acceptAlmost() {
		Feedback accepted = this.session.acceptAlmost();
		this.feedback.refresh(accepted, this::acceptAlmost);
	}

	/** Flashcards record at once on a rating; objective cards wait for Continue. */
	void rate(Rating rating) {
		Feedback rated = this.session.rate(rating);
		if (rated.card().format() == QuestionFormat.FLASHCARD) {
			next();
		}
		else {
			this.feedback.markRating(rated);
		}
	}

	/** Records the answer, and only when it is committed shows the next card. */
	void next() {
		try {
			this.session.recordAndContinue(this.recorder);
		}
		catch (IllegalStateException ex) {
			Notification.show(ex.getMessage(), 4000, Notification.Position.MIDDLE);
			return;
		}
		catch (RuntimeException ex) {
			log.error("could not record a review", ex);
			Notification failed = Notification.show("Your answer could not be saved. Press Enter to try again.", 6000,
					Notification.Position.MIDDLE);
			failed.addThemeVariants(NotificationVariant.LUMO_ERROR);
			return;
		}
		show();
	}

	private void show() {
		this.stage.removeAll();
		this.feedback = null;
		Optional<ShownCard> card = this.session.current();
		this.controls.update(this.session.canUndo(), card.isPresent(),
				card.isPresent() && this.study.isFlagged(this.learnerId, card.get().card().questionId()),
				card.flatMap(this::editor).isPresent());
		if (card.isEmpty()) {
			this.question = null;
			this.stage.add(finished());
			return;
		}
		this.question = new QuestionPanel(card.get(), this::reveal, this::choose, this::submitTyped);
		this.stage.add(this.question);
		this.question.focusAnswer();
		this.shownAt = this.study.now();
	}

	private void showFeedback(Feedback answered) {
		Map<Rating, Duration> preview = this.study.preview(this.learnerId, answered.card().questionId());
		this.feedback = new FeedbackPanel(answered, preview, this.study.sentenceLink(answered.card()),
				this::acceptAlmost, this::rate, this::next);
		this.stage.removeAll();
		this.stage.add(this.question, this.feedback);
		this.question.setEnabled(false);
		this.feedback.focusVerdict();
	}

	private Div finished() {
		Div done = new Div();
		done.addClassName("study-done");
		String recorded = (this.session.recorded() == 0) ? "Nothing is due here right now."
				: (this.practice)
						? "Done: " + this.session.recorded() + ((this.session.recorded() == 1) ? " card" : " cards")
								+ " practised; your schedule is unchanged."
						: "Done: " + this.session.recorded() + " answers recorded.";
		Button again = new Button("Check for more", click -> start());
		done.add(new Paragraph(recorded), new Paragraph("Come back later, or pick something else to study."),
				new Anchor("dashboard", "See your progress"), again);
		return done;
	}

	private Duration taken() {
		return Duration.between(this.shownAt, this.study.now());
	}

	QuestionPanel question() {
		return this.question;
	}

	FeedbackPanel feedbackPanel() {
		return this.feedback;
	}

}
