package app.quarry.srs.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import app.quarry.srs.ReviewSource;

/** One answer, appended and never changed. */
@Entity
@Table(name = "srs_review_log")
public class ReviewLogEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "learner_id", nullable = false)
	private long learnerId;

	@Column(name = "question_id", nullable = false, length = 40)
	private String questionId;

	@Column(nullable = false)
	private int rating;

	@Column(name = "reviewed_at", nullable = false)
	private Instant reviewedAt;

	@Column(name = "duration_ms")
	private Long durationMs;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 8)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private ReviewSource source;

	@Column(name = "prior_interval_days", nullable = false)
	private int priorIntervalDays;

	protected ReviewLogEntry() {
	}

	public ReviewLogEntry(long learnerId, String questionId, int rating, Instant reviewedAt, Long durationMs,
			ReviewSource source, int priorIntervalDays) {
		this.learnerId = learnerId;
		this.questionId = questionId;
		this.rating = rating;
		this.reviewedAt = reviewedAt;
		this.durationMs = durationMs;
		this.source = source;
		this.priorIntervalDays = priorIntervalDays;
	}

	public Long getId() {
		return this.id;
	}

	public long getLearnerId() {
		return this.learnerId;
	}

	public String getQuestionId() {
		return this.questionId;
	}

	public int getRating() {
		return this.rating;
	}

	public Instant getReviewedAt() {
		return this.reviewedAt;
	}

	public Long getDurationMs() {
		return this.durationMs;
	}

	public ReviewSource getSource() {
		return this.source;
	}

	public int getPriorIntervalDays() {
		return this.priorIntervalDays;
	}

}
