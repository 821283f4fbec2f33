package app.quarry.study;

import java.util.Optional;

import app.quarry.account.Account;
import app.quarry.account.Role;
import org.springframework.stereotype.Component;

/** Teachers and admins edit bank questions in the question editor. */
@Component
class BankCardEditor implements CardEditor {

	static final String QUESTION_EDITOR = "teach/questions/";

	@Override
	public Optional<String> editorRoute(Account who, String questionId) {
		return (who.has(Role.TEACHER) || who.has(Role.ADMIN)) ? Optional.of(QUESTION_EDITOR + questionId)
				: Optional.empty();
	}

}
