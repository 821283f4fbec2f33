package app.quarry.classroom.ui;

import app.quarry.bank.QuestionId;
import static app.quarry.classroom.ClassroomTestSupport.newActor;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.account.Role;
import app.quarry.bank.QuestionFilter;
import app.quarry.bank.QuestionStatus;
import app.quarry.bank.StoredQuestion;
import app.quarry.classroom.Actor;
import app.quarry.classroom.QuestionReviewService;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reviewing drafts many at a time: select, approve or retire in one step; the filters are
 * remembered; an empty list says what to do; teachers read labels, not stored values.
 */
class QuestionBulkReviewViewTest extends ClassroomViewTest {

	@Autowired
	QuestionReviewService review;

	private Actor teacher;

	private List<String> drafts;

	@BeforeEach
	void a_teacher_has_three_imported_drafts() {
		this.teacher = newActor(this.accounts, "Bulk Teacher", Role.TEACHER);
		String unique = Long.toString(System.nanoTime());
		this.review.importGift(this.teacher, "bulk.gift", """
				::one:: Which river flows through Seoul (%1$s)? {=Han ~Taedong ~Yalu}

				::two:: Seoul is the capital of South Korea (%1$s). {T}

				::three:: Name the river through Pyongyang (%1$s). {=Taedong}
				""".formatted(unique));
		logIn(this.teacher);
		UI.getCurrent().navigate("teach/questions", QueryParameters.simple(Map.of("status", "draft")));
		this.drafts = new ArrayList<>();
		Grid<StoredQuestion> grid = grid();
		for (int row = 0; row < GridKt._size(grid); row++) {
			StoredQuestion q = GridKt._get(grid, row);
			if (q.question().prompt().contains(unique)) {
				this.drafts.add(q.question().id());
			}
		}
		assertThat(this.drafts).hasSize(3);
	}

	@Test
	void two_selected_drafts_are_approved_in_one_step_and_leave_the_drafts_list() {
		Grid<StoredQuestion> grid = grid();
		rows(grid).stream()
			.filter(q -> !q.question().id().equals(this.drafts.get(2)))
			.filter(this::ours)
			.forEach(grid::select);
		assertThat(_get(Span.class, spec -> spec.withId("review-selected")).getText()).isEqualTo("2 selected");

		ButtonKt._click(_get(Button.class, spec -> spec.withId("approve-selected")));

		assertThat(_get(Span.class, spec -> spec.withId("review-outcome")).getText())
			.isEqualTo("2 questions approved.");
		assertThat(this.review.find(this.teacher, QuestionId.of(this.drafts.get(0))).orElseThrow().status())
			.isEqualTo(QuestionStatus.APPROVED);
		assertThat(this.review.find(this.teacher, QuestionId.of(this.drafts.get(1))).orElseThrow().status())
			.isEqualTo(QuestionStatus.APPROVED);
		assertThat(this.review.find(this.teacher, QuestionId.of(this.drafts.get(2))).orElseThrow().status())
			.isEqualTo(QuestionStatus.DRAFT);
		assertThat(rows(grid()).stream().filter(this::ours).map(q -> q.question().id()))
			.containsExactly(this.drafts.get(2));
	}

	@Test
	@SuppressWarnings("unchecked")
	void every_listed_draft_is_selected_at_once_though_the_list_is_read_a_page_at_a_time() {
		GridMultiSelectionModel<StoredQuestion> selection = (GridMultiSelectionModel<StoredQuestion>) grid()
			.getSelectionModel();
		assertThat(selection.isSelectAllCheckboxVisible()).isTrue();

		selection.selectAll();

		assertThat(grid().getSelectedItems())
			.hasSize((int) this.review.countWithStatus(this.teacher, QuestionStatus.DRAFT, QuestionFilter.ANY));
		assertThat(_get(Span.class, spec -> spec.withId("review-selected")).getText()).endsWith(" selected");
	}

	@Test
	void selected_drafts_are_retired_in_one_step() {
		Grid<StoredQuestion> grid = grid();
		rows(grid).stream().filter(this::ours).forEach(grid::select);

		ButtonKt._click(_get(Button.class, spec -> spec.withId("retire-selected")));

		assertThat(_get(Span.class, spec -> spec.withId("review-outcome")).getText()).isEqualTo("3 questions retired.");
		assertThat(this.drafts)
			.allSatisfy(id -> assertThat(this.review.find(this.teacher, QuestionId.of(id)).orElseThrow().status())
				.isEqualTo(QuestionStatus.RETIRED));
	}

	@Test
	@SuppressWarnings("unchecked")
	void the_status_chosen_is_kept_in_the_address_and_found_again_through_the_menu() {
		HasValueUtilsKt._setValue(_get(Select.class), QuestionStatus.RETIRED);
		UI.getCurrent().navigate("");
		UI.getCurrent().navigate("teach/questions");

		assertThat(_get(Select.class).getValue()).isEqualTo(QuestionStatus.RETIRED);
	}

	@Test
	void an_empty_list_says_what_to_do_instead_of_showing_an_empty_grid() {
		UI.getCurrent()
			.navigate("teach/questions", QueryParameters
				.simple(Map.of("status", "retired", "document", "2018-09-10-correspondence-resumes")));

		assertThat(_find(Grid.class, spec -> spec.withId("review-grid"))).as("no empty grid").isEmpty();
		assertThat(_get(Paragraph.class, spec -> spec.withId("review-empty")).getText())
			.startsWith("No retired questions from this document.");
	}

	@Test
	@SuppressWarnings("unchecked")
	void teachers_read_labels_not_stored_values_or_ids() {
		Select<QuestionStatus> status = _get(Select.class);
		assertThat(status.getItemLabelGenerator().apply(QuestionStatus.DRAFT)).isEqualTo("Draft");
		Grid<StoredQuestion> grid = grid();
		for (StoredQuestion q : rows(grid).stream().filter(this::ours).toList()) {
			for (Grid.Column<StoredQuestion> column : grid.getColumns()) {
				// the link's address may hold the id; what is read is its text
				String cell = GridKt._getFormatted(column, q).replaceAll("href='[^']*'", "");
				assertThat(cell).doesNotContain("multiple_choice", "true_false", "DRAFT", "imported")
					.doesNotContainPattern("q-[0-9a-f]{12}");
			}
		}
		assertThat(rows(grid).stream().filter(this::ours).map(q -> GridKt._getFormatted(grid.getColumns().get(2), q)))
			.containsExactlyInAnyOrder("Multiple choice", "True or false", "Typed answer");
	}

	@Test
	void exports_name_questions_by_their_text_not_by_their_id() {
		String gift = this.review.exportGift(this.teacher, this.drafts.stream().map(QuestionId::of).toList());
		String xml = this.review.exportMoodleXml(this.teacher, this.drafts.stream().map(QuestionId::of).toList());

		assertThat(gift).contains("::Which river flows through Seoul").doesNotContainPattern("q-[0-9a-f]{12}");
		assertThat(xml).contains("<text>Which river flows through Seoul").doesNotContainPattern("q-[0-9a-f]{12}");
	}

	private boolean ours(StoredQuestion q) {
		return this.drafts.contains(q.question().id());
	}

	@SuppressWarnings("unchecked")
	private static Grid<StoredQuestion> grid() {
		return _get(Grid.class, spec -> spec.withId("review-grid"));
	}

	private static List<StoredQuestion> rows(Grid<StoredQuestion> grid) {
		List<StoredQuestion> rows = new ArrayList<>();
		for (int row = 0; row < GridKt._size(grid); row++) {
			rows.add(GridKt._get(grid, row));
		}
		return rows;
	}

}
