package app.quarry.decks;

import jakarta.annotation.security.RolesAllowed;
import app.quarry.base.Sha256;
import app.quarry.account.AccountService;
import app.quarry.bank.BankQuestion;
import app.quarry.bank.PersonalBank;
import app.quarry.bank.QuestionStatus;
import app.quarry.bank.Source;
import app.quarry.bank.StoredQuestion;
import app.quarry.corpus.CorpusService;
import app.quarry.corpus.DocumentRefusedException;
import app.quarry.corpus.DocumentTitle;
import app.quarry.corpus.StoredDocument;
import app.quarry.decks.exchange.AnkiPackage;
import app.quarry.decks.exchange.CardSchedule;
import app.quarry.decks.exchange.CsvDeck;
import app.quarry.decks.exchange.DeckFormatException;
import app.quarry.decks.exchange.ImportedDeck;
import app.quarry.decks.exchange.PastReview;
import app.quarry.decks.exchange.PortableCard;
import app.quarry.decks.exchange.QuizletText;
import app.quarry.generation.upload.DocumentUploadService;
import app.quarry.generation.upload.GenerationJob;
import app.quarry.srs.CardSummary;
import app.quarry.srs.ReviewRecord;
import app.quarry.srs.SrsService;
import app.quarry.srs.fsrs.Rating;
import java.io.ByteArrayInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in learner's own decks. A deck is a private document: one they added (its
 * generated questions arrive as drafts for them to review) or one made for cards written
 * by hand or imported (each note is a line of its text, which its cards point back at).
 * Cards written or imported are the learner's own, so they are approved at once. Every
 * call acts for the signed-in account and refuses a deck that is not theirs.
 */
@Service
@RolesAllowed({ "STUDENT", "TEACHER", "ADMIN" })
public class DeckService {

	private final AccountService accounts;

	private final CorpusService corpus;

	private final PersonalBank bank;

	private final DocumentUploadService uploads;

	private final SrsService srs;

	private final Clock clock;

	DeckService(AccountService accounts, CorpusService corpus, PersonalBank bank, DocumentUploadService uploads,
			SrsService srs, Clock clock) {
		this.accounts = accounts;
		this.corpus = corpus;
		this.bank = bank;
		this.uploads = uploads;
		this.srs = srs;
		this.clock = clock;
	}

	/** The learner's decks, by title. */
	@Transactional(readOnly = true)
	public List<DeckSummary> decks() {
		long owner = owner();
		List<DeckSummary> decks = new ArrayList<>();
		for (DocumentTitle deck : this.corpus.ownedTitles(owner)) {
			List<StoredQuestion> cards = this.bank.fromDocument(owner, deck.id());
			int drafts = (int) cards.stream().filter(q -> q.status() == QuestionStatus.DRAFT).count();
			decks.add(new DeckSummary(deck.id(), deck.title(), drafts, cards.size() - drafts));
		}
		return decks;
	}

	/** An empty deck for cards written by hand; returns its id. */
	@Transactional
	public String newDeck(String title) {
		String name = requireTitle(title);
		return this.corpus.storeOwned(name, null, "", sha256(""), owner()).id();
	}

	/**
	 * Adds a document (a file, or pasted text named {@code pasted.txt}) and starts
	 * generating its deck; returns the generation job's id.
	 */
	public long addDocument(String fileName, byte[] bytes, String title) throws DocumentRefusedException {
		return this.uploads.addOwn(fileName, bytes, title);
	}

	/** Where the learner's generation jobs stand. */
	public List<GenerationJob> jobs(List<Long> ids) {
		return this.uploads.ownJobs(ids);
	}

	/** The deck's drafts and approved cards, by id. */
	@Transactional(readOnly = true)
	public List<StoredQuestion> cards(String deckId) {
		return this.bank.fromDocument(owner(), requireDeck(deckId).id());
	}

	/**
	 * Writes a card by hand: a front with {@code {{c1::...}}} deletions makes a cloze
	 * card per deletion (the back is then optional extra text), any other front a
	 * flashcard. Returns the cards made.
	 */
	@Transactional
	public List<StoredQuestion> addCard(String deckId, String front, String back) {
		StoredDocument deck = requireDeck(deckId);
		String f = front.strip();
		String b = back.strip();
		List<PortableCard> cards = PortableCard.ofNote(f, b);
		if (f.isEmpty() || cards.get(0).kind() == PortableCard.Kind.BASIC && b.isEmpty()) {
			throw new IllegalArgumentException(
					"Write both sides of the card, or a cloze text such as \u201c{{c1::Paris}} is the capital of France\u201d.");
		}
		String line = DeckCards.line(cards.get(0));
		int start = this.corpus.appendLine(deck.id(), line);
		Source source = new Source(deck.id(), start, start + line.length(), line);
		List<BankQuestion> questions = new ArrayList<>();
		for (PortableCard card : cards) {
			questions.add(DeckCards.question(cardId(deck.id(), start, card), card, source));
		}
		return this.bank.add(owner(), questions, QuestionStatus.APPROVED);
	}

