package app.quarry.abuse;

import app.quarry.account.LearnerId;
import app.quarry.bank.QuestionId;
import app.quarry.account.SystemWork;
import static app.quarry.classroom.ClassroomTestSupport.newActor;
import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.abuse.AbuseInputs.Input;
import app.quarry.abuse.AbuseInputs.InputClass;
import app.quarry.account.AccountService;
import app.quarry.account.Registration;
import app.quarry.account.RegistrationRejected;
import app.quarry.account.Role;
import app.quarry.bank.Bank;
import app.quarry.bank.BankFormatException;
import app.quarry.bank.BankImport;
import app.quarry.bank.BankJson;
import app.quarry.bank.BankQuestion;
import app.quarry.bank.BankRefusedException;
import app.quarry.bank.BankImporter;
import app.quarry.bank.BankService;
import app.quarry.bank.QuestionFilter;
import app.quarry.bank.QuestionLimits;
import app.quarry.bank.QuestionStatus;
import app.quarry.bank.Source;
import app.quarry.bank.StoredQuestion;
import app.quarry.base.MovableClock;
import app.quarry.base.ui.BoundedUpload;
import app.quarry.classroom.Actor;
import app.quarry.classroom.AssignmentDraft;
import app.quarry.classroom.AssignmentService;
import app.quarry.classroom.AssignmentSummary;
import app.quarry.classroom.AttemptService;
import app.quarry.classroom.AttemptView;
import app.quarry.classroom.ClassService;
import app.quarry.classroom.ClassSummary;
import app.quarry.classroom.ClassroomRefusal;
import app.quarry.classroom.ClassroomTestSupport;
import app.quarry.classroom.GiftImport;
import app.quarry.classroom.QuestionReviewService;
import app.quarry.corpus.DocumentCheck;
import app.quarry.corpus.DocumentRefusal;
import app.quarry.corpus.DocumentRefusedException;
import app.quarry.generation.upload.CheckedFile;
import app.quarry.generation.upload.DocumentUploadService;
import app.quarry.generation.upload.NewDocument;
import app.quarry.generation.upload.UploadBatch;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Replays every class of bad input (oversized, malformed GIFT, malformed bank JSON,
 * random bytes, random Unicode) into each service entry point behind an upload or a form
 * and sorts each outcome: accepted and stored as acknowledged, or refused with a clear
 * message and nothing written. A crash (any other exception), a silent failure (success
 * acknowledged but not stored as acknowledged) or a partial write (refused but something
 * written) fails the suite. The counts go to {@code target/abuse-report.txt}.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:abuse-tests;DB_CLOSE_DELAY=-1",
		"quarry.data-dir=target/abuse-test-data" })
@Import(ClassroomTestSupport.class)
class InputAbuseIT {

	/** The tables a refused input must leave as they were. */
	static final List<String> TABLES = List.of("document", "question", "question_version", "generation_job", "users",
			"classroom_class", "classroom_enrolment", "classroom_assignment", "classroom_attempt",
			"classroom_attempt_item");

	/** What a message shown to a person must not look like. */
	static final Pattern UNCLEAR = Pattern
		.compile("(?i)exception|java\\.|org\\.|jakarta\\.|sql|constraint|could not|stack ?trace|hibernate");

	enum Outcome {

		ACCEPTED, REFUSED, CRASH, SILENT_FAILURE, PARTIAL_WRITE, UNCLEAR_MESSAGE

	}

	record Result(String entry, InputClass inputClass, String label, Outcome outcome, String detail) {

	}

	/** Why an input was refused: a message for the person who sent it. */
	static final class Refused extends RuntimeException {

		Refused(String message) {
			super(message);
		}

	}

	@Autowired
	AccountService accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	BankService bank;

	@Autowired
	BankImporter importer;

	@Autowired
	QuestionReviewService review;

	@Autowired
	ClassService classes;

	@Autowired
	AssignmentService assignments;

	@Autowired
	AttemptService attempts;

	@Autowired
	DocumentUploadService documents;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MovableClock clock;

	private final List<Result> results = new ArrayList<>();

	@AfterEach
	void logOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	@Timeout(value = 30, unit = TimeUnit.MINUTES)
	void no_input_crashes_fails_silently_or_writes_part_of_itself() throws IOException {
		Actor teacher = newActor(this.accounts, "Abuse Teacher", Role.TEACHER);
		Actor student = newActor(this.accounts, "Abuse Student");
		logIn(ClassroomTestSupport.loginOf(teacher));
		String validBank = Files.readString(Path.of("questions/bank.json"));
		Source source = this.bank.withStatus(QuestionStatus.APPROVED, QuestionFilter.ANY).get(0).question().source();
		String typed = draft("abuse-typed", "typed", List.of(), source, teacher);
		String choice = draft("abuse-choice", "multiple_choice", List.of("Han", "Taedong", "Yalu"), source, teacher);
		ClassSummary group = this.classes.create(teacher, "Abuse class");
		this.classes.join(student, group.joinCode().code());
		Instant now = this.clock.instant();
		this.review.approve(teacher, QuestionId.of(typed));
		AssignmentSummary quiz = this.assignments.create(teacher, AssignmentDraft.handPicked(group.id(), "Abuse quiz",
				now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(30)), List.of(typed)));
		long attemptId = this.attempts.start(student, quiz.id()).attemptId();

