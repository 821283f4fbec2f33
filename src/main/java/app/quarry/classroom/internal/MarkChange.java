package app.quarry.classroom.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A teacher's change to the mark of one attempt item; only ever added. */
@Entity
@Table(name = "classroom_mark_change")
public class MarkChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "attempt_item_id", nullable = false)
	private long attemptItemId;

	@Column(name = "teacher_id", nullable = false)
	private long teacherId;

	@Column(name = "old_score")
	private @Nullable Double oldScore;

	@Column(name = "new_score", nullable = false)
	private double newScore;

	@Column(nullable = false)
	private String reason = "";

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt = Instant.EPOCH;

	protected MarkChange() {
	}

	public MarkChange(long attemptItemId, long teacherId, @Nullable Double oldScore, double newScore, String reason,
			Instant changedAt) {
		this.attemptItemId = attemptItemId;
		this.teacherId = teacherId;
		this.oldScore = oldScore;
		this.newScore = newScore;
		this.reason = reason;
		this.changedAt = changedAt;
	}

	public long getAttemptItemId() {
		return this.attemptItemId;
	}

	public long getTeacherId() {
		return this.teacherId;
	}

	public @Nullable Double getOldScore() {
		return this.oldScore;
	}

	public double getNewScore() {
		return this.newScore;
	}

	public String getReason() {
		return this.reason;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

}
