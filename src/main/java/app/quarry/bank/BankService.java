package app.quarry.bank;

import app.quarry.account.LearnerId;
import jakarta.annotation.security.RolesAllowed;
import app.quarry.base.Listing;
import app.quarry.bank.internal.QuestionEntity;
import app.quarry.bank.internal.QuestionRepository;
import app.quarry.bank.internal.QuestionVersionEntity;
import app.quarry.bank.internal.QuestionVersionRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shared question bank in the database, as learners read it and teachers change it.
 * Every version a question gets (added, edited by a teacher) is written to its history in
 * the same transaction, so the version a quiz showed is always on record. Whole banks
 * come in through {@link BankImporter}.
 *
 * <p>
 * Reading is open to every page, the anonymous document page included: the shared bank is
 * teaching material, and learners' private questions are never returned. Changing it
 * takes a teacher.
 */
@Service
public class BankService {

	private final QuestionRepository questions;

	private final QuestionVersionRepository versions;

	private final Clock clock;

	private final BankRevision revision;

	BankService(QuestionRepository questions, QuestionVersionRepository versions, Clock clock, BankRevision revision) {
		this.questions = questions;
		this.versions = versions;
		this.clock = clock;
		this.revision = revision;
	}

	/**
	 * One page of approved questions matching the filter, by id: drafts await a teacher's
	 * review and retired questions are gone, so neither is shown to learners.
	 */
	@Transactional(readOnly = true)
	public List<StoredQuestion> search(QuestionFilter filter, int page, int pageSize) {
		return this.questions
			.search(blankToNull(filter.type()), blankToNull(filter.format()), blankToNull(filter.document()),
					pattern(filter.text()), QuestionStatus.APPROVED, PageRequest.of(page, pageSize))
			.stream()
			.map(BankService::stored)
			.toList();
	}

	@Transactional(readOnly = true)
	public long count(QuestionFilter filter) {
		return this.questions.count(blankToNull(filter.type()), blankToNull(filter.format()),
				blankToNull(filter.document()), pattern(filter.text()), QuestionStatus.APPROVED);
	}

	/** The documents approved questions come from, by id. */
	@Transactional(readOnly = true)
	public List<String> approvedDocuments() {
		return this.questions.documentsWithStatus(QuestionStatus.APPROVED).stream().sorted().toList();
	}

	/** A question of the shared bank; learners' private questions are not found. */
	@Transactional(readOnly = true)
	public Optional<StoredQuestion> find(QuestionId id) {
		return this.questions.findById(id.value()).filter(BankService::shared).map(BankService::stored);
	}

	/** Questions with this status matching the filter (its text is ignored), by id. */
	@Transactional(readOnly = true)
	public List<StoredQuestion> withStatus(QuestionStatus status, QuestionFilter filter) {
		return this.questions
			.withStatus(status, blankToNull(filter.type()), blankToNull(filter.format()),
					blankToNull(filter.document()))
			.stream()
			.map(BankService::stored)
			.toList();
	}

	/** A teacher's review decision: approve, send back to draft, or retire. */
	@Transactional
	@RolesAllowed({ "TEACHER", "ADMIN" })
	public StoredQuestion review(QuestionId id, QuestionStatus status) {
		QuestionEntity entity = this.questions.findById(id.value())
			.filter(BankService::shared)
			.orElseThrow(() -> new IllegalArgumentException("There is no question " + id + "."));
		entity.review(status, this.clock.instant());
		this.revision.bump();
		return stored(this.questions.saveAndFlush(entity));
	}

	/**
	 * A teacher's edit of what a question asks and accepts, making a new version. Refused
	 * when the question changed since {@code seenVersion} (someone else edited it), so no
	 * edit is silently lost.
	 */
	@Transactional
	@RolesAllowed({ "TEACHER", "ADMIN" })
	public StoredQuestion edit(QuestionId id, int seenVersion, String prompt, String answer, List<String> accepted,
			List<String> options) {
		return edit(id, seenVersion, null, prompt, answer, accepted, options);
	}

