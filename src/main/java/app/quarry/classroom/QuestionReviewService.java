package app.quarry.classroom;

import app.quarry.account.LearnerId;
import app.quarry.bank.QuestionId;
import app.quarry.base.Sha256;
import app.quarry.account.AccountService;
import app.quarry.bank.BankQuestion;
import app.quarry.bank.BankService;
import app.quarry.bank.QuestionFilter;
import app.quarry.bank.QuestionLimits;
import app.quarry.bank.QuestionStatus;
import app.quarry.bank.QuestionVersion;
import app.quarry.bank.QuestionsByStatus;
import app.quarry.bank.StoredQuestion;
import app.quarry.classroom.moodle.GiftParse;
import app.quarry.classroom.moodle.GiftProblem;
import app.quarry.classroom.moodle.GiftReader;
import app.quarry.classroom.moodle.GiftWriter;
import app.quarry.classroom.moodle.MoodleXmlWriter;
import app.quarry.classroom.moodle.PortableQuestion;
import app.quarry.corpus.CorpusDocument;
import app.quarry.corpus.CorpusService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teachers reviewing the bank: approve, edit (a new version) or retire questions; export
 * a selection as Moodle GIFT or XML; import GIFT questions as drafts. Teachers and admins
 * only.
 */
@Service
public class QuestionReviewService {

	private final BankService bank;

	private final CorpusService corpus;

	private final AccountService accounts;

	private final QuestionsByStatus byStatus;

	QuestionReviewService(BankService bank, QuestionsByStatus byStatus, CorpusService corpus, AccountService accounts) {
		this.bank = bank;
		this.byStatus = byStatus;
		this.corpus = corpus;
		this.accounts = accounts;
	}

	/**
	 * One page of the shared bank's questions with this status, sorted as the page asks
	 * (see {@link QuestionsByStatus#SORTABLE}), then by id.
	 */
	public List<StoredQuestion> withStatus(Actor teacher, QuestionStatus status, QuestionFilter filter, Pageable page) {
		ClassroomAccess.requireTeacher(teacher);
		return this.byStatus.page(status, filter, page);
	}

	public long countWithStatus(Actor teacher, QuestionStatus status, QuestionFilter filter) {
		ClassroomAccess.requireTeacher(teacher);
		return this.byStatus.count(status, filter);
	}

	/** The ids of every question with this status, as the whole list is exported. */
	public List<String> idsWithStatus(Actor teacher, QuestionStatus status, QuestionFilter filter) {
		ClassroomAccess.requireTeacher(teacher);
		return this.byStatus.ids(status, filter);
	}

	public Optional<StoredQuestion> find(Actor teacher, QuestionId id) {
		ClassroomAccess.requireTeacher(teacher);
		return this.bank.find(id);
	}

	/**
	 * Every version of the question, newest first, each with who made it and what it
	 * changed from the one before.
	 */
	public List<QuestionHistoryEntry> history(Actor teacher, QuestionId id) {
		ClassroomAccess.requireTeacher(teacher);
		List<QuestionVersion> versions = this.bank.history(id);
		Map<Long, String> names = this.accounts.displayNames(
				versions.stream().map(QuestionVersion::editedBy).filter(Objects::nonNull).distinct().toList());
		List<QuestionHistoryEntry> entries = new ArrayList<>();
		for (int i = 0; i < versions.size(); i++) {
			QuestionVersion version = versions.get(i);
			List<String> changed = (i + 1 < versions.size()) ? version.changedSince(versions.get(i + 1)) : List.of();
			Long editor = version.editedBy();
			String by = (editor == null) ? "bank import" : names.getOrDefault(editor, "#" + editor);
			entries.add(new QuestionHistoryEntry(version, by, changed));
		}
		return entries;
	}

	public StoredQuestion approve(Actor teacher, QuestionId id) {
		return review(teacher, id, QuestionStatus.APPROVED);
	}

	public StoredQuestion retire(Actor teacher, QuestionId id) {
		return review(teacher, id, QuestionStatus.RETIRED);
	}

	/**
	 * Approves or retires many questions at once, as a teacher selects them on the review
	 * page; all or none (an unknown id refuses the lot).
	 * @return how many were changed
	 */
	@Transactional
	public int reviewAll(Actor teacher, List<QuestionId> ids, QuestionStatus status) {
		ClassroomAccess.requireTeacher(teacher);
		if (status == QuestionStatus.DRAFT) {
			throw new ClassroomRefusal("Questions can be approved or retired, not made drafts again.");
		}
		ids.forEach(this::existing);
		ids.forEach(id -> this.bank.review(id, status));
		return ids.size();
	}

	private StoredQuestion review(Actor teacher, QuestionId id, QuestionStatus status) {
		ClassroomAccess.requireTeacher(teacher);
		existing(id);
		return this.bank.review(id, status);
	}

