package app.quarry.classroom.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A quiz set for a class: its window, its rules and the pool its questions are drawn
 * from.
 */
@Entity
@Table(name = "classroom_assignment")
public class Assignment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "class_id", nullable = false)
	private long classId;

	@Column(nullable = false)
	private String title = "";

	@Column(name = "opens_at", nullable = false)
	private Instant opensAt = Instant.EPOCH;

	@Column(name = "due_at", nullable = false)
	private Instant dueAt = Instant.EPOCH;

	@Column(name = "time_limit_seconds")
	private @Nullable Integer timeLimitSeconds;

	@Column(name = "attempts_allowed", nullable = false)
	private int attemptsAllowed;

	@Column(name = "draw_count", nullable = false)
	private int drawCount;

	@Column(name = "shuffle_questions", nullable = false)
	private boolean shuffleQuestions;

	@Column(name = "shuffle_options", nullable = false)
	private boolean shuffleOptions;

	@Column(name = "answer_reveal", nullable = false)
	private String answerReveal = "";

	@Column(name = "grading_policy", nullable = false)
	private String gradingPolicy = "HIGHEST";

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.EPOCH;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "classroom_assignment_question", joinColumns = @JoinColumn(name = "assignment_id"))
	@OrderColumn(name = "position")
	@Column(name = "question_id", nullable = false)
	private List<String> pool = new ArrayList<>();

	protected Assignment() {
	}

	@SuppressWarnings("checkstyle:ParameterNumber")
	public Assignment(long classId, String title, Instant opensAt, Instant dueAt, @Nullable Integer timeLimitSeconds,
			int attemptsAllowed, int drawCount, boolean shuffleQuestions, boolean shuffleOptions, String answerReveal,
			List<String> pool, Instant createdAt) {
		this.classId = classId;
		this.title = title;
		this.opensAt = opensAt;
		this.dueAt = dueAt;
		this.timeLimitSeconds = timeLimitSeconds;
		this.attemptsAllowed = attemptsAllowed;
		this.drawCount = drawCount;
		this.shuffleQuestions = shuffleQuestions;
		this.shuffleOptions = shuffleOptions;
		this.answerReveal = answerReveal;
		this.pool = new ArrayList<>(pool);
		this.createdAt = createdAt;
	}

	/**
	 * Replaces every setting and the pool, as an edit before the assignment opens does.
	 */
	@SuppressWarnings("checkstyle:ParameterNumber")
	public void change(String title, Instant opensAt, Instant dueAt, @Nullable Integer timeLimitSeconds,
			int attemptsAllowed, String gradingPolicy, int drawCount, boolean shuffleQuestions, boolean shuffleOptions,
			String answerReveal, List<String> pool) {
		this.title = title;
		this.opensAt = opensAt;
		this.dueAt = dueAt;
		this.timeLimitSeconds = timeLimitSeconds;
		this.attemptsAllowed = attemptsAllowed;
		this.gradingPolicy = gradingPolicy;
		this.drawCount = drawCount;
		this.shuffleQuestions = shuffleQuestions;
		this.shuffleOptions = shuffleOptions;
		this.answerReveal = answerReveal;
		this.pool.clear();
		this.pool.addAll(pool);
	}

	public String getGradingPolicy() {
		return this.gradingPolicy;
	}

	public void setGradingPolicy(String gradingPolicy) {
		this.gradingPolicy = gradingPolicy;
	}

	public long getId() {
		return (this.id != null) ? this.id : 0;
	}

	public long getClassId() {
		return this.classId;
	}

	public String getTitle() {
		return this.title;
	}

	public Instant getOpensAt() {
		return this.opensAt;
	}

	public Instant getDueAt() {
		return this.dueAt;
	}

	public @Nullable Integer getTimeLimitSeconds() {
		return this.timeLimitSeconds;
	}

	public int getAttemptsAllowed() {
		return this.attemptsAllowed;
	}

	public int getDrawCount() {
		return this.drawCount;
	}

	public boolean isShuffleQuestions() {
		return this.shuffleQuestions;
	}

	public boolean isShuffleOptions() {
		return this.shuffleOptions;
	}

	public String getAnswerReveal() {
		return this.answerReveal;
	}

	public List<String> getPool() {
		return List.copyOf(this.pool);
	}

}
