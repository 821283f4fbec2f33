package app.quarry.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.quarry.account.Account;
import app.quarry.account.Registration;
import app.quarry.account.Role;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The admin page, and who may (not) open it; also the one-time-password gate. */
class UsersViewTest extends AccountViewTest {

	@Test
	void an_admin_finds_an_account_by_part_of_its_name_among_many() {
		logInAs("karibu-finder", EnumSet.of(Role.ADMIN), false);
		this.accounts.register(new Registration("karibu-hidden", "Findable Person", "long enough pw", ZoneOffset.UTC));
		UI.getCurrent().navigate("admin/users");
		UsersView view = _get(UsersView.class);

		view.find.setValue("findable PERS");

		assertThat(view.grid.getGenericDataView().getItems().map(Account::login)).containsExactly("karibu-hidden");
	}

	@Test
	void a_student_cannot_open_the_users_page() {
		logInAs("karibu-student", EnumSet.of(Role.STUDENT), false);

		assertThatThrownBy(() -> UI.getCurrent().navigate("admin/users")).isInstanceOf(MockAccessDeniedException.class);
		_assertNone(UsersView.class);
	}

	@Test
	void an_admin_makes_a_student_a_teacher_from_the_users_page() {
		logInAs("karibu-admin", EnumSet.of(Role.ADMIN), false);
		Account student = this.accounts
			.register(new Registration("karibu-pupil", "", "long enough pw", ZoneOffset.UTC));
		UI.getCurrent().navigate("admin/users");
		UsersView view = _get(UsersView.class);

		Account row = view.grid.getGenericDataView()
			.getItems()
			.filter(a -> a.id().equals(student.id()))
			.findFirst()
			.orElseThrow();
		view.grid.select(row);
		view.roles.setValue(EnumSet.of(Role.TEACHER, Role.STUDENT));
		view.save.click();

		assertThat(this.accounts.findByLogin("karibu-pupil").orElseThrow().roles())
			.isEqualTo(Set.of(Role.TEACHER, Role.STUDENT));
		assertThat(view.error.isVisible()).isFalse();
	}

	@Test
	void a_person_with_a_one_time_password_is_kept_on_the_change_password_page_until_it_is_changed() {
		logInAs("karibu-setup", EnumSet.of(Role.ADMIN), true);

		UI.getCurrent().navigate("");
		ChangePasswordView view = _get(ChangePasswordView.class);
		view.current.setValue("long enough pw");
		view.fresh.setValue("my own new password");
		view.repeat.setValue("my own new password");
		view.save();

		assertThat(this.accounts.currentMustChangePassword()).isFalse();
		UI.getCurrent().navigate("admin/users");
		_get(UsersView.class);
	}

	@Test
	void a_wrong_current_password_does_not_change_it() {
		logInAs("karibu-changer", EnumSet.of(Role.STUDENT), false);
		UI.getCurrent().navigate("password");
		ChangePasswordView view = _get(ChangePasswordView.class);

		view.current.setValue("not the password");
		view.fresh.setValue("my own new password");
		view.repeat.setValue("my own new password");
		view.save();

		assertThat(view.error.getText()).isEqualTo("The current password is not right.");
	}

	@Test
	void a_new_password_containing_the_login_is_refused_with_the_reason() {
		logInAs("karibu-selfish", EnumSet.of(Role.STUDENT), false);
		UI.getCurrent().navigate("password");
		ChangePasswordView view = _get(ChangePasswordView.class);

		view.current.setValue("long enough pw");
		view.fresh.setValue("KARIBU-SELFISH forever");
		view.repeat.setValue("KARIBU-SELFISH forever");
		view.save();

		assertThat(view.error.getText()).startsWith("A password must not contain your email or user name");
	}

	@Test
	void a_common_new_password_is_refused_with_the_reason() {
		logInAs("karibu-commoner", EnumSet.of(Role.STUDENT), false);
		UI.getCurrent().navigate("password");
		ChangePasswordView view = _get(ChangePasswordView.class);

		view.current.setValue("long enough pw");
		view.fresh.setValue("password123");
		view.repeat.setValue("password123");
		view.save();

		assertThat(view.error.getText()).startsWith("This password is one of the most common ones");
	}

	@Test
	void an_admin_renames_an_account_but_not_to_invisible_or_reordering_characters() {
		logInAs("karibu-renamer", EnumSet.of(Role.ADMIN), false);
		Account student = this.accounts
			.register(new Registration("karibu-renamed", "Old Name", "long enough pw", ZoneOffset.UTC));
		UI.getCurrent().navigate("admin/users");
		UsersView view = _get(UsersView.class);
		view.grid.select(view.grid.getGenericDataView()
			.getItems()
			.filter(a -> a.id().equals(student.id()))
			.findFirst()
			.orElseThrow());

		view.displayName.setValue("\u2060\u200B");
		view.save.click();
		assertThat(view.error.getText()).startsWith("Your name is made only of invisible characters");
		view.displayName.setValue("Evil \u202Eeman");
		view.save.click();
		assertThat(view.error.getText()).startsWith("Your name cannot contain characters that reverse");
		assertThat(this.accounts.findByLogin("karibu-renamed").orElseThrow().displayName()).isEqualTo("Old Name");

		view.displayName.setValue("New Name");
		view.save.click();
		assertThat(this.accounts.findByLogin("karibu-renamed").orElseThrow().displayName()).isEqualTo("New Name");
	}

}