		for (Input input : all(validBank, QuestionLimits.PROMPT)) {
			run("document upload: content", input, in -> uploadDocument("abuse.txt", in));
			run("document upload: file name", input, in -> uploadDocument(in.text() + ".txt",
					Input.of(in.inputClass(), in.label(), "Seoul sits on the Han river. " + System.nanoTime())));
			run("GIFT import", input, in -> importGift(teacher, in));
			run("bank import", input, in -> importBank(in));
			run("question editor: text", input, in -> edit(teacher, typed, in.text(), "Han", List.of()));
			run("question editor: answer", input, in -> edit(teacher, typed, "Which river?", in.text(), List.of()));
			run("question editor: accepted", input,
					in -> edit(teacher, typed, "Which river?", "Han", List.of(in.text(), "Han river")));
			run("question editor: options", input,
					in -> edit(teacher, choice, "Which river?", "Han", List.of(), List.of("Han", in.text())));
			run("quiz answer", input, in -> answer(student, attemptId, in.text()));
			run("join code", input, in -> join(student, in.text()));
			run("class name", input, in -> createClass(teacher, in.text()));
			run("assignment title", input, in -> createAssignment(teacher, group.id(), typed, in.text()));
			run("sign-up name", input, in -> signUp("abuse-" + System.nanoTime(), in.text()));
			run("sign-up login", input, in -> signUp(in.text(), "Abuse"));
		}

