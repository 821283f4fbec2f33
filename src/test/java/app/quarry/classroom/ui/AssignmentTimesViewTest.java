package app.quarry.classroom.ui;

import app.quarry.account.LearnerId;
import static app.quarry.classroom.ClassroomTestSupport.newActor;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.quarry.account.Role;
import app.quarry.classroom.Actor;
import app.quarry.classroom.AssignmentSummary;
import app.quarry.classroom.ClassSummary;
import app.quarry.classroom.CurrentActor;
import app.quarry.srs.SrsService;
import app.quarry.srs.SrsSettings;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Assignment times are entered and read in each person's zone (the one chosen in their
 * study settings, else their browser's, else UTC) and stored as instants.
 */
class AssignmentTimesViewTest extends ClassroomViewTest {

	@Autowired
	CurrentActor currentActor;

	@Autowired
	SrsService srs;

	@Test
	void a_teacher_in_berlin_entering_17_00_stores_16_00_utc_and_a_student_in_new_york_sees_11_00_est() {
		Actor teacher = newActor(this.accounts, "Berlin Teacher", Role.TEACHER);
		Actor student = newActor(this.accounts, "New York Student");
		this.srs.updateSettings(LearnerId.of(teacher.userId()), new SrsSettings(0.9, 20, "Europe/Berlin", 4, null));
		ClassSummary group = this.classes.create(teacher, "Zones");
		this.classes.join(student, group.joinCode().code());

		logIn(teacher);
		// the zone chosen in the study settings wins over the browser's
		browserZone("America/Los_Angeles");
		UI.getCurrent().navigate("teach/classes/" + group.id());
		DateTimePicker opens = _get(DateTimePicker.class, spec -> spec.withId("assignment-opens"));
		DateTimePicker due = _get(DateTimePicker.class, spec -> spec.withId("assignment-due"));
		assertThat(opens.getLabel()).isEqualTo("Opens (Europe/Berlin)");
		_setValue(opens, LocalDateTime.of(2026, 11, 24, 17, 0));
		_setValue(due, LocalDateTime.of(2026, 11, 26, 17, 0));
		assertThat(opens.getHelperText()).isEqualTo("Tue 24 Nov 2026, 17:00 CET");
		_setValue(_get(TextField.class, spec -> spec.withId("assignment-title")), "Zoned quiz");
		@SuppressWarnings("unchecked")
		Select<String> format = _get(Select.class, spec -> spec.withId("assignment-format"));
		_setValue(format, "true_false");
		_setValue(_get(IntegerField.class, spec -> spec.withId("assignment-draw")), 2);
		_click(_get(Button.class, spec -> spec.withId("create-assignment")));
		AssignmentSummary set = this.assignments.forClass(teacher, group.id()).get(0);
		assertThat(set.window().opensAt()).isEqualTo(Instant.parse("2026-11-24T16:00:00Z"));
		assertThat(set.window().dueAt()).isEqualTo(Instant.parse("2026-11-26T16:00:00Z"));
		assertThat(GridKt._getFormattedRow(_get(Grid.class, spec -> spec.withId("assignments")), 0))
			.contains("Tue 24 Nov 2026, 17:00 CET", "Thu 26 Nov 2026, 17:00 CET");

		logIn(student);
		browserZone("America/New_York");
		UI.getCurrent().navigate("assignments");
		assertThat(GridKt._getFormattedRow(_get(Grid.class, spec -> spec.withId("my-assignments")), 0))
			.contains("Tue 24 Nov 2026, 11:00 EST", "Thu 26 Nov 2026, 11:00 EST");
		// the service's refusal speaks the same zone
		assertThatThrownBy(() -> this.attempts.start(this.currentActor.get(), set.id()))
			.hasMessage("This assignment opens at 2026-11-24 11:00 EST.");
	}

	@Test
	void someone_who_never_chose_a_zone_reads_the_browsers_else_utc() {
		Actor student = newActor(this.accounts, "Zoneless Student");
		logIn(student);
		assertThat(this.currentActor.get().zone()).isEqualTo(ZoneId.of("UTC"));
		browserZone("Asia/Seoul");
		assertThat(this.currentActor.get().zone()).isEqualTo(ZoneId.of("Asia/Seoul"));
		browserZone("Mars/Olympus_Mons");
		assertThat(this.currentActor.get().zone()).isEqualTo(ZoneId.of("UTC"));
		this.srs.updateSettings(LearnerId.of(student.userId()), new SrsSettings(0.9, 20, "Europe/Lisbon", 4, null));
		assertThat(this.currentActor.get().zone()).isEqualTo(ZoneId.of("Europe/Lisbon"));
	}

	/** What the browser would report when the UI starts. */
	private static void browserZone(String zoneId) {
		Map<String, String> values = Map.of("v-sw", "1280", "v-sh", "800", "v-tzid", zoneId);
		ExtendedClientDetails.updateFromValues(UI.getCurrent(), values::get);
	}

}
