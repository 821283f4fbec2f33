package app.quarry.generation.upload.internal;

import app.quarry.generation.upload.GenerationStage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The generation for one added document, as far as it got. Counts of added questions are
 * kept as text ("date/typed=3,quote/cloze=1"): they are only ever shown with the job.
 */
@Entity
@Table(name = "generation_job")
public class GenerationJobEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "document_id")
	private String documentId;

	@Column(name = "file_name")
	private String fileName;

	private String title;

	@Column(name = "requested_by")
	private long requestedBy;

	@Enumerated(EnumType.STRING)
	private GenerationStage stage;

	private int percent;

	private int runs;

	@Column(name = "added_counts")
	private String addedCounts;

	@Column(name = "already_in_bank")
	private Integer alreadyInBank;

	private String failure;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	protected GenerationJobEntity() {
	}

	public GenerationJobEntity(String documentId, String fileName, String title, long requestedBy, Instant now) {
		this.documentId = documentId;
		this.fileName = fileName;
		this.title = title;
		this.requestedBy = requestedBy;
		this.stage = GenerationStage.STORED;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** A run begins (the first, or again after the server stopped mid-way). */
	public void startRun(Instant now) {
		this.runs++;
		moveTo(GenerationStage.EXTRACTING, 0, now);
	}

	public void moveTo(GenerationStage stage, int percent, Instant now) {
		this.stage = stage;
		this.percent = Math.max(0, Math.min(100, percent));
		this.updatedAt = now;
	}

	public void finish(Map<String, Integer> added, int alreadyInBank, Instant now) {
		this.addedCounts = added.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + e.getValue())
			.collect(Collectors.joining(","));
		this.alreadyInBank = alreadyInBank;
		this.failure = null;
		moveTo(GenerationStage.DONE, 100, now);
	}

	public void fail(String failure, Instant now) {
		this.failure = failure.length() > 2000 ? failure.substring(0, 2000) : failure;
		moveTo(GenerationStage.FAILED, this.percent, now);
	}

	public Map<String, Integer> added() {
		Map<String, Integer> added = new TreeMap<>();
		if (this.addedCounts != null && !this.addedCounts.isEmpty()) {
			for (String pair : this.addedCounts.split(",")) {
				int eq = pair.lastIndexOf('=');
				added.put(pair.substring(0, eq), Integer.parseInt(pair.substring(eq + 1)));
			}
		}
		return added;
	}

	public long getId() {
		return this.id;
	}

	public String getDocumentId() {
		return this.documentId;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getTitle() {
		return this.title;
	}

	public long getRequestedBy() {
		return this.requestedBy;
	}

	public GenerationStage getStage() {
		return this.stage;
	}

	public int getPercent() {
		return this.percent;
	}

	public int getRuns() {
		return this.runs;
	}

	public int getAlreadyInBank() {
		return this.alreadyInBank == null ? 0 : this.alreadyInBank;
	}

	public String getFailure() {
		return this.failure;
	}

}
