package app.quarry.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.account.LearnerId;
import app.quarry.bank.QuestionId;
import app.quarry.bank.grading.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Quiz events are kept as JSON until their listeners complete, and replayed from it: the
 * typed ids must write the plain numbers and strings they always did, so publications
 * stored before them still read.
 */
class AttemptEventsJsonTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void a_submitted_attempt_writes_its_ids_as_plain_json_and_reads_back_the_same() {
		AttemptSubmitted submitted = new AttemptSubmitted(3, LearnerId.of(42), Instant.parse("2026-05-01T10:00:00Z"),
				List.of(new AttemptSubmitted.Answer(QuestionId.of("q-1"), Verdict.CORRECT,
						Instant.parse("2026-05-01T09:59:00Z"), Duration.ofSeconds(20))));

		String written = this.json.writeValueAsString(submitted);

		assertThat(written).contains("\"learnerId\":42").contains("\"questionId\":\"q-1\"");
		assertThat(this.json.readValue(written, AttemptSubmitted.class)).isEqualTo(submitted);
	}

	@Test
	void a_graded_answer_does_too() {
		AnswerGraded graded = new AnswerGraded(3, LearnerId.of(42), QuestionId.of("q-1"), Verdict.ALMOST,
				Instant.parse("2026-05-01T09:59:00Z"));

		String written = this.json.writeValueAsString(graded);

		assertThat(written).contains("\"learnerId\":42").contains("\"questionId\":\"q-1\"");
		assertThat(this.json.readValue(written, AnswerGraded.class)).isEqualTo(graded);
	}

}
