package app.quarry.decks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.BrowserlessUi;
import app.quarry.account.AccountService;
import app.quarry.account.Registration;
import app.quarry.decks.DeckFormat;
import app.quarry.decks.DeckService;
import app.quarry.decks.DeckSummary;
import app.quarry.decks.exchange.AnkiPackage;
import app.quarry.decks.exchange.PastReview;
import app.quarry.decks.exchange.PortableCard;
import app.quarry.generation.upload.UploadSpringTest;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.menu.MenuConfiguration;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The deck pages without a browser, as a learner uses them: from an Anki package to
 * studying it, Quizlet text with chosen separators, cards written by hand.
 */
@UploadSpringTest
class MyDecksViewTest {

	private static int learners;

	@Autowired
	ApplicationContext context;

	@Autowired
	AccountService accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	DeckService decks;

	@BeforeEach
	void logInALearner() {
		BrowserlessUi.start(this.context);
		String login = "deck-learner" + (++learners) + "-" + System.nanoTime() + "@example.org";
		this.accounts.register(new Registration(login, "Learner", "correct horse battery", ZoneOffset.UTC));
		BrowserlessUi.logIn(this.users.loadUserByUsername(login));
	}

	@AfterEach
	void logOut() {
		BrowserlessUi.stop();
	}

	@Test
	void a_learner_goes_from_an_anki_deck_file_to_studying_it() {
		byte[] apkg = AnkiPackage.write("Summits",
				List.of(PortableCard.basic("Where did Kim and Trump first meet?", "Singapore")
					.withReviews(List.of(new PastReview(Instant.parse("2026-10-01T09:00:00Z"), 3, 5000))),
						PortableCard.cloze("The second summit was held in {{c1::Hanoi}}.", "", 1)),
				Instant.parse("2026-11-01T00:00:00Z"));
		UI.getCurrent().navigate("decks");
		MyDecksView page = _get(MyDecksView.class);

		page.importFile("Summits.apkg", apkg);

		assertThat(page.importOutcome()).isEqualTo("Summits: 2 cards imported, 1 with their review history.");
		DeckSummary deck = this.decks.decks().get(0);
		assertThat(deck.title()).isEqualTo("Summits");
		assertThat(deck.approved()).isEqualTo(2);
		// the deck's Study link, study?document=ID
		assertThat(DeckRoutes.study(deck.id())).isEqualTo("study?document=" + deck.id());
		UI.getCurrent().navigate("study", QueryParameters.of("document", deck.id()));
		@SuppressWarnings("unchecked")
		Select<Object> choice = _get(Select.class, spec -> spec.withLabel("What to study"));
		assertThat(choice.getItemLabelGenerator().apply(choice.getValue())).isEqualTo("Document: Summits");
		String studyPage = _get(Main.class, spec -> spec.withClasses("study-page")).getElement().getTextRecursively();
		assertThat(studyPage).containsAnyOf("Where did Kim and Trump first meet?",
				"The second summit was held in _____.");
	}

	@Test
	void every_signed_in_learner_has_my_decks_in_the_menu() {
		assertThat(MenuConfiguration.getMenuEntries())
			.anyMatch(entry -> entry.path().equals("/decks") && entry.title().equals("My decks"));
	}

	@Test
	void quizlet_text_is_imported_with_the_separators_chosen() {
		UI.getCurrent().navigate("decks");
		MyDecksView page = _get(MyDecksView.class);
		page.format().setValue(DeckFormat.QUIZLET);
		page.separators().choose("Custom", " = ", "Semicolon", "");

		page.importFile("german.txt", "dog = der Hund;cat = die Katze;".getBytes(StandardCharsets.UTF_8));

		assertThat(page.importOutcome()).isEqualTo("german: 2 cards imported.");
		page.importFile("broken.csv", "no separators here".getBytes(StandardCharsets.UTF_8));
		assertThat(page.importOutcome()).startsWith("broken.csv was not imported: No cards found");
	}

	@Test
	void cards_written_by_hand_are_listed_in_their_deck() {
		String id = this.decks.newDeck("Capitals");
		UI.getCurrent().navigate(DeckRoutes.deck(id));
		DeckView deck = _get(DeckView.class);
		deck.front().setValue("{{c1::Paris}} is the capital of {{c2::France}}.");
		deck.addCard();
		deck.front().setValue("Capital of Japan?");
		deck.back().setValue("Tokyo");
		deck.addCard();

		assertThat(GridKt._size(deck.grid())).isEqualTo(3);
		assertThat(_get(deck, com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("deck-outcome"))
			.getText()).isEqualTo("Card added.");
	}

	@Test
	void edit_on_the_study_page_opens_an_own_card_in_its_decks_editor() {
		String id = this.decks.newDeck("Words");
		this.decks.addCard(id, "dog", "Hund");
		UI.getCurrent().navigate("study", QueryParameters.of("document", id));
		Button edit = _get(Button.class, spec -> spec.withClasses("study-edit"));
		assertThat(edit.isVisible()).as("the owner may edit").isTrue();

		ButtonKt._click(edit);

		_get(DeckView.class);
		_get(CardEditDialog.class);
		_get(TextArea.class, spec -> spec.withLabel("Question")).setValue("the dog");
		_get(TextArea.class, spec -> spec.withLabel("Answer")).setValue("der Hund");
		ButtonKt._click(_get(Button.class, spec -> spec.withText("Save")));
		assertThat(this.decks.cards(id)).extracting(q -> q.question().prompt(), q -> q.question().answer())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("the dog", "der Hund"));
		LocatorJ._assertNone(CardEditDialog.class);
	}

	@Test
	void a_deck_is_deleted_once_the_owner_confirms_and_the_list_shows_the_rest() {
		String gone = this.decks.newDeck("Old");
		this.decks.addCard(gone, "dog", "Hund");
		String kept = this.decks.newDeck("Kept");
		UI.getCurrent().navigate(DeckRoutes.deck(gone));

		ButtonKt._click(_get(Button.class, spec -> spec.withId("delete-deck")));
		ConfirmDialog confirm = _get(ConfirmDialog.class);
		assertThat(ConfirmDialogKt._getText(confirm)).contains("gone for good");
		ConfirmDialogKt._fireConfirm(confirm);

		assertThat(this.decks.decks()).extracting(DeckSummary::id).containsExactly(kept);
		_get(MyDecksView.class);
	}

	@Test
	void my_decks_lists_how_much_of_each_deck_is_mastered() {
		String id = this.decks.newDeck("Words");
		this.decks.addCard(id, "dog", "Hund");
		this.decks.addCard(id, "cat", "Katze");
		UI.getCurrent().navigate("decks");
		@SuppressWarnings("unchecked")
		com.vaadin.flow.component.grid.Grid<DeckSummary> grid = _get(com.vaadin.flow.component.grid.Grid.class,
				spec -> spec.withId("decks"));
		assertThat(GridKt._getFormatted(grid, 0, "mastered")).isEqualTo("mastered 0 of 2");
	}

	@Test
	void someone_elses_deck_is_not_found() {
		String id = this.decks.newDeck("Mine");
		logInALearner();
		UI.getCurrent().navigate(DeckRoutes.deck(id));
		assertThat(_get(DeckView.class).getElement().getTextRecursively()).contains("No such deck");
	}

}
