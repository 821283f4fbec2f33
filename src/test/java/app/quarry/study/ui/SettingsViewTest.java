package app.quarry.study.ui;

import java.time.ZoneId;

import app.quarry.account.Registration;
import app.quarry.study.LearnerSettings;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** The study settings page: saving within range, refusing out of range, the optimizer. */
class SettingsViewTest extends StudyViewTestBase {

	@Autowired
	LearnerSettings settings;

	@Autowired
	app.quarry.study.LearnerSchedule schedule;

	@Test
	void saved_settings_are_the_learners_settings() {
		UI.getCurrent().navigate("settings");
		_setValue(_get(NumberField.class, spec -> spec.withLabel("Desired retention (%)")), 85.0);
		_setValue(_get(IntegerField.class, spec -> spec.withLabel("New cards a day")), 5);
		_click(_get(Button.class, spec -> spec.withText("Save settings")));
		expectNotifications("Settings saved.");
		assertThat(this.settings.settings(this.learnerId).desiredRetention()).isEqualTo(0.85);
		assertThat(this.settings.settings(this.learnerId).dailyNewLimit()).isEqualTo(5);
	}

	@Test
	void the_daily_review_limit_is_a_setting_with_anki_s_default_of_200() {
		UI.getCurrent().navigate("settings");
		IntegerField reviews = _get(IntegerField.class, spec -> spec.withLabel("Reviews a day at most"));
		assertThat(reviews.getValue()).isEqualTo(200);
		_setValue(reviews, 50);
		_click(_get(Button.class, spec -> spec.withText("Save settings")));
		expectNotifications("Settings saved.");
		assertThat(this.settings.settings(this.learnerId).dailyReviewLimit()).isEqualTo(50);
	}

	@Test
	void suspended_cards_are_counted_and_brought_back_all_at_once() {
		this.schedule.suspend(this.learnerId, "q-t01-date-mc", true);
		this.schedule.suspend(this.learnerId, "q-t02-date-typed", true);
		UI.getCurrent().navigate("settings");
		assertThat(_get(Paragraph.class, spec -> spec.withId("suspended-cards")).getText())
			.startsWith("2 cards are suspended");

		_click(_get(Button.class, spec -> spec.withText("Bring them all back")));

		expectNotifications("2 cards are back in your queue.");
		assertThat(this.schedule.suspended(this.learnerId)).isEmpty();
		assertThat(_get(Paragraph.class, spec -> spec.withId("suspended-cards")).getText())
			.startsWith("No card is suspended");
	}

	@Test
	void a_retention_out_of_range_is_refused_with_a_message_and_changes_nothing() {
		UI.getCurrent().navigate("settings");
		_setValue(_get(NumberField.class, spec -> spec.withLabel("Desired retention (%)")), 99.0);
		_click(_get(Button.class, spec -> spec.withText("Save settings")));
		expectNotifications("Desired retention must be between 0.70 and 0.97, was 0.99.");
		assertThat(this.settings.settings(this.learnerId).desiredRetention()).isEqualTo(0.9);
	}

	@Test
	void optimizing_with_few_reviews_says_why_nothing_changed() {
		UI.getCurrent().navigate("settings");
		_click(_get(Button.class, spec -> spec.withText("Optimize my schedule")));
		assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
			.contains("Needs at least 400 reviews, has 0.");
	}

	@Test
	void the_time_zone_chosen_at_sign_up_counts_before_the_settings_are_ever_saved() {
		long seoul = this.accounts
			.register(new Registration("seoul-" + System.nanoTime() + "@example.org", "Learner in Seoul",
					"correct horse battery", ZoneId.of("Asia/Seoul")))
			.id()
			.value();
		assertThat(this.settings.settings(seoul).timeZone()).isEqualTo(ZoneId.of("Asia/Seoul"));
	}

}
