package app.quarry.corpus.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stored document: metadata, the SHA-256 of its bytes and its full text. */
@Entity
@Table(name = "document")
public class DocumentEntity {

	@Id
	private String id;

	private String title;

	private String published;

	private String publisher;

	private String author;

	// CHAR(64) in the schema: typed as CHAR rather than spelled out as a column
	// definition,
	// because PostgreSQL reports that column as "bpchar" and validation compares the
	// types
	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(length = 64)
	private String sha256;

	private String body;

	/** The learner whose private document this is; null for the shared corpus. */
	@Column(name = "owner_id")
	private Long ownerId;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	protected DocumentEntity() {
	}

	public DocumentEntity(String id, Instant now) {
		this.id = id;
		this.createdAt = now;
	}

	/** Takes the document's current content; true when anything changed. */
	public boolean update(String title, String published, String publisher, String author, String sha256, String body,
			Instant now) {
		boolean same = java.util.Objects.equals(this.title, title)
				&& java.util.Objects.equals(this.published, published)
				&& java.util.Objects.equals(this.publisher, publisher) && java.util.Objects.equals(this.author, author)
				&& java.util.Objects.equals(this.sha256, sha256) && java.util.Objects.equals(this.body, body);
		if (same) {
			return false;
		}
		this.title = title;
		this.published = published;
		this.publisher = publisher;
		this.author = author;
		this.sha256 = sha256;
		this.body = body;
		this.updatedAt = now;
		return true;
	}

	public String getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public String getPublished() {
		return this.published;
	}

	public String getPublisher() {
		return this.publisher;
	}

	public String getAuthor() {
		return this.author;
	}

	public String getSha256() {
		return this.sha256;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	/** Makes the document private to this learner. */
	public void ownedBy(long ownerId) {
		this.ownerId = ownerId;
	}

	public String getBody() {
		return this.body;
	}

}
