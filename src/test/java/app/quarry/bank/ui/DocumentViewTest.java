package app.quarry.bank.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.BrowserlessUi;
import app.quarry.bank.BankQuestion;
import app.quarry.bank.BankService;
import app.quarry.bank.QuestionFilter;
import app.quarry.bank.StoredQuestion;
import app.quarry.classroom.ClassroomServicesTest;
import app.quarry.corpus.CorpusDocument;
import app.quarry.corpus.CorpusService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A question's source link opens its document at the sentence. (On the classroom test
 * application, which has the bundled bank and corpus.)
 */
class DocumentViewTest extends ClassroomServicesTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	BankService bank;

	@Autowired
	CorpusService corpus;

	@BeforeEach
	void startUi() {
		BrowserlessUi.start(this.context);
	}

	@AfterEach
	void stopUi() {
		BrowserlessUi.stop();
	}

	/** Follows a link with its query, as the browser does. */
	private static void open(String link) {
		String[] parts = link.split("\\?", 2);
		UI.getCurrent().navigate(parts[0], QueryParameters.fromString(parts[1]));
	}

	@Test
	void the_source_link_opens_the_document_on_its_sentence_quoted_and_marked_in_the_text() {
		BankQuestion question = this.bank.search(QuestionFilter.ANY, 0, 50)
			.stream()
			.map(StoredQuestion::question)
			.filter(q -> q.source().start() > 1000)
			.findFirst()
			.orElseThrow();
		open(DocumentView.link(question.source().document(), question.source().start(), question.source().end()));
		Paragraph quote = _get(Paragraph.class, spec -> spec.withClasses("source-sentence-quote"));
		assertThat(quote.getText()).isEqualTo(question.source().sentence());
		SourceText text = _get(SourceText.class);
		assertThat(text.getElement().getChild(1).getTag()).isEqualTo("mark");
		assertThat(text.getElement().getChild(1).getText()).isEqualTo(question.source().sentence());
	}

	@Test
	void an_uploaded_document_opened_without_a_log_in_shows_nothing_of_it() {
		SecurityContextHolder.clearContext();
		this.corpus.store(List.of(new CorpusDocument("upload-document-view-test", "A teacher's notes", null, null, null,
				"Private notes of a teacher.", "1".repeat(64))));
		open("documents/upload-document-view-test?sentence=0-7");
		assertThat(_get(H2.class).getText()).isEqualTo("No document upload-document-view-test");
		assertThat(_find(SourceText.class)).isEmpty();
	}

	@Test
	void a_visitor_who_is_not_logged_in_reaches_neither_the_bank_nor_a_question_by_its_address() {
		SecurityContextHolder.clearContext();
		StoredQuestion any = this.bank.search(QuestionFilter.ANY, 0, 1).get(0);
		UI.getCurrent().navigate("questions");
		assertThat(_find(QuestionBankView.class)).isEmpty();
		UI.getCurrent().navigate("questions/" + any.question().id());
		assertThat(_find(QuestionDetailView.class)).isEmpty();
		assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
			.noneMatch(text -> text.contains(any.question().answer()));
	}

}