	@Transactional
	public void approve(String questionId) {
		this.bank.review(owner(), questionId, QuestionStatus.APPROVED);
	}

	/** Approves every draft of the deck; returns how many. */
	@Transactional
	public int approveAll(String deckId) {
		List<StoredQuestion> drafts = cards(deckId).stream().filter(q -> q.status() == QuestionStatus.DRAFT).toList();
		drafts.forEach(q -> approve(q.question().id()));
		return drafts.size();
	}

	/** Deletes a card from its deck (it is retired: its review history stays valid). */
	@Transactional
	public void delete(String questionId) {
		this.bank.review(owner(), questionId, QuestionStatus.RETIRED);
	}

	/**
	 * Deletes a whole deck for good: its document, every card (retired ones too), their
	 * versions, the learner's schedule and review history of them, and its generation
	 * jobs. Refused while its questions are still being generated.
	 */
	@Transactional
	public void deleteDeck(String deckId) {
		StoredDocument deck = requireDeck(deckId);
		long owner = owner();
		this.uploads.forgetOwnJobs(deck.id());
		List<String> cards = this.bank.deleteAllFrom(owner, deck.id());
		this.srs.forgetQuestions(cards);
		this.corpus.deleteOwned(deck.id(), owner);
	}

	/** Changes what a card asks and accepts. */
	@Transactional
	public StoredQuestion edit(String questionId, String prompt, String answer) {
		StoredQuestion current = this.bank.find(owner(), questionId)
			.orElseThrow(() -> new IllegalArgumentException("You have no card " + questionId + "."));
		List<String> accepted = new ArrayList<>(List.of(answer.strip()));
		current.question()
			.accepted()
			.stream()
			.filter(a -> !a.equals(current.question().answer()) && !accepted.contains(a))
			.forEach(accepted::add);
		return this.bank.edit(owner(), questionId, prompt, answer, accepted, current.question().options());
	}

	/**
	 * Makes a new deck from a file of another tool, with its cards approved and, from an
	 * Anki package, each card's review history taken into spaced repetition.
	 */
	@Transactional
	public DeckImport importDeck(String fileName, byte[] bytes, DeckFormat format, QuizletText.Separators separators)
			throws DeckFormatException {
		ImportedDeck read = switch (format) {
			case ANKI -> AnkiPackage.read(new ByteArrayInputStream(bytes));
			case CSV -> CsvDeck.read(text(bytes));
			case QUIZLET -> QuizletText.read(text(bytes), separators);
		};
		if (read.cards().isEmpty()) {
			throw new DeckFormatException("The file holds no cards this app can show"
					+ (read.skipped().isEmpty() ? "." : " (" + read.skipped().get(0) + ")."));
		}
		long owner = owner();
		String title = read.title().isBlank() || read.title().equals("Default") ? baseName(fileName) : read.title();
		// each note is one line of the deck's text; its cards point at that line
		StringBuilder body = new StringBuilder();
		Map<PortableCard, Integer> starts = new LinkedHashMap<>();
		Map<String, Integer> lines = new LinkedHashMap<>();
		for (PortableCard card : read.cards()) {
			String line = DeckCards.line(card);
			String noteKey = card.kind() + "\u0000" + card.front() + "\u0000" + card.back();
			Integer start = (card.kind() == PortableCard.Kind.CLOZE) ? lines.get(noteKey) : null;
			if (start == null) {
				start = body.length();
				body.append(line).append('\n');
				lines.put(noteKey, start);
			}
			starts.put(card, start);
		}
		String text = body.toString();
		StoredDocument deck = this.corpus.storeOwned(requireTitle(title), null, text, sha256(text), owner);
		List<BankQuestion> questions = new ArrayList<>();
		Map<String, List<PastReview>> histories = new LinkedHashMap<>();
		for (PortableCard card : read.cards()) {
			int start = starts.get(card);
			String line = DeckCards.line(card);
			String id = cardId(deck.id(), start, card);
			questions.add(DeckCards.question(id, card, new Source(deck.id(), start, start + line.length(), line)));
			if (!card.reviews().isEmpty()) {
				histories.put(id, card.reviews());
			}
		}
		this.bank.add(owner, questions, QuestionStatus.APPROVED);
		histories.forEach((id, history) -> this.srs.importHistory(owner, id,
				history.stream()
					.map(r -> new SrsService.ImportedReview(r.at(), Rating.of(r.rating()), r.durationMs()))
					.toList()));
		return new DeckImport(deck.id(), deck.title(), questions.size(), histories.size(), read.skipped());
	}

