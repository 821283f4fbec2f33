package app.quarry.decks;

import app.quarry.account.LearnerId;
import jakarta.annotation.security.RolesAllowed;
import app.quarry.base.Sha256;
import app.quarry.bank.QuestionId;
import app.quarry.bank.BankQuestion;
import app.quarry.bank.PersonalBank;
import app.quarry.bank.QuestionStatus;
import app.quarry.bank.Source;
import app.quarry.bank.StoredQuestion;
import app.quarry.corpus.CorpusService;
import app.quarry.corpus.DocumentRefusedException;
import app.quarry.corpus.DocumentTitle;
import app.quarry.corpus.StoredDocument;
import app.quarry.decks.exchange.PortableCard;
import app.quarry.generation.upload.DocumentUploadService;
import app.quarry.generation.upload.GenerationJob;
import app.quarry.srs.SrsService;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in learner's own decks. A deck is a private document: one they added (its
 * generated questions arrive as drafts for them to review) or one made for cards written
 * by hand or imported (each note is a line of its text, which its cards point back at).
 * Cards written or imported are the learner's own, so they are approved at once. Every
 * call acts for the signed-in account and refuses a deck that is not theirs. Decks go in
 * and out of other tools through {@link DeckExchange}.
 */
@Service
@RolesAllowed({ "STUDENT", "TEACHER", "ADMIN" })
public class DeckService {

	private final SignedInLearner learner;

	private final CorpusService corpus;

	private final PersonalBank bank;

	private final DocumentUploadService uploads;

	private final SrsService srs;

	DeckService(SignedInLearner learner, CorpusService corpus, PersonalBank bank, DocumentUploadService uploads,
			SrsService srs) {
		this.learner = learner;
		this.corpus = corpus;
		this.bank = bank;
		this.uploads = uploads;
		this.srs = srs;
	}

	/** The learner's decks, by title. */
	@Transactional(readOnly = true)
	public List<DeckSummary> decks() {
		LearnerId owner = this.learner.id();
		List<DeckSummary> decks = new ArrayList<>();
		for (DocumentTitle deck : this.corpus.ownedTitles(owner.value())) {
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
		return this.corpus.storeOwned(name, null, "", sha256(""), this.learner.id().value()).id();
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
		return this.bank.fromDocument(this.learner.id(), this.learner.deck(deckId).id());
	}

	/**
	 * Writes a card by hand: a front with {@code {{c1::...}}} deletions makes a cloze
	 * card per deletion (the back is then optional extra text), any other front a
	 * flashcard. Returns the cards made.
	 */
	@Transactional
	public List<StoredQuestion> addCard(String deckId, String front, String back) {
		StoredDocument deck = this.learner.deck(deckId);
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
		return this.bank.add(this.learner.id(), questions, QuestionStatus.APPROVED);
	}

	@Transactional
	public void approve(QuestionId questionId) {
		this.bank.review(this.learner.id(), questionId, QuestionStatus.APPROVED);
	}

	/** Approves every draft of the deck; returns how many. */
	@Transactional
	public int approveAll(String deckId) {
		List<StoredQuestion> drafts = cards(deckId).stream().filter(q -> q.status() == QuestionStatus.DRAFT).toList();
		drafts.forEach(q -> approve(q.id()));
		return drafts.size();
	}

	/** Deletes a card from its deck (it is retired: its review history stays valid). */
	@Transactional
	public void delete(QuestionId questionId) {
		this.bank.review(this.learner.id(), questionId, QuestionStatus.RETIRED);
	}

	/**
	 * Deletes a whole deck for good: its document, every card (retired ones too), their
	 * versions, the learner's schedule and review history of them, and its generation
	 * jobs. Refused while its questions are still being generated.
	 */
	@Transactional
	public void deleteDeck(String deckId) {
		StoredDocument deck = this.learner.deck(deckId);
		LearnerId owner = this.learner.id();
		this.uploads.forgetOwnJobs(deck.id());
		List<QuestionId> cards = this.bank.deleteAllFrom(owner, deck.id());
		this.srs.forgetQuestions(cards);
		this.corpus.deleteOwned(deck.id(), owner.value());
	}

	/** Changes what a card asks and accepts. */
	@Transactional
	public StoredQuestion edit(QuestionId questionId, String prompt, String answer) {
		StoredQuestion current = this.bank.find(this.learner.id(), questionId)
			.orElseThrow(() -> new IllegalArgumentException("You have no card " + questionId + "."));
		List<String> accepted = new ArrayList<>(List.of(answer.strip()));
		current.question()
			.accepted()
			.stream()
			.filter(a -> !a.equals(current.question().answer()) && !accepted.contains(a))
			.forEach(accepted::add);
		return this.bank.edit(this.learner.id(), questionId, prompt, answer, accepted, current.question().options());
	}

	static String requireTitle(String title) {
		String name = title.strip();
		if (name.isEmpty()) {
			throw new IllegalArgumentException("Give the deck a name.");
		}
		return name.length() > 300 ? name.substring(0, 300) : name;
	}

	/** "c-" and 16 hex digits of the deck, the note's place in it and the card. */
	static String cardId(String deckId, int start, PortableCard card) {
		return "c-" + sha256(deckId + "|" + start + "|" + card.kind() + "|" + card.ordinal()).substring(0, 16);
	}

	static String sha256(String text) {
		return Sha256.hex(text);
	}

}