	/**
	 * Saves a teacher's edit as a new version. The answer must be among the options of a
	 * choice question; accepted answers always include the answer.
	 */
	public StoredQuestion edit(Actor teacher, QuestionId id, int seenVersion, String prompt, String answer,
			List<String> accepted, List<String> options) {
		ClassroomAccess.requireTeacher(teacher);
		StoredQuestion current = existing(id);
		String cleanPrompt = prompt.strip();
		String cleanAnswer = answer.strip();
		if (cleanPrompt.isEmpty()) {
			throw new ClassroomRefusal("The question text must not be empty.");
		}
		if (cleanAnswer.isEmpty()) {
			throw new ClassroomRefusal("The answer must not be empty.");
		}
		List<String> cleanOptions = options.stream().map(String::strip).filter(o -> !o.isEmpty()).distinct().toList();
		boolean choice = !current.question().options().isEmpty();
		if (choice && !cleanOptions.contains(cleanAnswer)) {
			throw new ClassroomRefusal("The answer \"" + cleanAnswer + "\" must be one of the options.");
		}
		if (choice && cleanOptions.size() < 2) {
			throw new ClassroomRefusal("A choice question needs at least two options.");
		}
		List<String> cleanAccepted = new java.util.ArrayList<>(List.of(cleanAnswer));
		accepted.stream()
			.map(String::strip)
			.filter(a -> !a.isEmpty() && !cleanAccepted.contains(a))
			.forEach(cleanAccepted::add);
		BankQuestion was = current.question();
		List<String> tooLong = QuestionLimits
			.problems(new BankQuestion(was.id(), was.type(), was.format(), cleanPrompt, cleanAnswer, cleanAnswer,
					cleanAccepted, choice ? cleanOptions : List.of(), was.quote(), was.source(), was.sources()));
		if (!tooLong.isEmpty()) {
			throw new ClassroomRefusal(
					"Not saved: " + String.join("; ", tooLong.stream().map(FormLabels::of).distinct().toList()) + ".");
		}
		try {
			return this.bank.edit(id, seenVersion, LearnerId.of(teacher.userId()), cleanPrompt, cleanAnswer,
					cleanAccepted, choice ? cleanOptions : List.of());
		}
		catch (IllegalStateException ex) {
			throw new ClassroomRefusal(ex.getMessage());
		}
	}

	public String exportGift(Actor teacher, List<QuestionId> ids) {
		return GiftWriter.write(portable(teacher, ids));
	}

	public String exportMoodleXml(Actor teacher, List<QuestionId> ids) {
		return MoodleXmlWriter.write(portable(teacher, ids));
	}

	private List<PortableQuestion> portable(Actor teacher, List<QuestionId> ids) {
		ClassroomAccess.requireTeacher(teacher);
		return ids.stream().map(this::existing).map(q -> MoodleMapping.portable(q.question())).toList();
	}

	/**
	 * Imports a GIFT file as drafts, all or nothing in one transaction. A file with any
	 * problem (one GIFT cannot read, or a question longer than the bank holds) adds
	 * nothing and lists every problem with its line. The file itself is kept as a corpus
	 * document, so each imported question links back to where it was written; a file that
	 * adds no question is not kept.
	 */
	@Transactional
	public GiftImport importGift(Actor teacher, String fileName, String text) {
		return importGift(teacher, fileName, text, (done, total) -> {
		});
	}

	/**
	 * As {@link #importGift(Actor, String, String)}, telling {@code progress} how many of
	 * the file's questions have been stored so far.
	 */
	@Transactional
	public GiftImport importGift(Actor teacher, String fileName, String text, ImportProgress progress) {
		ClassroomAccess.requireTeacher(teacher);
		GiftParse parse = GiftReader.read(text);
		if (!parse.ok()) {
			return new GiftImport(0, 0, parse.problems());
		}
		String sha = Sha256.hex(text);
		String documentId = "gift-" + sha.substring(0, 12);
		List<BankQuestion> drafts = new ArrayList<>();
		List<GiftProblem> problems = new ArrayList<>();
		for (int i = 0; i < parse.questions().size(); i++) {
			BankQuestion draft = MoodleMapping.draft(parse.questions().get(i), documentId, text);
			int line = parse.lines().get(i);
			QuestionLimits.problems(draft)
				.stream()
				.map(FormLabels::of)
				.distinct()
				.forEach(p -> problems.add(new GiftProblem(line, p)));
			drafts.add(draft);
		}
		if (!problems.isEmpty()) {
			return new GiftImport(0, 0, problems);
		}
		Set<String> present = this.bank.find(drafts.stream().map(BankQuestion::id).toList())
			.stream()
			.map(q -> q.question().id())
			.collect(Collectors.toSet());
		List<BankQuestion> fresh = drafts.stream().filter(d -> !present.contains(d.id())).distinct().toList();
		if (fresh.isEmpty()) {
			return new GiftImport(0, drafts.size(), List.of());
		}
		this.corpus.store(List
			.of(new CorpusDocument(documentId, "GIFT import: " + fileName, null, null, teacher.name(), text, sha)));
		int added = this.bank
			.addDrafts(fresh, LearnerId.of(teacher.userId()), done -> progress.reached(done, fresh.size()))
			.size();
		return new GiftImport(added, drafts.size() - added, List.of());
	}

	private StoredQuestion existing(QuestionId id) {
		return this.bank.find(id).orElseThrow(() -> new ClassroomRefusal("There is no question " + id + "."));
	}

}
