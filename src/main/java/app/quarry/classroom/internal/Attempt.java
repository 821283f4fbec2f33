package app.quarry.classroom.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One student's go at an assignment. */
@Entity
@Table(name = "classroom_attempt")
public class Attempt {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "assignment_id", nullable = false)
	private long assignmentId;

	@Column(name = "student_id", nullable = false)
	private long studentId;

	@Column(name = "attempt_number", nullable = false)
	private int attemptNumber;

	@Column(name = "started_at", nullable = false)
	private Instant startedAt = Instant.EPOCH;

	@Column(name = "submitted_at")
	private @Nullable Instant submittedAt;

	protected Attempt() {
	}

	public Attempt(long assignmentId, long studentId, int attemptNumber, Instant startedAt) {
		this.assignmentId = assignmentId;
		this.studentId = studentId;
		this.attemptNumber = attemptNumber;
		this.startedAt = startedAt;
	}

	public long getId() {
		return (this.id != null) ? this.id : 0;
	}

	public long getAssignmentId() {
		return this.assignmentId;
	}

	public long getStudentId() {
		return this.studentId;
	}

	public int getAttemptNumber() {
		return this.attemptNumber;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public @Nullable Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public void submit(Instant at) {
		this.submittedAt = at;
	}

}
