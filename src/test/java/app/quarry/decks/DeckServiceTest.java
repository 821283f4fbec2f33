package app.quarry.decks;

import app.quarry.account.LearnerId;
import app.quarry.bank.QuestionId;
import static app.quarry.generation.upload.UploadFixtures.logInNew;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.quarry.account.AccountService;
import app.quarry.account.Role;
import app.quarry.bank.BankService;
import app.quarry.bank.QuestionBrowser;
import app.quarry.bank.QuestionFilter;
import app.quarry.bank.QuestionStatus;
import app.quarry.bank.StoredQuestion;
import app.quarry.corpus.CorpusService;
import app.quarry.decks.exchange.AnkiPackage;
import app.quarry.decks.exchange.CsvDeck;
import app.quarry.decks.exchange.PastReview;
import app.quarry.decks.exchange.PortableCard;
import app.quarry.decks.exchange.QuizletText;
import app.quarry.generation.upload.GenerationJob;
import app.quarry.generation.upload.UploadSpringTest;
import app.quarry.srs.ReviewRecord;
import app.quarry.srs.ReviewSource;
import app.quarry.srs.SrsService;
import app.quarry.study.QuestionCatalog;
import app.quarry.study.StudyCard;
import app.quarry.study.StudyFilter;
import app.quarry.study.StudyService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A learner's own decks on the real application and H2: what they add is theirs alone (no
 * shared list, search, review queue, quiz picker or study session of anyone else shows
 * it), and decks go in and out as Anki, Quizlet and CSV files.
 */
@UploadSpringTest
class DeckServiceTest {

	private static final String NOTES = """
			Notes on the summits

			The first summit between Kim Jong-un and Donald Trump took place in Singapore on June 12, 2018.
			The second summit was held in Hanoi on February 27, 2019, and ended without an agreement.
			""";

	@Autowired
	DeckService decks;

	@Autowired
	DeckExchange exchange;

	@Autowired
	AccountService accounts;

	@Autowired
	BankService bank;

	@Autowired
	QuestionBrowser browser;

	@Autowired
	CorpusService corpus;

	@Autowired
	StudyService study;

	@Autowired
	SrsService srs;

	@Autowired
	QuestionCatalog catalog;

	@Autowired
	app.quarry.study.ProgressService progress;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@AfterEach
	void logOut() {
		SecurityContextHolder.clearContext();
	}

	private long me() {
		return this.accounts.current().orElseThrow().id().value();
	}

