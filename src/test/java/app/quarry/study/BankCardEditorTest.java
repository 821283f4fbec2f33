package app.quarry.study;

import app.quarry.account.LearnerId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import app.quarry.account.Account;
import app.quarry.account.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may edit a bank question from the study page, and where. */
class BankCardEditorTest {

	private static Account with(Role... roles) {
		return new Account(LearnerId.of(1), "someone", "Someone", Set.of(roles), true, Instant.EPOCH, ZoneOffset.UTC);
	}

	@Test
	void teachers_and_admins_edit_in_the_question_editor_and_students_nowhere() {
		BankCardEditor editor = new BankCardEditor();
		assertThat(editor.editorRoute(with(Role.TEACHER), "q-1")).contains("teach/questions/q-1");
		assertThat(editor.editorRoute(with(Role.ADMIN), "q-1")).contains("teach/questions/q-1");
		assertThat(editor.editorRoute(with(Role.STUDENT), "q-1")).isEmpty();
	}

}
