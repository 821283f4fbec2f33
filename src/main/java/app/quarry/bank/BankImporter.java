package app.quarry.bank;

import app.quarry.bank.internal.QuestionEntity;
import app.quarry.bank.internal.QuestionRepository;
import app.quarry.bank.internal.QuestionVersionRepository;
import app.quarry.corpus.CorpusService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a generated bank into the database. It upserts its questions by id as APPROVED
 * (the committed bank is reviewed in its diffs, so learners can study it at once),
 * retires generated questions that are gone from it (never deletes them: learners'
 * history points at them) and leaves questions a teacher has edited as they are. Every
 * version a question gets from the import is written to its history in the same
 * transaction. Importing a whole bank is the app's own start-up work (an admin's).
 */
@Service
public class BankImporter {

	private static final Logger log = LoggerFactory.getLogger(BankImporter.class);

	private final QuestionRepository questions;

	private final QuestionVersionRepository versions;

	private final Clock clock;

	private final CorpusService corpus;

	private final RetirementLimit retirementLimit;

	private final BankRevision revision;

	BankImporter(QuestionRepository questions, QuestionVersionRepository versions, Clock clock, CorpusService corpus,
			@Value("${quarry.bank.max-retired-share:0.2}") double maxRetiredShare,
			@Value("${quarry.bank.allow-mass-retirement:false}") boolean allowMassRetirement, BankRevision revision) {
		this.questions = questions;
		this.versions = versions;
		this.clock = clock;
		this.corpus = corpus;
		this.retirementLimit = allowMassRetirement ? RetirementLimit.NONE : new RetirementLimit(maxRetiredShare);
		this.revision = revision;
	}

	/**
	 * Imports a bank with the configured limit on how much of it may be retired at once
	 * ({@code quarry.bank.max-retired-share}, lifted by
	 * {@code quarry.bank.allow-mass-retirement=true}).
	 */
	@Transactional
	@RolesAllowed("ADMIN")
	public BankImport importBank(Bank bank) {
		return importBank(bank, this.retirementLimit);
	}

	/**
	 * Imports a bank, all or nothing. Refused as a whole before anything is written, with
	 * a {@link BankFormatException} naming each question and field, when a question does
	 * not fit {@link QuestionLimits}, an id comes twice or a source document is not in
	 * the corpus; refused with a {@link BankRefusedException} when it would retire more
	 * of the current generated questions than {@code limit} allows.
	 */
	@Transactional
	@RolesAllowed("ADMIN")
	public BankImport importBank(Bank bank, RetirementLimit limit) {
		check(bank);
		Set<String> ids = bank.questions().stream().map(BankQuestion::id).collect(Collectors.toSet());
		List<QuestionEntity> generated = this.questions.findByOrigin(QuestionEntity.Origin.GENERATED)
			.stream()
			.filter(e -> !e.isEdited() && e.getStatus() != QuestionStatus.RETIRED)
			.toList();
		long retiring = generated.stream().filter(e -> !ids.contains(e.getId())).count();
		if (!limit.allows(retiring, generated.size())) {
			throw new BankRefusedException("the bank would retire " + retiring + " of the " + generated.size()
					+ " current generated questions, more than the share allowed (" + limit.describe()
					+ "); start with --quarry.bank.allow-mass-retirement=true to import it anyway");
		}
		if (retiring > 0 && RetirementLimit.notable(retiring, generated.size())) {
			log.warn("the bank retires {} of the {} current generated questions (allowed explicitly)", retiring,
					generated.size());
		}
		Instant now = this.clock.instant();
		int added = 0;
		int updated = 0;
		int retired = 0;
		int unchanged = 0;
		for (BankQuestion q : bank.questions()) {
			Optional<QuestionEntity> found = this.questions.findById(q.id());
			if (found.isPresent()
					&& (found.get().isEdited() || found.get().getOrigin() != QuestionEntity.Origin.GENERATED)) {
				unchanged++;
				continue;
			}
			QuestionEntity entity = found
				.orElseGet(() -> new QuestionEntity(q.id(), QuestionEntity.Origin.GENERATED, now));
			int before = entity.getVersion();
			if (entity.takeGenerated(q, QuestionStatus.APPROVED, now)) {
				this.questions.save(entity);
				if (entity.getVersion() != before) {
					this.versions.save(entity.snapshot(now, null));
				}
				if (found.isPresent()) {
					updated++;
				}
				else {
					added++;
				}
			}
			else {
				unchanged++;
			}
		}
		for (QuestionEntity entity : this.questions.findByOrigin(QuestionEntity.Origin.GENERATED)) {
			if (!ids.contains(entity.getId()) && !entity.isEdited() && entity.retire(now)) {
				retired++;
			}
		}
		if (added + updated + retired > 0) {
			this.revision.bump();
		}
		return new BankImport(added, updated, retired, unchanged);
	}

	/** Every problem of the bank, each naming its question and field; none written. */
	private void check(Bank bank) {
		List<String> problems = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		Map<String, Boolean> documents = new HashMap<>();
		for (int i = 0; i < bank.questions().size(); i++) {
			BankQuestion q = bank.questions().get(i);
			String where = "questions[" + i + "] (" + q.id() + ") ";
			QuestionLimits.problems(q).forEach(p -> problems.add(where + p));
			if (!seen.add(q.id())) {
				problems.add(where + "id: comes twice");
			}
			String document = q.source().document();
			if (!documents.computeIfAbsent(document, this.corpus::exists)) {
				problems.add(where + "source.document: no document \"" + document + "\" in the corpus");
			}
		}
		if (!problems.isEmpty()) {
			int shown = Math.min(problems.size(), 20);
			throw new BankFormatException(problems.size() + " problem(s), nothing imported: "
					+ String.join("; ", problems.subList(0, shown)) + (shown < problems.size() ? "; …" : ""));
		}
	}

}
