package app.quarry.classroom.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A teacher's class ("class" itself is a Java keyword). */
@Entity
@Table(name = "classroom_class")
public class SchoolClass {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "teacher_id", nullable = false)
	private long teacherId;

	@Column(nullable = false)
	private String name = "";

	@Column(name = "join_code", nullable = false)
	private String joinCode = "";

	@Column(name = "join_code_expires_at", nullable = false)
	private Instant joinCodeExpiresAt = Instant.EPOCH;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.EPOCH;

	protected SchoolClass() {
	}

	public SchoolClass(long teacherId, String name, String joinCode, Instant joinCodeExpiresAt, Instant createdAt) {
		this.teacherId = teacherId;
		this.name = name;
		this.joinCode = joinCode;
		this.joinCodeExpiresAt = joinCodeExpiresAt;
		this.createdAt = createdAt;
	}

	public long getId() {
		return (this.id != null) ? this.id : 0;
	}

	public long getTeacherId() {
		return this.teacherId;
	}

	public String getName() {
		return this.name;
	}

	public String getJoinCode() {
		return this.joinCode;
	}

	public Instant getJoinCodeExpiresAt() {
		return this.joinCodeExpiresAt;
	}

	public void setJoinCode(String joinCode, Instant expiresAt) {
		this.joinCode = joinCode;
		this.joinCodeExpiresAt = expiresAt;
	}

}
