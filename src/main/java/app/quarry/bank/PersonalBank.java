package app.quarry.bank;

import app.quarry.account.LearnerId;
import app.quarry.bank.internal.QuestionEntity;
import app.quarry.bank.internal.QuestionRepository;
import app.quarry.bank.internal.QuestionVersionRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner's private questions: generated from their own documents, written by hand or
 * imported. Every call names the owner and touches that owner's questions only; the
 * shared bank's services never return them. The owner reviews their drafts as a teacher
 * would (approve, edit, delete); a deleted question is retired, so its review history
 * still points at something.
 */
@Service
public class PersonalBank {

	private final QuestionRepository questions;

	private final QuestionVersionRepository versions;

	private final Clock clock;

	PersonalBank(QuestionRepository questions, QuestionVersionRepository versions, Clock clock) {
		this.questions = questions;
		this.versions = versions;
		this.clock = clock;
	}

	/** Adds questions as the owner's, with this status; ids already taken are skipped. */
	@Transactional
	public List<StoredQuestion> add(LearnerId owner, List<BankQuestion> added, QuestionStatus status) {
		Instant now = this.clock.instant();
		List<StoredQuestion> stored = new ArrayList<>();
		for (BankQuestion q : added) {
			if (this.questions.existsById(q.id())) {
				continue;
			}
			QuestionEntity entity = new QuestionEntity(q.id(), QuestionEntity.Origin.TEACHER, now);
			entity.takeGenerated(q, status, now);
			entity.ownedBy(owner.value());
			stored.add(BankService.stored(this.questions.saveAndFlush(entity)));
			this.versions.save(entity.snapshot(now, owner.value()));
		}
		return stored;
	}

	/** The owner's questions with this status, by id. */
	@Transactional(readOnly = true)
	public List<StoredQuestion> withStatus(LearnerId owner, QuestionStatus status) {
		return this.questions.findByOwnerIdAndStatusOrderById(owner.value(), status)
			.stream()
			.map(BankService::stored)
			.toList();
	}

	/** The owner's drafts and approved questions from one of their documents, by id. */
	@Transactional(readOnly = true)
	public List<StoredQuestion> fromDocument(LearnerId owner, String documentId) {
		return this.questions.ownedFrom(owner.value(), documentId).stream().map(BankService::stored).toList();
	}

	/** One of the owner's questions. */
	@Transactional(readOnly = true)
	public Optional<StoredQuestion> find(LearnerId owner, QuestionId id) {
		return owned(owner.value(), id.value()).map(BankService::stored);
	}

	/**
	 * Approves, sends back to draft, or deletes (retires) one of the owner's questions.
	 */
	@Transactional
	public StoredQuestion review(LearnerId owner, QuestionId id, QuestionStatus status) {
		QuestionEntity entity = require(owner.value(), id.value());
		entity.review(status, this.clock.instant());
		return BankService.stored(this.questions.saveAndFlush(entity));
	}

	/** The owner's edit of what a question asks and accepts, as a new version. */
	@Transactional
	public StoredQuestion edit(LearnerId owner, QuestionId id, String prompt, String answer, List<String> accepted,
			List<String> options) {
		if (prompt.isBlank() || answer.isBlank()) {
			throw new IllegalArgumentException("A card needs both a question and an answer.");
		}
		QuestionEntity entity = require(owner.value(), id.value());
		Instant now = this.clock.instant();
		entity.edit(prompt.strip(), answer.strip(), accepted, options, now);
		this.versions.saveAndFlush(entity.snapshot(now, owner.value()));
		return BankService.stored(this.questions.saveAndFlush(entity));
	}

	/**
	 * Deletes every question of one of the owner's documents, retired ones and their
	 * versions too, for good; returns their ids, so the caller can drop what refers to
	 * them.
	 */
	@Transactional
	public List<QuestionId> deleteAllFrom(LearnerId owner, String documentId) {
		List<QuestionEntity> doomed = this.questions.findByOwnerIdAndSourceDocument(owner.value(), documentId);
		List<String> ids = doomed.stream().map(QuestionEntity::getId).toList();
		if (!ids.isEmpty()) {
			this.versions.deleteAllInBatch(this.versions.findByQuestionIdIn(ids));
			this.questions.deleteAllInBatch(doomed);
		}
		// a question of another of their documents may cite the same fact in this one too
		Instant now = this.clock.instant();
		for (QuestionEntity other : this.questions.findByOwnerId(owner.value())) {
			BankQuestion q = other.toBankQuestion();
			List<Source> kept = q.sources().stream().filter(s -> !s.document().equals(documentId)).toList();
			if (kept.size() < q.sources().size()) {
				other.takeGenerated(new BankQuestion(q.id(), q.type(), q.format(), q.prompt(), q.answer(), q.value(),
						q.accepted(), q.options(), q.quote(), q.source(), kept), other.getStatus(), now);
				this.questions.save(other);
			}
		}
		return ids.stream().map(QuestionId::of).toList();
	}

	private Optional<QuestionEntity> owned(long ownerId, String id) {
		return this.questions.findById(id).filter(e -> e.getOwnerId() != null && e.getOwnerId() == ownerId);
	}

	private QuestionEntity require(long ownerId, String id) {
		return owned(ownerId, id).orElseThrow(() -> new IllegalArgumentException("You have no card " + id + "."));
	}

}