	/**
	 * As {@link #edit(QuestionId, int, String, String, List, List)}, recording which
	 * account made the new version.
	 */
	@Transactional
	@RolesAllowed({ "TEACHER", "ADMIN" })
	public StoredQuestion edit(QuestionId id, int seenVersion, @Nullable LearnerId editedBy, String prompt,
			String answer, List<String> accepted, List<String> options) {
		QuestionEntity entity = this.questions.findById(id.value())
			.filter(BankService::shared)
			.orElseThrow(() -> new IllegalArgumentException("There is no question " + id + "."));
		if (entity.getVersion() != seenVersion) {
			throw changedMeanwhile(id, entity.getVersion());
		}
		Instant now = this.clock.instant();
		entity.edit(prompt, answer, accepted, options, now);
		List<String> tooLong = QuestionLimits.problems(entity.toBankQuestion());
		if (!tooLong.isEmpty()) {
			// thrown before anything is written: the transaction rolls the change back
			throw new IllegalArgumentException("Question " + id + " was not saved: " + String.join("; ", tooLong));
		}
		try {
			// the version row's primary key refuses a second edit that raced this one
			this.versions.saveAndFlush(entity.snapshot(now, (editedBy == null) ? null : editedBy.value()));
		}
		catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
			throw changedMeanwhile(id, entity.getVersion());
		}
		this.revision.bump();
		return stored(this.questions.saveAndFlush(entity));
	}

	private static IllegalStateException changedMeanwhile(QuestionId id, int version) {
		return new IllegalStateException("Question " + id + " was changed by someone else (now version " + version
				+ "); reload it and edit again.");
	}

	/** Every version of the question, newest first; empty for an unknown id. */
	@Transactional(readOnly = true)
	public List<QuestionVersion> history(QuestionId id) {
		if (this.questions.findById(id.value()).filter(e -> !shared(e)).isPresent()) {
			return List.of();
		}
		return this.versions.findByQuestionIdOrderByVersionDesc(id.value())
			.stream()
			.map(QuestionVersionEntity::toVersion)
			.toList();
	}

	/** One version of a question, as it was shown while it was current. */
	@Transactional(readOnly = true)
	public Optional<QuestionVersion> version(QuestionId id, int version) {
		return this.versions.findByQuestionIdAndVersion(id.value(), version).map(QuestionVersionEntity::toVersion);
	}

	/**
	 * These questions of the shared bank as stored, whatever their status; unknown ids
	 * and private questions are left out.
	 */
	@Transactional(readOnly = true)
	public List<StoredQuestion> find(Collection<String> ids) {
		return ids.isEmpty() ? List.of()
				: this.questions.findAllById(Set.copyOf(ids))
					.stream()
					.filter(BankService::shared)
					.map(BankService::stored)
					.toList();
	}

	/** The current version number of each of these questions that exists. */
	@Transactional(readOnly = true)
	public Map<String, Integer> currentVersions(Collection<String> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.questions.findAllById(Set.copyOf(ids))
			.stream()
			.collect(Collectors.toMap(QuestionEntity::getId, QuestionEntity::getVersion));
	}

	/**
	 * Adds questions written or imported by a teacher as drafts; ids already in the bank
	 * are left as they are. Returns the questions added.
	 */
	@Transactional
	@RolesAllowed({ "TEACHER", "ADMIN" })
	public List<StoredQuestion> addDrafts(List<BankQuestion> drafts) {
		return addDrafts(drafts, null);
	}

	/**
	 * As {@link #addDrafts(List)}, recording which account added them. All or none: a
	 * question that does not fit {@link QuestionLimits} refuses the lot before anything
	 * is written. One flush at the end, not one per question, which made large imports
	 * grow with the square of their size.
	 */
	@Transactional
	@RolesAllowed({ "TEACHER", "ADMIN" })
	public List<StoredQuestion> addDrafts(List<BankQuestion> drafts, @Nullable LearnerId addedBy) {
		return addDrafts(drafts, addedBy, saved -> {
		});
	}

	/**
	 * As {@link #addDrafts(List, LearnerId)}, telling {@code progress} how many of the
	 * drafts have been looked at so far, for a page that shows a long import's progress.
	 */
	@Transactional
	@RolesAllowed({ "TEACHER", "ADMIN" })
	public List<StoredQuestion> addDrafts(List<BankQuestion> drafts, @Nullable LearnerId addedBy,
			IntConsumer progress) {
		for (BankQuestion q : drafts) {
			List<String> tooLong = QuestionLimits.problems(q);
			if (!tooLong.isEmpty()) {
				throw new IllegalArgumentException("Question " + q.id() + ": " + String.join("; ", tooLong));
			}
		}
		Instant now = this.clock.instant();
		Set<String> present = this.questions.findAllById(drafts.stream().map(BankQuestion::id).toList())
			.stream()
			.map(QuestionEntity::getId)
			.collect(Collectors.toCollection(java.util.HashSet::new));
		List<StoredQuestion> added = new java.util.ArrayList<>();
		int seen = 0;
		for (BankQuestion q : drafts) {
			progress.accept(seen++);
			if (!present.add(q.id())) {
				continue;
			}
			QuestionEntity entity = new QuestionEntity(q.id(), QuestionEntity.Origin.TEACHER, now);
			entity.takeGenerated(q, QuestionStatus.DRAFT, now);
			added.add(stored(this.questions.save(entity)));
			this.versions.save(entity.snapshot(now, (addedBy == null) ? null : addedBy.value()));
		}
		this.questions.flush();
		progress.accept(drafts.size());
		if (!added.isEmpty()) {
			this.revision.bump();
		}
		return added;
	}

	static StoredQuestion stored(QuestionEntity e) {
		Long owner = e.getOwnerId();
		return new StoredQuestion(e.toBankQuestion(), e.getStatus(), e.getVersion(),
				(owner == null) ? null : LearnerId.of(owner));
	}

	static boolean shared(QuestionEntity e) {
		return e.getOwnerId() == null;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

	static String pattern(String text) {
		return Listing.containing(text);
	}

}
