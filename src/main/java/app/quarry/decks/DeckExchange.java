package app.quarry.decks;

import app.quarry.bank.QuestionId;
import app.quarry.account.LearnerId;
import app.quarry.bank.BankQuestion;
import app.quarry.bank.PersonalBank;
import app.quarry.bank.QuestionStatus;
import app.quarry.bank.Source;
import app.quarry.bank.StoredQuestion;
import app.quarry.corpus.CorpusService;
import app.quarry.corpus.StoredDocument;
import app.quarry.decks.exchange.AnkiPackage;
import app.quarry.decks.exchange.CardSchedule;
import app.quarry.decks.exchange.CsvDeck;
import app.quarry.decks.exchange.DeckFormatException;
import app.quarry.decks.exchange.ImportedDeck;
import app.quarry.decks.exchange.PastReview;
import app.quarry.decks.exchange.PortableCard;
import app.quarry.decks.exchange.QuizletText;
import app.quarry.srs.CardSummary;
import app.quarry.srs.ReviewRecord;
import app.quarry.srs.SrsService;
import app.quarry.srs.fsrs.Rating;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in learner's decks in and out of other tools: Anki packages (with each
 * card's review history and schedule), CSV files and Quizlet text. An imported deck is a
 * new deck of the learner's, its cards approved at once.
 */
@Service
@RolesAllowed({ "STUDENT", "TEACHER", "ADMIN" })
public class DeckExchange {

	private final SignedInLearner learner;

	private final DeckService decks;

	private final CorpusService corpus;

	private final PersonalBank bank;

	private final SrsService srs;

	private final Clock clock;

	DeckExchange(SignedInLearner learner, DeckService decks, CorpusService corpus, PersonalBank bank, SrsService srs,
			Clock clock) {
		this.learner = learner;
		this.decks = decks;
		this.corpus = corpus;
		this.bank = bank;
		this.srs = srs;
		this.clock = clock;
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
		LearnerId owner = this.learner.id();
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
		StoredDocument deck = this.corpus.storeOwned(DeckService.requireTitle(title), null, text,
				DeckService.sha256(text), owner.value());
		List<BankQuestion> questions = new ArrayList<>();
		Map<String, List<PastReview>> histories = new LinkedHashMap<>();
		for (PortableCard card : read.cards()) {
			int start = starts.get(card);
			String line = DeckCards.line(card);
			String id = DeckService.cardId(deck.id(), start, card);
			questions.add(DeckCards.question(id, card, new Source(deck.id(), start, start + line.length(), line)));
			if (!card.reviews().isEmpty()) {
				histories.put(id, card.reviews());
			}
		}
		this.bank.add(owner, questions, QuestionStatus.APPROVED);
		histories.forEach((id, history) -> this.srs.importHistory(LearnerId.of(owner.value()), QuestionId.of(id),
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
		StoredDocument deck = this.learner.deck(deckId);
		List<BankQuestion> approved = this.decks.cards(deckId)
			.stream()
			.filter(q -> q.status() == QuestionStatus.APPROVED)
			.map(StoredQuestion::question)
			// in the deck's order: by the line each note has in its text
			.sorted(Comparator.comparingInt((BankQuestion q) -> q.source().start())
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
		Map<String, CardSummary> studied = new HashMap<>();
		for (CardSummary card : this.srs.cards(LearnerId.of(this.learner.id().value()))) {
			studied.put(card.questionId(), card);
		}
		Map<PortableCard, CardSchedule> schedules = new IdentityHashMap<>();
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
		String slug = this.learner.deck(deckId).title().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
		return (slug.isEmpty() ? "deck" : slug) + format.extension();
	}

	private Map<String, List<PastReview>> history(List<BankQuestion> questions) {
		Set<String> ids = questions.stream().map(BankQuestion::id).collect(Collectors.toSet());
		Map<String, List<PastReview>> history = new LinkedHashMap<>();
		for (ReviewRecord review : this.srs.reviewLog(LearnerId.of(this.learner.id().value()))) {
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
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new DeckFormatException("The file is not UTF-8 text: save or export it as UTF-8 and try again.");
		}
	}

}