		String report = report();
		System.out.println(report);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/abuse-report.txt"), report);
		assertThat(this.results.stream()
			.filter(r -> r.outcome() != Outcome.ACCEPTED && r.outcome() != Outcome.REFUSED)
			.map(r -> r.entry() + " / " + r.inputClass() + " / " + r.label() + ": " + r.outcome() + ": " + r.detail()))
			.isEmpty();
	}

	static List<Input> all(String validBank, int limit) {
		List<Input> inputs = new ArrayList<>();
		inputs.addAll(AbuseInputs.oversized(limit));
		inputs.addAll(AbuseInputs.malformedGift());
		inputs.addAll(AbuseInputs.malformedBank(validBank, 11));
		inputs.addAll(AbuseInputs.randomBytes(7, 12));
		inputs.addAll(AbuseInputs.randomUnicode(13, 20));
		return inputs;
	}

	/**
	 * Sends one input to one entry point. The call returns a check of what it claims to
	 * have stored (true when stored as acknowledged) or throws {@link Refused}.
	 */
	private void run(String entry, Input input, Function<Input, Boolean> call) {
		Map<String, Integer> before = counts();
		Outcome outcome;
		String detail = "";
		try {
			boolean stored = call.apply(input);
			outcome = stored ? Outcome.ACCEPTED : Outcome.SILENT_FAILURE;
		}
		catch (Refused ex) {
			detail = ex.getMessage();
			Map<String, Integer> after = counts();
			if (!after.equals(before)) {
				outcome = Outcome.PARTIAL_WRITE;
				detail = before + " -> " + after + ": " + detail;
			}
			else if (!clear(ex.getMessage())) {
				outcome = Outcome.UNCLEAR_MESSAGE;
			}
			else {
				outcome = Outcome.REFUSED;
			}
		}
		catch (Throwable ex) {
			outcome = Outcome.CRASH;
			detail = ex.toString();
		}
		this.results.add(new Result(entry, input.inputClass(), input.label(), outcome,
				detail.length() > 300 ? detail.substring(0, 300) + "…" : detail));
	}

	static boolean clear(String message) {
		return message != null && !message.isBlank() && !message.equals("null") && message.length() <= 2000
				&& !UNCLEAR.matcher(message).find()
				&& message.codePoints().noneMatch(c -> Character.getType(c) == Character.FORMAT || (c < 0x20));
	}

	private Map<String, Integer> counts() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String table : TABLES) {
			counts.put(table, this.jdbc.queryForObject("select count(*) from " + table, Integer.class));
		}
		counts.put("answered", this.jdbc
			.queryForObject("select count(*) from classroom_attempt_item where response is not null", Integer.class));
		counts.put("versions",
				this.jdbc.queryForObject("select coalesce(sum(version), 0) from question", Integer.class));
		return counts;
	}

	// ---- the entry points, each as its page calls it ----

	/**
	 * As the Add documents page: the bounded upload, the check, then adding it and
	 * waiting for its generation (so that no job writes while the next input is judged).
	 * Content is cut to 64 KB, except oversized input, to keep the generation quick.
	 */
	private boolean uploadDocument(String name, Input input) {
		AtomicReference<byte[]> received = new AtomicReference<>();
		AtomicReference<String> refused = new AtomicReference<>();
		BoundedUpload upload = new BoundedUpload(DocumentCheck.MAX_BYTES, (event, content) -> received.set(content),
				(event, reason) -> refused.set(reason));
		byte[] body = (input.inputClass() == InputClass.OVERSIZED)
				? new byte[DocumentCheck.MAX_BYTES + input.bytes().length]
				: java.util.Arrays.copyOf(input.bytes(), Math.min(input.bytes().length, 64 * 1024));
		try {
			upload.handleUploadRequest(post(name, body));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		if (refused.get() != null) {
			// as the page lists it
			throw new Refused(new DocumentRefusal(name, refused.get()).message());
		}
		CheckedFile checked;
		try {
			checked = this.documents.check(name, received.get());
		}
		catch (DocumentRefusedException ex) {
			throw new Refused(ex.refusal().message());
		}
		UploadBatch batch = this.documents.add(List.of(new NewDocument(name, received.get(), checked.title(), null)));
		if (!batch.refused().isEmpty()) {
			throw new Refused(batch.refused().get(0).message());
		}
		waitForJobs(batch.jobIds());
		return batch.jobIds().size() == 1
				&& this.documents.jobs(batch.jobIds()).stream().allMatch(j -> j.stage().finished());
	}

	private void waitForJobs(List<Long> ids) {
		for (int i = 0; i < 1800; i++) {
			if (this.documents.jobs(ids).stream().allMatch(j -> j.stage().finished())) {
				return;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private static UploadEvent post(String name, byte[] body) throws IOException {
		VaadinRequest request = Mockito.mock(VaadinRequest.class);
		InputStream in = new ByteArrayInputStream(body);
		Mockito.when(request.getInputStream()).thenReturn(in);
		return new UploadEvent(request, Mockito.mock(VaadinResponse.class), Mockito.mock(VaadinSession.class), name,
				body.length, "text/plain", null, null);
	}

	/** As the review page: bounded upload, UTF-8 only, then the import. */
	private boolean importGift(Actor teacher, Input input) {
		byte[] body = (input.inputClass() == InputClass.OVERSIZED)
				? (input.text() + " {=a}\n").repeat(3).getBytes(StandardCharsets.UTF_8) : input.bytes();
		if (body.length > 1024 * 1024) {
			throw new Refused("abuse.gift was refused: the file is too large.");
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(body)).toString();
		}
		catch (java.nio.charset.CharacterCodingException ex) {
			throw new Refused("abuse.gift was refused: it is not UTF-8 text.");
		}
		int questions = count("question");
		GiftImport result = this.review.importGift(teacher, "abuse.gift", text);
		if (!result.problems().isEmpty()) {
			throw new Refused(result.problems().get(0).toString());
		}
		return count("question") == questions + result.added();
	}

	private boolean importBank(Input input) {
		Bank read;
		try {
			read = BankJson.read(input.text());
		}
		catch (BankFormatException ex) {
			throw new Refused(ex.getMessage());
		}
		BankImport result;
		try {
			result = SystemWork.call(() -> this.importer.importBank(read));
		}
		catch (BankFormatException | BankRefusedException ex) {
			throw new Refused(ex.getMessage());
		}
		return result.added() + result.updated() + result.unchanged() == read.questions().size();
	}

	private boolean edit(Actor teacher, String id, String prompt, String answer, List<String> accepted) {
		return edit(teacher, id, prompt, answer, accepted, List.of());
	}

	/**
	 * As the editor, then starts a quiz with the saved question: what it took, a quiz can
	 * show.
	 */
	private boolean edit(Actor teacher, String id, String prompt, String answer, List<String> accepted,
			List<String> options) {
		StoredQuestion before = this.bank.find(QuestionId.of(id)).orElseThrow();
		StoredQuestion saved;
		try {
			saved = this.review.edit(teacher, QuestionId.of(id), before.version(), prompt, answer, accepted,
					options.isEmpty() ? before.question().options() : options);
		}
		catch (ClassroomRefusal ex) {
			throw new Refused(ex.getMessage());
		}
		BankQuestion q = this.bank.find(QuestionId.of(id)).orElseThrow().question();
		return q.prompt().equals(prompt.strip()) && q.answer().equals(answer.strip())
				&& saved.version() == before.version() + 1 && startable(teacher, id);
	}

	private boolean startable(Actor teacher, String id) {
		this.review.approve(teacher, QuestionId.of(id));
		Actor taker = newActor(this.accounts, "Abuse Taker");
		ClassSummary group = this.classes.create(teacher, "Startable");
		this.classes.join(taker, group.joinCode().code());
		Instant now = this.clock.instant();
		AssignmentSummary quiz = this.assignments.create(teacher, AssignmentDraft.handPicked(group.id(), "Startable",
				now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)), List.of(id)));
		AttemptView started = this.attempts.start(taker, quiz.id());
		return started.questions().size() == 1;
	}

	private boolean answer(Actor student, long attemptId, String response) {
		AttemptView answered;
		try {
			answered = this.attempts.answer(student, attemptId, 0, response);
		}
		catch (ClassroomRefusal ex) {
			throw new Refused(ex.getMessage());
		}
		return response.strip().equals(answered.questions().get(0).response());
	}

	private boolean join(Actor student, String code) {
		try {
			this.classes.join(student, code);
		}
		catch (ClassroomRefusal ex) {
			throw new Refused(ex.getMessage());
		}
		return true;
	}

	private boolean createClass(Actor teacher, String name) {
		ClassSummary created;
		try {
			created = this.classes.create(teacher, name);
		}
		catch (ClassroomRefusal ex) {
			throw new Refused(ex.getMessage());
		}
		return created.name().equals(name.strip());
	}

	private boolean createAssignment(Actor teacher, long classId, String question, String title) {
		Instant now = this.clock.instant();
		AssignmentSummary created;
		try {
			created = this.assignments.create(teacher, AssignmentDraft.handPicked(classId, title,
					now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)), List.of(question)));
		}
		catch (ClassroomRefusal ex) {
			throw new Refused(ex.getMessage());
		}
		return created.title().equals(title.strip());
	}

	private boolean signUp(String login, String name) {
		try {
			this.accounts.register(new Registration(login, name, "correct horse battery staple", ZoneOffset.UTC));
		}
		catch (RegistrationRejected ex) {
			throw new Refused(ex.getMessage());
		}
		return this.accounts.findByLogin(login.strip()).isPresent();
	}

	private String draft(String prefix, String format, List<String> options, Source source, Actor teacher) {
		String id = prefix + "-" + System.nanoTime();
		this.bank.addDrafts(List.of(new BankQuestion(id, "imported", format, "Which river flows through Seoul?", "Han",
				"Han", List.of("Han"), options, null, source, List.of(source))), LearnerId.of(teacher.userId()));
		return id;
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

	private void logIn(String login) {
		UserDetails user = this.users.loadUserByUsername(login);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	private String report() {
		Map<String, Map<Outcome, Integer>> byEntry = new LinkedHashMap<>();
		Map<InputClass, Map<Outcome, Integer>> byClass = new EnumMap<>(InputClass.class);
		Map<Outcome, Integer> total = new EnumMap<>(Outcome.class);
		for (Result r : this.results) {
			byEntry.computeIfAbsent(r.entry(), e -> new EnumMap<>(Outcome.class)).merge(r.outcome(), 1, Integer::sum);
			byClass.computeIfAbsent(r.inputClass(), e -> new EnumMap<>(Outcome.class))
				.merge(r.outcome(), 1, Integer::sum);
			total.merge(r.outcome(), 1, Integer::sum);
		}
		StringBuilder out = new StringBuilder("Input abuse: " + this.results.size() + " inputs tried\n");
		out.append(String.format("%-28s %6s %9s %8s %6s %8s %8s %8s%n", "entry point", "tried", "accepted", "refused",
				"crash", "silent", "partial", "unclear"));
		byEntry.forEach((entry, counts) -> out.append(line(entry, counts)));
		out.append('\n');
		byClass.forEach((inputClass, counts) -> out.append(line(inputClass.toString(), counts)));
		out.append('\n').append(line("all", total));
		this.results.stream()
			.filter(r -> r.outcome() != Outcome.ACCEPTED && r.outcome() != Outcome.REFUSED)
			.forEach(r -> out.append(r).append('\n'));
		return out.toString();
	}

	private static String line(String name, Map<Outcome, Integer> counts) {
		int tried = counts.values().stream().mapToInt(Integer::intValue).sum();
		return String.format("%-28s %6d %9d %8d %6d %8d %8d %8d%n", name, tried,
				counts.getOrDefault(Outcome.ACCEPTED, 0), counts.getOrDefault(Outcome.REFUSED, 0),
				counts.getOrDefault(Outcome.CRASH, 0), counts.getOrDefault(Outcome.SILENT_FAILURE, 0),
				counts.getOrDefault(Outcome.PARTIAL_WRITE, 0), counts.getOrDefault(Outcome.UNCLEAR_MESSAGE, 0));
	}

}