	/**
	 * The deck's approved cards as a file; an Anki package carries each card's review
	 * history here too.
	 */
	@Transactional(readOnly = true)
	public byte[] export(String deckId, DeckFormat format, QuizletText.Separators separators) {
		StoredDocument deck = requireDeck(deckId);
		List<BankQuestion> approved = cards(deckId).stream()
			.filter(q -> q.status() == QuestionStatus.APPROVED)
			.map(StoredQuestion::question)
			// in the deck's order: by the line each note has in its text
			.sorted(java.util.Comparator.comparingInt((BankQuestion q) -> q.source().start())
				.thenComparingInt(q -> DeckCards.portable(q).ordinal()))
			.toList();
		return switch (format) {
			case CSV -> CsvDeck.file(portable(approved, Map.of()));
			case QUIZLET ->
				QuizletText.write(portable(approved, Map.of()), separators).getBytes(StandardCharsets.UTF_8);
			case ANKI -> anki(deck.title(), approved);
		};
	}

	/** An Anki package whose studied cards keep their history and where they stand. */
	private byte[] anki(String title, List<BankQuestion> approved) {
		List<PortableCard> cards = portable(approved, history(approved));
		Map<String, CardSummary> studied = new java.util.HashMap<>();
		for (CardSummary card : this.srs.cards(owner())) {
			studied.put(card.questionId(), card);
		}
		Map<PortableCard, CardSchedule> schedules = new java.util.IdentityHashMap<>();
		for (int i = 0; i < cards.size(); i++) {
			CardSummary card = studied.get(approved.get(i).id());
			CardSchedule.Step step = (card == null) ? null : switch (card.state()) {
				case NEW -> null;
				case LEARNING -> CardSchedule.Step.LEARNING;
				case REVIEW -> CardSchedule.Step.REVIEW;
				case RELEARNING -> CardSchedule.Step.RELEARNING;
			};
			if (step != null) {
				schedules.put(cards.get(i), new CardSchedule(step, card.due(), card.intervalDays(), card.suspended()));
			}
		}
		return AnkiPackage.write(title, cards, schedules, this.clock.instant());
	}

	/** The file name an export of the deck gets. */
	public String exportName(String deckId, DeckFormat format) {
		String slug = requireDeck(deckId).title().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
		return (slug.isEmpty() ? "deck" : slug) + format.extension();
	}

	private Map<String, List<PastReview>> history(List<BankQuestion> questions) {
		Set<String> ids = questions.stream().map(BankQuestion::id).collect(Collectors.toSet());
		Map<String, List<PastReview>> history = new LinkedHashMap<>();
		for (ReviewRecord review : this.srs.reviewLog(owner())) {
			if (ids.contains(review.questionId())) {
				history.computeIfAbsent(review.questionId(), k -> new ArrayList<>())
					.add(new PastReview(review.reviewedAt(), review.rating(),
							review.durationMs() == null ? 0 : review.durationMs()));
			}
		}
		return history;
	}

	private static List<PortableCard> portable(List<BankQuestion> questions, Map<String, List<PastReview>> history) {
		return questions.stream()
			.map(q -> DeckCards.portable(q).withReviews(history.getOrDefault(q.id(), List.of())))
			.toList();
	}

	private StoredDocument requireDeck(String deckId) {
		long owner = owner();
		return this.corpus.find(deckId)
			.filter(d -> d.ownerId() != null && d.ownerId() == owner)
			.orElseThrow(() -> new IllegalArgumentException("You have no deck " + deckId + "."));
	}

	private long owner() {
		return this.accounts.current().orElseThrow(() -> new AccessDeniedException("Log in to use your decks.")).id();
	}

	private static String requireTitle(String title) {
		String name = title.strip();
		if (name.isEmpty()) {
			throw new IllegalArgumentException("Give the deck a name.");
		}
		return name.length() > 300 ? name.substring(0, 300) : name;
	}

	private static String baseName(String fileName) {
		String name = fileName.replaceAll(".*[/\\\\]", "");
		int dot = name.lastIndexOf('.');
		return (dot > 0 ? name.substring(0, dot) : name).replace('_', ' ').strip();
	}

	private static String text(byte[] bytes) throws DeckFormatException {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new DeckFormatException("The file is not UTF-8 text: save or export it as UTF-8 and try again.");
		}
	}

	/** "c-" and 16 hex digits of the deck, the note's place in it and the card. */
	static String cardId(String deckId, int start, PortableCard card) {
		return "c-" + sha256(deckId + "|" + start + "|" + card.kind() + "|" + card.ordinal()).substring(0, 16);
	}

	private static String sha256(String text) {
		return Sha256.hex(text);
	}

}