	@Test
	void a_learners_document_becomes_a_private_deck_of_drafts_that_nobody_else_sees() throws Exception {
		logInNew(this.accounts, Role.STUDENT);
		long owner = me();
		long job = this.decks.addDocument("pasted.txt", NOTES.getBytes(StandardCharsets.UTF_8), "");
		GenerationJob done = awaitFinished(job);
		assertThat(done.failure()).isNull();
		String deckId = done.documentId();
		List<StoredQuestion> drafts = this.decks.cards(deckId);
		assertThat(drafts).isNotEmpty().allSatisfy(q -> {
			assertThat(q.status()).isEqualTo(QuestionStatus.DRAFT);
			assertThat(q.ownerId()).isEqualTo(LearnerId.of(owner));
		});
		assertThat(this.decks.decks()).extracting(DeckSummary::title, DeckSummary::drafts)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Notes on the summits", drafts.size()));
		// drafts are not studied until the owner approves them
		assertThat(deckCards(owner, deckId)).isEmpty();
		assertThat(this.decks.approveAll(deckId)).isEqualTo(drafts.size());
		assertThat(deckCards(owner, deckId)).hasSize(drafts.size());
		assertThat(this.study.open(owner, StudyFilter.document(deckId)).size()).isPositive();
		String someCard = drafts.get(0).question().id();
		assertThat(this.browser.find(QuestionId.of(someCard))).isPresent();
		assertThat(this.corpus.read(deckId)).isPresent();

		// a teacher: shared search, review queue, quiz pickers and documents leave it out
		logInNew(this.accounts, Role.TEACHER);
		assertThat(this.bank.count(new QuestionFilter(null, null, deckId, null))).isZero();
		assertThat(this.browser.count(new QuestionFilter(null, null, deckId, null))).isZero();
		assertThat(this.browser.find(QuestionId.of(someCard))).isEmpty();
		assertThat(this.bank.find(QuestionId.of(someCard))).isEmpty();
		assertThat(this.bank.find(List.of(someCard))).isEmpty();
		assertThat(this.bank.history(QuestionId.of(someCard))).isEmpty();
		for (QuestionStatus status : QuestionStatus.values()) {
			assertThat(this.bank.withStatus(status, new QuestionFilter(null, null, deckId, null))).isEmpty();
		}
		assertThat(this.corpus.titles()).noneMatch(t -> t.id().equals(deckId));
		assertThat(this.corpus.all()).noneMatch(d -> d.id().equals(deckId));
		assertThat(this.corpus.read(deckId)).isEmpty();
		assertThatThrownBy(() -> this.bank.review(QuestionId.of(someCard), QuestionStatus.RETIRED))
			.isInstanceOf(IllegalArgumentException.class);

		// another learner: no study card, no deck, no way in by id
		logInNew(this.accounts, Role.STUDENT);
		long other = me();
		assertThat(deckCards(other, deckId)).isEmpty();
		assertThat(this.study.open(other, StudyFilter.document(deckId)).size()).isZero();
		assertThat(this.study.documents(other)).noneMatch(d -> d.id().equals(deckId));
		assertThat(this.decks.decks()).isEmpty();
		assertThatThrownBy(() -> this.decks.cards(deckId)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> this.decks.delete(QuestionId.of(someCard)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(this.browser.find(QuestionId.of(someCard))).isEmpty();
	}

	@Test
	void hand_written_cards_are_studied_at_once_front_back_and_one_per_cloze_deletion() {
		logInNew(this.accounts, Role.STUDENT);
		String deckId = this.decks.newDeck("Capitals");
		this.decks.addCard(deckId, "Capital of France?", "Paris");
		List<StoredQuestion> cloze = this.decks.addCard(deckId, "{{c1::Rome}} is the capital of {{c2::Italy}}.", "");
		assertThat(cloze).extracting(q -> q.question().prompt())
			.containsExactly("_____ is the capital of Italy.", "Rome is the capital of _____.");
		assertThat(this.decks.cards(deckId)).allMatch(q -> q.status() == QuestionStatus.APPROVED);
		assertThat(deckCards(me(), deckId)).extracting(StudyCard::prompt)
			.contains("Capital of France?", "_____ is the capital of Italy.");
		// each card points back at its line of the deck's text
		StoredQuestion first = this.decks.cards(deckId)
			.stream()
			.filter(q -> q.question().prompt().equals("Capital of France?"))
			.findFirst()
			.orElseThrow();
		String text = this.corpus.read(deckId).orElseThrow().text();
		assertThat(text.substring(first.question().source().start(), first.question().source().end()))
			.isEqualTo("Capital of France? \u2014 Paris");
		assertThatThrownBy(() -> this.decks.addCard(deckId, "Only a front", " "))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void a_deck_can_be_edited_and_a_deleted_card_is_no_longer_studied() {
		logInNew(this.accounts, Role.STUDENT);
		String deckId = this.decks.newDeck("Words");
		String id = this.decks.addCard(deckId, "dog", "Hund").get(0).question().id();
		this.decks.edit(QuestionId.of(id), "the dog", "der Hund");
		assertThat(deckCards(me(), deckId)).extracting(StudyCard::prompt, StudyCard::answer)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("the dog", "der Hund"));
		this.decks.delete(QuestionId.of(id));
		assertThat(deckCards(me(), deckId)).isEmpty();
		assertThat(this.decks.cards(deckId)).isEmpty();
	}

	@Test
	void an_anki_package_is_imported_with_its_review_history_and_exported_again_as_the_same_cards() throws Exception {
		logInNew(this.accounts, Role.STUDENT);
		Instant reviewed = Instant.parse("2026-11-01T10:00:00Z");
		List<PortableCard> cards = List.of(
				PortableCard.basic("Capital of France?", "Paris")
					.withReviews(List.of(new PastReview(reviewed, 3, 4000),
							new PastReview(reviewed.plus(Duration.ofDays(3)), 3, 3000))),
				PortableCard.cloze("{{c1::Kim}} met {{c2::Trump}}.", "", 1),
				PortableCard.cloze("{{c1::Kim}} met {{c2::Trump}}.", "", 2));
		byte[] apkg = AnkiPackage.write("Summits", cards, Instant.parse("2026-12-01T00:00:00Z"));

		DeckImport imported = this.exchange.importDeck("summits.apkg", apkg, DeckFormat.ANKI,
				QuizletText.Separators.DEFAULT);

		assertThat(imported.title()).isEqualTo("Summits");
		assertThat(imported.cards()).isEqualTo(3);
		assertThat(imported.withHistory()).isEqualTo(1);
		List<ReviewRecord> log = this.srs.reviewLog(LearnerId.of(me()));
		assertThat(log).hasSize(2).allMatch(r -> r.source() == ReviewSource.IMPORT);
		assertThat(log.get(0).reviewedAt()).isEqualTo(reviewed);
		assertThat(this.srs.studiedQuestionIds(LearnerId.of(me()))).hasSize(1);
		assertThat(deckCards(me(), imported.deckId())).hasSize(3);
		assertThat(this.study.open(me(), StudyFilter.document(imported.deckId())).size()).isPositive();

		byte[] exported = this.exchange.export(imported.deckId(), DeckFormat.ANKI, QuizletText.Separators.DEFAULT);
		assertThat(AnkiPackage.read(new ByteArrayInputStream(exported)).cards()).isEqualTo(cards);
		// in Anki the reviewed card is a review card (type 2) with its interval, the
		// others new
		assertThat(ankiCardTypes(exported)).containsExactly("2 2", "0 0", "0 0");
	}

	/** "type queue" of each card in the package, in card order. */
	private static List<String> ankiCardTypes(byte[] apkg) throws Exception {
		java.nio.file.Path db = java.nio.file.Files.createTempFile("exported", ".anki2");
		try (var zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(apkg))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals("collection.anki2")) {
					java.nio.file.Files.write(db, zip.readAllBytes());
				}
			}
		}
		List<String> types = new java.util.ArrayList<>();
		try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
				var r = c.createStatement().executeQuery("select type, queue, ivl from cards order by id")) {
			while (r.next()) {
				types.add(r.getInt(1) + " " + r.getInt(2));
				if (r.getInt(1) == 2) {
					assertThat(r.getInt(3)).as("interval in days").isPositive();
				}
			}
		}
		finally {
			java.nio.file.Files.deleteIfExists(db);
		}
		return types;
	}

	@Test
	void csv_and_quizlet_exports_import_again_as_the_same_cards() throws Exception {
		logInNew(this.accounts, Role.STUDENT);
		String deckId = this.decks.newDeck("Mixed");
		this.decks.addCard(deckId, "Capital of France?", "Paris, of course");
		this.decks.addCard(deckId, "{{c1::Seoul}} is south of {{c2::Pyongyang}}.", "Korea");
		byte[] csv = this.exchange.export(deckId, DeckFormat.CSV, QuizletText.Separators.DEFAULT);
		// a byte-order mark first, so that Excel reads the file as UTF-8
		assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFfront,back\r\n");
		DeckImport again = this.exchange.importDeck("mixed.csv", csv, DeckFormat.CSV, QuizletText.Separators.DEFAULT);
		QuizletText.Separators custom = new QuizletText.Separators(" :: ", "\n\n");
		byte[] quizlet = this.exchange.export(deckId, DeckFormat.QUIZLET, custom);
		DeckImport fromQuizlet = this.exchange.importDeck("mixed.txt", quizlet, DeckFormat.QUIZLET, custom);
		List<PortableCard> original = CsvDeck.read(new String(csv, StandardCharsets.UTF_8)).cards();
		assertThat(original).hasSize(3);
		for (String copy : List.of(again.deckId(), fromQuizlet.deckId())) {
			byte[] back = this.exchange.export(copy, DeckFormat.CSV, QuizletText.Separators.DEFAULT);
			assertThat(CsvDeck.read(new String(back, StandardCharsets.UTF_8)).cards()).isEqualTo(original);
		}
		assertThat(this.exchange.exportName(deckId, DeckFormat.ANKI)).isEqualTo("Mixed.apkg");
	}

	@Test
	void deleting_a_deck_deletes_its_document_cards_versions_schedule_history_and_jobs_and_nothing_else()
			throws Exception {
		logInNew(this.accounts, Role.STUDENT);
		long owner = me();
		GenerationJob generated = awaitFinished(
				this.decks.addDocument("pasted.txt", NOTES.getBytes(StandardCharsets.UTF_8), ""));
		String deckId = generated.documentId();
		this.decks.approveAll(deckId);
		// a later document stating a fact of the first: its questions may cite both
		String later = awaitFinished(this.decks.addDocument("pasted.txt",
				("More notes\n\nThe first summit between Kim Jong-un and Donald Trump took place in Singapore on "
						+ "June 12, 2018, after months of threats.\n")
					.getBytes(StandardCharsets.UTF_8),
				""))
			.documentId();
		String kept = this.decks.newDeck("Kept");
		String keptCard = this.decks.addCard(kept, "dog", "Hund").get(0).question().id();
		List<String> cards = this.decks.cards(deckId).stream().map(q -> q.question().id()).toList();
		this.srs.record(LearnerId.of(owner), QuestionId.of(cards.get(0)), app.quarry.srs.fsrs.Rating.GOOD, 3000L,
				ReviewSource.STUDY);
		this.srs.record(LearnerId.of(owner), QuestionId.of(keptCard), app.quarry.srs.fsrs.Rating.GOOD, 3000L,
				ReviewSource.STUDY);
		this.decks.edit(QuestionId.of(cards.get(0)), "An edited question?", "An answer");
		this.decks.delete(QuestionId.of(cards.get(1)));
		assertThat(rows("select count(*) from question_version where question_id in (%s)", cards)).isPositive();

		assertThat(rows("select count(*) from question where source_document = '" + later + "' and sources like '%\""
				+ deckId + "\"%'", List.of()))
			.as("the later deck's questions cite the first")
			.isPositive();

		this.decks.deleteDeck(deckId);

		assertThat(this.decks.decks()).extracting(DeckSummary::id).containsExactlyInAnyOrder(kept, later);
		assertThat(rows("select count(*) from question where sources like '%\"" + deckId + "\"%'", List.of()))
			.as("no other question cites the deleted deck")
			.isZero();
		assertThat(rows("select count(*) from document where id = '" + deckId + "'", List.of())).isZero();
		assertThat(rows("select count(*) from question where source_document = '" + deckId + "'", List.of())).isZero();
		assertThat(rows("select count(*) from question where id in (%s)", cards)).isZero();
		assertThat(rows("select count(*) from question_version where question_id in (%s)", cards)).isZero();
		assertThat(rows("select count(*) from srs_card where question_id in (%s)", cards)).isZero();
		assertThat(rows("select count(*) from srs_review_log where question_id in (%s)", cards)).isZero();
		assertThat(rows("select count(*) from generation_job where document_id = '" + deckId + "'", List.of()))
			.isZero();
		// the other deck, its card and its history stay
		assertThat(deckCards(owner, kept)).extracting(StudyCard::questionId).containsExactly(keptCard);
		assertThat(this.srs.reviewLog(LearnerId.of(owner))).extracting(ReviewRecord::questionId)
			.containsExactly(keptCard);
		assertThat(this.study.open(owner, StudyFilter.document(deckId)).size()).isZero();
		assertThatThrownBy(() -> this.decks.deleteDeck(deckId)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void nobody_deletes_a_deck_of_someone_else() {
		logInNew(this.accounts, Role.STUDENT);
		String deckId = this.decks.newDeck("Mine");
		this.decks.addCard(deckId, "dog", "Hund");
		logInNew(this.accounts, Role.TEACHER, Role.ADMIN);
		assertThatThrownBy(() -> this.decks.deleteDeck(deckId)).isInstanceOf(IllegalArgumentException.class);
		assertThat(rows("select count(*) from question where source_document = '" + deckId + "'", List.of()))
			.isEqualTo(1);
	}

	@Test
	void the_owner_edits_a_card_of_their_deck_from_the_study_page_on_the_decks_page_and_nobody_else_may() {
		logInNew(this.accounts, Role.TEACHER);
		String deckId = this.decks.newDeck("A teacher's own");
		String card = this.decks.addCard(deckId, "dog", "Hund").get(0).question().id();
		app.quarry.account.Account teacher = this.accounts.current().orElseThrow();
		// the deck's page, not the shared question editor, which does not show own cards
		assertThat(this.study.editorRoute(teacher, card)).contains("decks/" + deckId + "/" + card);

		logInNew(this.accounts, Role.STUDENT);
		assertThat(this.study.editorRoute(this.accounts.current().orElseThrow(), card)).isEmpty();
	}

	@Test
	void a_custom_session_takes_own_deck_cards_too() {
		logInNew(this.accounts, Role.STUDENT);
		String deckId = this.decks.newDeck("Words");
		this.decks.addCard(deckId, "dog", "Hund");
		this.decks.addCard(deckId, "cat", "Katze");
		app.quarry.study.CustomStudy newOnes = new app.quarry.study.CustomStudy(StudyFilter.document(deckId), null,
				app.quarry.study.CustomStudy.Selection.NEW, 10, false);
		assertThat(this.study.openCustom(me(), newOnes).size()).isEqualTo(2);
	}

	@Test
	void own_decks_have_their_mastery_on_the_progress_page() {
		logInNew(this.accounts, Role.STUDENT);
		String deckId = this.decks.newDeck("Words");
		String dog = this.decks.addCard(deckId, "dog", "Hund").get(0).question().id();
		this.decks.addCard(deckId, "cat", "Katze");
		this.decks.addCard(deckId, "{{c1::Vogel}} is bird", "");
		this.srs.record(LearnerId.of(me()), QuestionId.of(dog), app.quarry.srs.fsrs.Rating.GOOD, 3000L,
				ReviewSource.STUDY);

		assertThat(this.progress.mastery(me())).filteredOn(row -> row.documentId().equals(deckId))
			.singleElement()
			.satisfies(row -> {
				assertThat(row.title()).isEqualTo("Words");
				assertThat(row.questions()).isEqualTo(3);
				assertThat(row.studied()).isEqualTo(1);
				assertThat(row.mature()).isZero();
			});
		assertThat(this.progress.statistics(me()).states().newCards()).isGreaterThanOrEqualTo(2);
		// nobody else's progress lists it
		logInNew(this.accounts, Role.STUDENT);
		assertThat(this.progress.mastery(me())).noneMatch(row -> row.documentId().equals(deckId));
	}

	private long rows(String sql, List<String> ids) {
		String in = ids.stream().map(id -> "'" + id + "'").collect(java.util.stream.Collectors.joining(","));
		return this.jdbc.queryForObject(ids.isEmpty() ? sql : sql.formatted(in), Long.class);
	}

	/** The learner's cards of the deck that study draws from (approved ones only). */
	private List<StudyCard> deckCards(long learner, String deckId) {
		return this.catalog.ownCards(learner).stream().filter(StudyFilter.document(deckId)::matches).toList();
	}

	private GenerationJob awaitFinished(long job) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (true) {
			List<GenerationJob> jobs = this.decks.jobs(List.of(job));
			if (jobs.size() == 1 && jobs.get(0).stage().finished()) {
				return jobs.get(0);
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("job not finished: " + jobs);
			}
			Thread.sleep(100);
		}
	}

}
