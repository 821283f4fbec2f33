package app.quarry.classroom.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A student's membership of a class. */
@Entity
@Table(name = "classroom_enrolment")
public class Enrolment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "class_id", nullable = false)
	private long classId;

	@Column(name = "student_id", nullable = false)
	private long studentId;

	@Column(name = "joined_at", nullable = false)
	private Instant joinedAt = Instant.EPOCH;

	protected Enrolment() {
	}

	public Enrolment(long classId, long studentId, Instant joinedAt) {
		this.classId = classId;
		this.studentId = studentId;
		this.joinedAt = joinedAt;
	}

	public long getClassId() {
		return this.classId;
	}

	public long getStudentId() {
		return this.studentId;
	}

	public Instant getJoinedAt() {
		return this.joinedAt;
	}

}
