package app.quarry.bank.internal;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;

/**
 * A stored question. {@code version} counts its changes (and guards concurrent edits);
 * {@code edited} marks a generated question a teacher has changed, which the bank import
 * then leaves alone.
 */
@Entity
@Table(name = "question")
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

	@Version
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
	 * changed, so an unchanged bank leaves rows (and versions) as they are.
	 */
	public boolean takeGenerated(BankQuestion q, QuestionStatus status, Instant now) {
		if (q.equals(toBankQuestion()) && status == this.status) {
			return false;
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
	 * A teacher's change to what the question asks and accepts; marks it edited, so the
	 * bank import leaves it alone. The version goes up on save.
	 */
	public void edit(String prompt, String answer, List<String> accepted, List<String> options, Instant now) {
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

	public BankQuestion toBankQuestion() {
		if (this.type == null) {
			return null;
		}
		return new BankQuestion(this.id, this.type, this.format, this.prompt, this.answer, this.value, this.accepted,
				this.options, this.quote,
				new Source(this.sourceDocument, this.sourceStart, this.sourceEnd, this.sourceSentence), this.sources);
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
