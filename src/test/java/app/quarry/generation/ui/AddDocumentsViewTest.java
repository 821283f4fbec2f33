package app.quarry.generation.ui;

import static app.quarry.generation.upload.UploadFixtures.file;
import static app.quarry.generation.upload.UploadFixtures.freshSummitLetter;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.quarry.BrowserlessUi;
import app.quarry.account.AccountService;
import app.quarry.account.Role;
import app.quarry.bank.BankService;
import app.quarry.bank.QuestionFilter;
import app.quarry.bank.QuestionStatus;
import app.quarry.corpus.DocumentCheck;
import app.quarry.generation.upload.UploadFixtures;
import app.quarry.generation.upload.UploadSpringTest;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The teacher's page without a browser: upload good and bad files, correct a title, add,
 * watch the progress by polling and read the summary.
 */
@UploadSpringTest
class AddDocumentsViewTest {

	static final String REFUSED = "empty.txt: is empty\n"
			+ "latin1.txt: is not valid UTF-8 text (save it as UTF-8 and try again)\n"
			+ "big.txt: is too large (2097153 bytes; the limit is 2097152 bytes, 2 MiB)\n"
			+ "huge.txt: is too large (the limit is 2097152 bytes, 2 MiB)";

	@Autowired
	ApplicationContext context;

	@Autowired
	AccountService accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	BankService bank;

	@BeforeEach
	void start() {
		BrowserlessUi.start(this.context);
	}

	@AfterEach
	void stop() {
		BrowserlessUi.stop();
	}

	@Test
	void a_teacher_uploads_corrects_adds_and_reads_the_summary_of_drafts_and_refused_files() throws Exception {
		logIn(Role.TEACHER);
		UI.getCurrent().navigate("teach/documents/add");
		Upload upload = _get(Upload.class, spec -> spec.withId("document-upload"));

		UploadKt._upload(upload, "summit-letter.md", freshSummitLetter("view"));
		UploadKt._upload(upload, "empty.txt", file("empty.txt"));
		UploadKt._upload(upload, "latin1.txt", file("latin1.txt"));
		// past the browser's own limit (a client that ignores it): the server cuts it off
		UploadKt._upload(upload, "big.txt", new byte[DocumentCheck.MAX_BYTES + 1]);
		ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, "File is Too Big.", "huge.txt"));
		MockVaadin.runUIQueue();

		TextField title = _get(TextField.class, spec -> spec.withId("document-title-0"));
		assertThat(title.getValue()).isEqualTo("Kim sends Trump a third letter before the Hanoi summit");
		assertThat(_get(DatePicker.class, spec -> spec.withId("document-date-0")).getValue())
			.isEqualTo(LocalDate.of(2019, 2, 20));
		assertThat(texts("refused-files")).isEqualTo(REFUSED);

		_setValue(title, "Kim's third letter");
		_click(_get(Button.class, spec -> spec.withId("add-documents")));
		assertThat(_get(Div.class, spec -> spec.withId("generation-progress-panel")).isVisible()).isTrue();
		assertThat(UI.getCurrent().getPollInterval()).isEqualTo(AddDocumentsView.POLL_MILLIS);
		pollUntilSummary();

		String documentId = "upload-2019-02-20-kim-s-third-letter";
		int drafts = this.bank.withStatus(QuestionStatus.DRAFT, new QuestionFilter(null, null, documentId, null))
			.size();
		assertThat(drafts).isPositive();
		assertThat(_get(Paragraph.class, spec -> spec.withId("summary-total")).getText())
			.isEqualTo(drafts + " questions added as drafts from 1 document.");
		assertThat(texts("summary-by-type")).contains("count: ", "date: ", "person: ", "quote: ");
		assertThat(texts("summary-by-format")).contains("multiple choice: ", "typed: ", "true/false: ");
		assertThat(texts("summary-refused")).isEqualTo(REFUSED);
		assertThat(_get(Anchor.class, spec -> spec.withId("review-" + documentId)).getHref())
			.isEqualTo("teach/questions?status=DRAFT&document=" + documentId);
		assertThat(_get(ProgressBar.class, spec -> spec.withId("generation-progress")).getValue()).isEqualTo(100);
		assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
	}

	@Test
	void a_student_cannot_open_the_page() {
		logIn(Role.STUDENT);
		assertThatThrownBy(() -> UI.getCurrent().navigate("teach/documents/add"))
			.isInstanceOf(MockAccessDeniedException.class);
	}

	private void logIn(Role role) {
		String login = UploadFixtures.logInNew(this.accounts, role);
		BrowserlessUi.logIn(this.users.loadUserByUsername(login));
	}

	/**
	 * Fires the browser's polls until the summary shows (the job runs in the background).
	 */
	private static void pollUntilSummary() throws InterruptedException {
		// the summary is hidden until then, and locators find visible components only
		Component summary = byId(UI.getCurrent(), "generation-summary");
		for (int i = 0; i < 1800 && !summary.isVisible(); i++) {
			Thread.sleep(100);
			ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
		}
		assertThat(summary.isVisible()).as("summary shown").isTrue();
	}

	private static Component byId(Component root, String id) {
		if (id.equals(root.getId().orElse(null))) {
			return root;
		}
		return root.getChildren()
			.map(child -> byId(child, id))
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	private static String texts(String listId) {
		UnorderedList list = _get(UnorderedList.class, spec -> spec.withId(listId));
		return String.join("\n", list.getChildren().map(item -> item.getElement().getText()).toList());
	}

}
