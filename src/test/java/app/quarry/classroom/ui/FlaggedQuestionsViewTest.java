package app.quarry.classroom.ui;

import app.quarry.bank.QuestionId;
import app.quarry.account.LearnerId;
import static app.quarry.classroom.ClassroomTestSupport.loginOf;
import static app.quarry.classroom.ClassroomTestSupport.newActor;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.BrowserlessUi;
import app.quarry.account.Role;
import app.quarry.bank.StoredQuestion;
import app.quarry.classroom.Actor;
import app.quarry.srs.SrsService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Questions learners flagged from the study page, as their reviewers see them. */
class FlaggedQuestionsViewTest extends ClassroomViewTest {

	@Autowired
	SrsService srs;

	@Test
	@SuppressWarnings("unchecked")
	void the_review_list_says_how_many_learners_flagged_each_question() {
		Actor teacher = newActor(this.accounts, "Flag Teacher", Role.TEACHER);
		BrowserlessUi.logIn(this.users.loadUserByUsername(loginOf(teacher)));
		UI.getCurrent().navigate("teach/questions", QueryParameters.simple(Map.of("status", "approved")));
		Grid<StoredQuestion> grid = _get(Grid.class);
		String flaggedId = GridKt._get(grid, 0).question().id();
		Actor first = newActor(this.accounts, "Flagging Student");
		Actor second = newActor(this.accounts, "Other Flagging Student");
		this.srs.flag(LearnerId.of(first.userId()), QuestionId.of(flaggedId), true);
		this.srs.flag(LearnerId.of(second.userId()), QuestionId.of(flaggedId), true);

		UI.getCurrent().navigate("teach/questions", QueryParameters.simple(Map.of("status", "approved")));
		grid = _get(Grid.class);

		Grid.Column<StoredQuestion> flags = grid.getColumnByKey("flags");
		assertThat(flags.getHeaderText()).isEqualTo("Flagged by");
		assertThat(GridKt._getFormatted(flags, GridKt._get(grid, 0))).isEqualTo("2 learners");
		assertThat(GridKt._getFormatted(flags, GridKt._get(grid, 1))).isEmpty();
	}

}
