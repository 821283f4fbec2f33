package app.quarry.study.ui;

import java.util.List;

import app.quarry.study.LearnerSchedule;
import app.quarry.study.LearnerSchedule.LoggedReview;
import app.quarry.study.Rating;
import app.quarry.study.ShownCard;
import app.quarry.bank.QuestionFormat;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The study page in every format, driven through its key handler as the keyboard does,
 * and through its buttons and field as a pointer does. The sample bank's new cards come
 * in id order: multiple choice, typed, cloze, true/false, flashcard, ...
 */
class StudyViewTest extends StudyViewTestBase {

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

	private String verdictText() {
		return this.view.feedbackPanel().getChildren().findFirst().orElseThrow().getElement().getTextRecursively();
	}

	@Test
	void multiple_choice_is_answered_with_a_digit_and_recorded_with_enter() {
		assertThat(current().card().format()).isEqualTo(QuestionFormat.MULTIPLE_CHOICE);
		int right = current().options().indexOf("April 1, 2018");
		this.view.key(Integer.toString(right + 1));
		assertThat(verdictText()).startsWith("Right");
		assertThat(log()).isEmpty();
		this.view.key("Enter");
		assertThat(log()).extracting(LoggedReview::questionId).containsExactly("q-t01-date-mc");
		assertThat(current().card().questionId()).isEqualTo("q-t02-date-typed");
	}

	@Test
	void a_wrong_choice_shows_the_answer_and_the_source_sentence_as_text_with_a_link() {
		int wrong = current().options().indexOf("April 1, 2019");
		this.view.key(Integer.toString(wrong + 1));
		assertThat(verdictText()).startsWith("Wrong");
		Paragraph source = _get(this.view.feedbackPanel(), Paragraph.class, spec -> spec.withClasses("study-source"));
		assertThat(source.getText()).startsWith("The first correspondence between the two leaders took place on");
		Anchor link = _get(this.view.feedbackPanel(), Anchor.class, spec -> spec.withClasses("study-source-link"));
		assertThat(link.getHref()).startsWith("documents/2022-09-26-kim-complained-of-moon?sentence=");
		this.view.key("Enter");
		assertThat(log()).extracting(LoggedReview::rating).containsExactly(Rating.AGAIN);
	}

	@Test
	void the_rating_buttons_show_each_ratings_next_interval() {
		this.view.key("1");
		Button again = this.view.feedbackPanel().ratingButton(Rating.AGAIN);
		Button easy = this.view.feedbackPanel().ratingButton(Rating.EASY);
		assertThat(again.getElement().getTextRecursively()).isEqualTo("Again 1m");
		assertThat(easy.getElement().getAttribute("title")).matches("[0-9]+ days \\(key 4\\)");
	}

	@Test
	void a_typed_answer_in_another_date_format_is_right_and_the_rating_can_be_changed() {
		skipOne();
		_setValue(_get(TextField.class, spec -> spec.withLabel("Your answer")), "1 April 2018");
		_click(_get(Button.class, spec -> spec.withText("Check")));
		assertThat(verdictText()).startsWith("Right");
		this.view.key("2");
		_click(_get(Button.class, spec -> spec.withText("Continue")));
		assertThat(log()).extracting(LoggedReview::rating).containsExactly(Rating.AGAIN, Rating.HARD);
	}

	@Test
	void an_almost_can_be_counted_as_right_with_the_a_key() {
		skipOne();
		this.view.submitTyped("Aprl 1, 2018");
		assertThat(verdictText()).startsWith("Almost");
		this.view.key("a");
		assertThat(verdictText()).startsWith("Counted as right");
		this.view.key(" ");
		assertThat(log().get(1).rating()).isEqualTo(Rating.HARD);
	}

	@Test
	void a_cloze_accepts_an_unambiguous_surname() {
		skipOne();
		skipOne();
		assertThat(current().card().format()).isEqualTo(QuestionFormat.CLOZE);
		this.view.submitTyped("sanders");
		assertThat(verdictText()).startsWith("Right");
	}

	@Test
	void true_false_answers_to_t_and_f() {
		skipOne();
		skipOne();
		skipOne();
		assertThat(current().card().format()).isEqualTo(QuestionFormat.TRUE_FALSE);
		this.view.key("f");
		assertThat(verdictText()).startsWith("Wrong");
	}

	@Test
	void a_flashcard_shows_its_answer_with_space_and_is_rated_and_recorded_with_a_digit() {
		for (int i = 0; i < 4; i++) {
			skipOne();
		}
		assertThat(current().card().format()).isEqualTo(QuestionFormat.FLASHCARD);
		this.view.key(" ");
		assertThat(verdictText()).isEqualTo("How well did you remember it?");
		this.view.key("3");
		assertThat(log()).hasSize(5);
		assertThat(log().get(4).rating()).isEqualTo(Rating.GOOD);
		assertThat(current().card().questionId()).isEqualTo("q-t06-person-mc");
	}

	@Test
	void keys_that_mean_nothing_in_this_stage_change_nothing() {
		this.view.key(" ");
		this.view.key("t");
		this.view.key("a");
		assertThat(this.view.feedbackPanel()).isNull();
		assertThat(log()).isEmpty();
	}

	@Test
	void after_the_last_card_the_page_says_how_many_answers_were_recorded() {
		for (int i = 0; i < 12; i++) {
			skipOne();
		}
		assertThat(this.view.session().current()).isEmpty();
		assertThat(_get(Paragraph.class, spec -> spec.withText("Done: 12 answers recorded.")).isVisible()).isTrue();
	}

	/** Answers the current card wrongly (or Again for a flashcard) and records it. */
	private void skipOne() {
		ShownCard card = current();
		switch (card.card().format()) {
			case FLASHCARD -> {
				this.view.key(" ");
				this.view.key("1");
			}
			case MULTIPLE_CHOICE, TRUE_FALSE -> {
				this.view.choose(card.options().indexOf(card.card().answer()) == 0 ? 1 : 0);
				this.view.key("Enter");
			}
			case TYPED, CLOZE -> {
				this.view.submitTyped("nothing like it");
				this.view.key("Enter");
			}
		}
	}

}
