package app.quarry.classroom.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One question of an attempt as the student saw it and the student's response and grade.
 * {@code (questionId, questionVersion)} names the version shown; a foreign key keeps that
 * version on record in the bank's history, which is the source of truth. The text is a
 * copy of that version kept beside it (options in the order this student saw them), so
 * showing and grading an attempt reads one table.
 */
@Entity
@Table(name = "classroom_attempt_item")
public class AttemptItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "attempt_id", nullable = false)
	private long attemptId;

	@Column(nullable = false)
	private int position;

	@Column(name = "question_id", nullable = false)
	private String questionId = "";

	@Column(name = "question_version", nullable = false)
	private int questionVersion;

	@Column(name = "question_type", nullable = false)
	private String questionType = "";

	@Column(name = "question_format", nullable = false)
	private String questionFormat = "";

	@Column(nullable = false)
	private String prompt = "";

	@Column(nullable = false)
	private String answer = "";

	@Column(name = "answer_value", nullable = false)
	private String answerValue = "";

	@Column(nullable = false)
	private String accepted = "";

	@Column(nullable = false)
	private String options = "";

	private @Nullable String response;

	private @Nullable String verdict;

	private @Nullable Double score;

	@Column(name = "answered_at")
	private @Nullable Instant answeredAt;

	protected AttemptItem() {
	}

	@SuppressWarnings("checkstyle:ParameterNumber")
	public AttemptItem(long attemptId, int position, String questionId, int questionVersion, String questionType,
			String questionFormat, String prompt, String answer, String answerValue, List<String> accepted,
			List<String> options) {
		this.attemptId = attemptId;
		this.position = position;
		this.questionId = questionId;
		this.questionVersion = questionVersion;
		this.questionType = questionType;
		this.questionFormat = questionFormat;
		this.prompt = prompt;
		this.answer = answer;
		this.answerValue = answerValue;
		this.accepted = String.join("\n", accepted);
		this.options = String.join("\n", options);
	}

	public long getId() {
		return (this.id != null) ? this.id : 0;
	}

	public long getAttemptId() {
		return this.attemptId;
	}

	public int getPosition() {
		return this.position;
	}

	public String getQuestionId() {
		return this.questionId;
	}

	public int getQuestionVersion() {
		return this.questionVersion;
	}

	public String getQuestionType() {
		return this.questionType;
	}

	public String getQuestionFormat() {
		return this.questionFormat;
	}

	public String getPrompt() {
		return this.prompt;
	}

	public String getAnswer() {
		return this.answer;
	}

	public String getAnswerValue() {
		return this.answerValue;
	}

	public List<String> getAccepted() {
		return lines(this.accepted);
	}

	public List<String> getOptions() {
		return lines(this.options);
	}

	public @Nullable String getResponse() {
		return this.response;
	}

	public @Nullable String getVerdict() {
		return this.verdict;
	}

	public @Nullable Double getScore() {
		return this.score;
	}

	public @Nullable Instant getAnsweredAt() {
		return this.answeredAt;
	}

	public void answer(String response, String verdict, double score, Instant at) {
		this.response = response;
		this.verdict = verdict;
		this.score = score;
		this.answeredAt = at;
	}

	/** A teacher's new mark for this answer; the verdict stays what grading said. */
	public void mark(double score) {
		this.score = score;
	}

	private static List<String> lines(String joined) {
		return joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n", -1));
	}

}
