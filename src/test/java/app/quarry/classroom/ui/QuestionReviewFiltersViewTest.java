package app.quarry.classroom.ui;

import static app.quarry.classroom.ClassroomTestSupport.loginOf;
import static app.quarry.classroom.ClassroomTestSupport.newActor;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.BrowserlessUi;
import app.quarry.account.Role;
import app.quarry.bank.QuestionStatus;
import app.quarry.bank.StoredQuestion;
import app.quarry.classroom.Actor;
import app.quarry.corpus.DocumentTitle;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The review page's filters, and the link an added document's summary gives to them. */
class QuestionReviewFiltersViewTest extends ClassroomViewTest {

	static final String DOCUMENT = "2018-09-10-correspondence-resumes";

	@BeforeEach
	void log_in_as_a_teacher() {
		Actor teacher = newActor(this.accounts, "Filter Teacher", Role.TEACHER);
		BrowserlessUi.logIn(this.users.loadUserByUsername(loginOf(teacher)));
	}

	@Test
	@SuppressWarnings("unchecked")
	void status_and_document_in_the_link_preselect_the_filters_and_the_list_follows_them() {
		UI.getCurrent()
			.navigate("teach/questions", QueryParameters.simple(Map.of("status", "approved", "document", DOCUMENT)));

		assertThat(_get(Select.class).getValue()).isEqualTo(QuestionStatus.APPROVED);
		assertThat(((DocumentTitle) _get(ComboBox.class, spec -> spec.withLabel("Document")).getValue()).id())
			.isEqualTo(DOCUMENT);
		Grid<StoredQuestion> grid = _get(Grid.class);
		assertThat(GridKt._size(grid)).isPositive();
		for (int row = 0; row < GridKt._size(grid); row++) {
			StoredQuestion q = GridKt._get(grid, row);
			assertThat(q.question().source().document()).isEqualTo(DOCUMENT);
			assertThat(q.status()).isEqualTo(QuestionStatus.APPROVED);
		}
	}

	@Test
	void an_unknown_status_or_document_in_the_link_leaves_the_filters_at_drafts_of_any_document() {
		UI.getCurrent()
			.navigate("teach/questions",
					QueryParameters.simple(Map.of("status", "PUBLISHED", "document", "no-such-document")));

		assertThat(_get(Select.class).getValue()).isEqualTo(QuestionStatus.DRAFT);
		assertThat(_get(ComboBox.class, spec -> spec.withLabel("Document")).getValue()).isNull();
	}

}
