package app.quarry.bank.internal;

import app.quarry.bank.QuestionVersion;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/**
 * One version of a question as it was shown and graded. Rows are only added, never
 * changed: saving one always inserts, so two edits racing for the same version number
 * cannot both succeed.
 */
@Entity
@Table(name = "question_version")
@IdClass(QuestionVersionEntity.Key.class)
public class QuestionVersionEntity implements Persistable<QuestionVersionEntity.Key> {

	/** The primary key: question id and version number. */
	public static class Key implements Serializable {

		private String questionId = "";

		private int version;

		protected Key() {
		}

		public Key(String questionId, int version) {
			this.questionId = questionId;
			this.version = version;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.questionId.equals(this.questionId) && key.version == this.version;
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.questionId, this.version);
		}

	}

	@Id
	@Column(name = "question_id")
	private String questionId = "";

	@Id
	private int version;

	private String type = "";

	private String format = "";

	private String prompt = "";

	private String answer = "";

	@Column(name = "answer_value")
	private String value = "";

	@Convert(converter = StringListConverter.class)
	private List<String> accepted = List.of();

	@Convert(converter = StringListConverter.class)
	private List<String> options = List.of();

	private @Nullable String quote;

	@Column(name = "created_at")
	private Instant createdAt = Instant.EPOCH;

	@Column(name = "edited_by")
	private @Nullable Long editedBy;

	protected QuestionVersionEntity() {
	}

	@SuppressWarnings("checkstyle:ParameterNumber")
	QuestionVersionEntity(String questionId, int version, String type, String format, String prompt, String answer,
			String value, List<String> accepted, List<String> options, @Nullable String quote, Instant createdAt,
			@Nullable Long editedBy) {
		this.questionId = questionId;
		this.version = version;
		this.type = type;
		this.format = format;
		this.prompt = prompt;
		this.answer = answer;
		this.value = value;
		this.accepted = List.copyOf(accepted);
		this.options = List.copyOf(options);
		this.quote = quote;
		this.createdAt = createdAt;
		this.editedBy = editedBy;
	}

	@Override
	public Key getId() {
		return new Key(this.questionId, this.version);
	}

	/** Always new: versions are inserted once and never updated. */
	@Override
	public boolean isNew() {
		return true;
	}

	public QuestionVersion toVersion() {
		return new QuestionVersion(this.questionId, this.version, this.type, this.format, this.prompt, this.answer,
				this.value, this.accepted, this.options, this.quote, this.createdAt, this.editedBy);
	}

}
