package app.quarry.study;

import java.time.Duration;
import java.time.ZoneOffset;

import app.quarry.account.AccountService;
import app.quarry.account.Registration;
import app.quarry.classroom.StatementCounter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What answering a card in study costs the database: grading, recording the answer
 * (committed) and showing the next card with its rating previews, as the study view does.
 * Counted in statements, which do not vary with the machine: the card and the learner's
 * settings are read, the log row and the card written, then the next card and the
 * settings read for its previews. Scheduling needs no time zone, so the account is not
 * read for it.
 */
@Tag("database")
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:study-answer-statements;DB_CLOSE_DELAY=-1",
		"quarry.data-dir=target/study-answer-statements-data" })
@Import(StatementCounter.class)
class StudyAnswerStatementsTest {

	@Autowired
	StudyService study;

	@Autowired
	AccountService accounts;

	@Test
	@WithMockUser(username = "answers@example.org", roles = "STUDENT")
	void an_answer_and_the_next_card_cost_six_statements() {
		long learner = this.accounts
			.register(new Registration("answers@example.org", "Answers", "correct horse battery", ZoneOffset.UTC))
			.id()
			.value();
		StudySession session = this.study.open(learner, StudyFilter.ALL);
		answer(learner, session);
		StatementCounter.Tally tally = StatementCounter.count(() -> answer(learner, session));
		System.out.printf("an answer and the next card: %d statements%n%s%n", tally.statements(),
				String.join("\n", tally.sql()));
		assertThat(tally.statements()).as("statements sent:%n%s", String.join("\n", tally.sql()))
			.isLessThanOrEqualTo(6);
	}

	private Object answer(long learner, StudySession session) {
		ShownCard card = session.current().orElseThrow();
		session.reveal(Duration.ofSeconds(5));
		session.rate(Rating.GOOD);
		session.recordAndContinue(this.study.recorderFor(learner));
		session.current().ifPresent(next -> this.study.preview(learner, next.card().questionId()));
		return card;
	}

}
