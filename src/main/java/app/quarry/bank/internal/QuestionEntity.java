package app.quarry.bank.internal;

import app.quarry.bank.grading.AnswerValue;
import app.quarry.bank.BankQuestion;
import app.quarry.bank.QuestionStatus;
import app.quarry.bank.Source;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

/**
 * A stored question. {@code version} is the number of its current version: it goes up
 * when what the question shows or accepts changes, not when only its status or sources
 * do; each version is kept as a {@link QuestionVersionEntity}. {@code edited} marks a
 * generated question a teacher has changed, which the bank import then leaves alone.
 * Updates write only the changed columns, so a status change and a concurrent edit do not
 * undo each other.
 */
@Entity
@Table(name = "question")
@DynamicUpdate
public class QuestionEntity {

	/** Where a question came from. */
	public enum Origin {

		GENERATED, TEACHER

	}

	@Id
	private String id;

	private String type;

	private String format;

	private String prompt;

	private String answer;

	@Column(name = "answer_value")
	private String value;

	@Convert(converter = StringListConverter.class)
	private List<String> accepted;

	@Convert(converter = StringListConverter.class)
	private List<String> options;

	private String quote;

	@Enumerated(EnumType.STRING)
	private QuestionStatus status;

	@Enumerated(EnumType.STRING)
	private Origin origin;

	private boolean edited;

	private int version;

	@Column(name = "source_document")
	private String sourceDocument;

	@Column(name = "source_start")
	private int sourceStart;

	@Column(name = "source_end")
	private int sourceEnd;

	@Column(name = "source_sentence")
	private String sourceSentence;

	@Convert(converter = SourceListConverter.class)
	private List<Source> sources;

	/** The learner whose private question this is; null for the shared bank. */
	@Column(name = "owner_id")
	private Long ownerId;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	protected QuestionEntity() {
	}

	public QuestionEntity(String id, Origin origin, Instant now) {
		this.id = id;
		this.origin = origin;
		this.createdAt = now;
	}

	/**
	 * Takes the generated content of {@code q} with {@code status}; true when anything
	 * changed, so an unchanged bank leaves rows (and versions) as they are. A change of
	 * what the question shows or accepts makes a new version; a change of its sources
	 * alone does not.
	 */
	public boolean takeGenerated(BankQuestion q, QuestionStatus status, Instant now) {
		if (q.equals(toBankQuestion()) && status == this.status) {
			return false;
		}
		if (!sameShownContent(q)) {
			this.version++;
		}
		this.type = q.type();
		this.format = q.format();
		this.prompt = q.prompt();
		this.answer = q.answer();
		this.value = q.value();
		this.accepted = q.accepted();
		this.options = q.options();
		this.quote = q.quote();
		this.sourceDocument = q.source().document();
		this.sourceStart = q.source().start();
		this.sourceEnd = q.source().end();
		this.sourceSentence = q.source().sentence();
		this.sources = q.sources();
		this.status = status;
		this.updatedAt = now;
		return true;
	}

	/**
	 * Marks a generated question gone from the bank; true when it was not retired yet.
	 */
	public boolean retire(Instant now) {
		if (this.status == QuestionStatus.RETIRED) {
			return false;
		}
		this.status = QuestionStatus.RETIRED;
		this.updatedAt = now;
		return true;
	}

	/**
	 * A teacher's change to what the question asks and accepts, as a new version; marks
	 * it edited, so the bank import leaves it alone.
	 */
	public void edit(String prompt, String answer, List<String> accepted, List<String> options, Instant now) {
		this.version++;
		if (!answer.equals(this.answer)) {
			// typed responses are graded against the value: it follows the new answer
			this.value = AnswerValue.of(this.type, answer, this.value);
		}
		this.prompt = prompt;
		this.answer = answer;
		this.accepted = List.copyOf(accepted);
		this.options = List.copyOf(options);
		this.edited = true;
		this.updatedAt = now;
	}

	/** A teacher's review decision; true when the status changed. */
	public boolean review(QuestionStatus status, Instant now) {
		if (this.status == status) {
			return false;
		}
		this.status = status;
		this.updatedAt = now;
		return true;
	}

	/** The current version as a row of the version history. */
	public QuestionVersionEntity snapshot(Instant at, @Nullable Long editedBy) {
		return new QuestionVersionEntity(this.id, this.version, this.type, this.format, this.prompt, this.answer,
				this.value, this.accepted, this.options, this.quote, at, editedBy);
	}

	private boolean sameShownContent(BankQuestion q) {
		return this.type != null && q.type().equals(this.type) && q.format().equals(this.format)
				&& q.prompt().equals(this.prompt) && q.answer().equals(this.answer) && q.value().equals(this.value)
				&& q.accepted().equals(this.accepted) && q.options().equals(this.options)
				&& Objects.equals(q.quote(), this.quote);
	}

	public BankQuestion toBankQuestion() {
		if (this.type == null) {
			return null;
		}
		return new BankQuestion(this.id, this.type, this.format, this.prompt, this.answer, this.value, this.accepted,
				this.options, this.quote,
				new Source(this.sourceDocument, this.sourceStart, this.sourceEnd, this.sourceSentence), this.sources);
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	/** Makes the question private to this learner. */
	public void ownedBy(long ownerId) {
		this.ownerId = ownerId;
	}

	public String getId() {
		return this.id;
	}

	public QuestionStatus getStatus() {
		return this.status;
	}

	public Origin getOrigin() {
		return this.origin;
	}

	public boolean isEdited() {
		return this.edited;
	}

	public int getVersion() {
		return this.version;
	}

}
