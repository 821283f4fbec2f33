package app.quarry.study.ui;

import java.util.List;

import app.quarry.base.ui.ShortcutHelp;
import app.quarry.study.CustomStudy.Selection;
import app.quarry.study.LearnerSchedule;
import app.quarry.study.LearnerSchedule.LoggedReview;
import app.quarry.study.ShownCard;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The study page's controls: undo, suspend, flag, edit and custom study. The sample
 * bank's first new card is the multiple-choice q-t01-date-mc, then q-t02-date-typed.
 */
class StudyControlsViewTest extends StudyViewTestBase {

	@Autowired
	LearnerSchedule schedule;

	private StudyView view;

	@BeforeEach
	void openStudy() {
		UI.getCurrent().navigate("study");
		this.view = _get(StudyView.class);
	}

	private ShownCard current() {
		return this.view.session().current().orElseThrow();
	}

	private List<LoggedReview> log() {
		return this.schedule.reviewLog(this.learnerId);
	}

	private void answerTheMultipleChoiceCard() {
		this.view.key(Integer.toString(current().options().indexOf("April 1, 2018") + 1));
		this.view.key("Enter");
	}

	@Test
	void u_takes_back_the_last_answer_and_shows_its_card_again() {
		assertThat(this.view.controls().undoButton().isEnabled()).as("nothing to undo yet").isFalse();
		answerTheMultipleChoiceCard();
		assertThat(log()).hasSize(1);
		assertThat(this.view.controls().undoButton().isEnabled()).isTrue();

		this.view.key("u");

		assertThat(log()).isEmpty();
		assertThat(current().card().questionId()).isEqualTo("q-t01-date-mc");
		assertThat(this.schedule.dueTimes(this.learnerId)).as("the card is new again").isEmpty();
	}

	@Test
	void ctrl_z_and_the_undo_button_take_back_answers_one_after_another() {
		answerTheMultipleChoiceCard();
		this.view.submitTyped("April 1, 2018");
		this.view.key("Enter");
		assertThat(log()).hasSize(2);

		this.view.key("z");
		assertThat(current().card().questionId()).isEqualTo("q-t02-date-typed");
		_click(this.view.controls().undoButton());

		assertThat(log()).isEmpty();
		assertThat(current().card().questionId()).isEqualTo("q-t01-date-mc");
	}

	@Test
	void a_suspended_card_leaves_the_session_and_does_not_come_back_in_the_next() {
		this.view.key("s");
		assertThat(current().card().questionId()).isNotEqualTo("q-t01-date-mc");
		assertThat(this.schedule.suspended(this.learnerId)).containsExactly("q-t01-date-mc");
		assertThat(log()).as("suspending is not an answer").isEmpty();

		this.view.start();

		assertThat(this.view.session().current().map(card -> card.card().questionId())).isNotEqualTo("q-t01-date-mc");
	}

	@Test
	void flag_marks_the_card_for_its_reviewers_and_a_second_press_takes_it_back() {
		_click(this.view.controls().flagButton());
		assertThat(this.schedule.flagged(this.learnerId)).containsExactly("q-t01-date-mc");
		assertThat(this.view.controls().flagButton().getText()).isEqualTo("Unflag");
		assertThat(current().card().questionId()).as("a flagged card stays in the session").isEqualTo("q-t01-date-mc");

		this.view.key("!");

		assertThat(this.schedule.flagged(this.learnerId)).isEmpty();
	}

	@Test
	void a_student_has_no_edit_button_and_the_help_lists_the_new_keys() {
		assertThat(this.view.controls().editButton().isVisible()).isFalse();
		assertThat(ShortcutHelp.entries(UI.getCurrent())).extracting(ShortcutHelp.Entry::keys)
			.contains("U / Ctrl + Z", "S", "!", "E");
	}

	@Test
	void a_custom_session_without_rescheduling_stores_no_answer() {
		answerTheMultipleChoiceCard();
		_click(this.view.controls().customButton());
		CustomStudyDialog dialog = _get(CustomStudyDialog.class);
		dialog.selection().setValue(Selection.AHEAD);
		_click(_get(Button.class, spec -> spec.withId("custom-study-start")));

		assertThat(current().card().questionId()).as("reviewed ahead of schedule").isEqualTo("q-t01-date-mc");
		assertThat(this.view.session().size()).isEqualTo(1);
		answerTheMultipleChoiceCard();

		assertThat(log()).as("only the first, scheduled answer").hasSize(1);
		assertThat(_get(com.vaadin.flow.component.html.Paragraph.class,
				spec -> spec.withText("Done: 1 card practised; your schedule is unchanged.")))
			.isNotNull();
	}

	@Test
	void a_custom_session_with_rescheduling_records_its_answers() {
		_click(this.view.controls().customButton());
		CustomStudyDialog dialog = _get(CustomStudyDialog.class);
		dialog.selection().setValue(Selection.NEW);
		_setValue(dialog.cards(), 1);
		dialog.reschedule().setValue(true);
		_click(_get(Button.class, spec -> spec.withId("custom-study-start")));
		assertThat(this.view.session().size()).isEqualTo(1);

		answerTheMultipleChoiceCard();

		assertThat(log()).extracting(LoggedReview::questionId).containsExactly("q-t01-date-mc");
	}

}
