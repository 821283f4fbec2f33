package app.quarry.classroom.ui;

import app.quarry.bank.QuestionVersion;
import app.quarry.classroom.QuestionHistoryEntry;
import com.vaadin.flow.component.grid.Grid;
import java.time.ZoneId;
import java.util.List;

/**
 * A question's versions, newest first: when and by whom each was made, what it changed
 * from the one before, and what it asked, answered and accepted.
 */
class VersionHistoryGrid extends Grid<QuestionHistoryEntry> {

	VersionHistoryGrid(List<QuestionHistoryEntry> history, ZoneId zone) {
		setId("version-history");
		addColumn(e -> e.version().version()).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
		addColumn(e -> ShownTimes.format(e.version().createdAt(), zone)).setHeader("When").setAutoWidth(true);
		addColumn(QuestionHistoryEntry::madeBy).setHeader("By").setAutoWidth(true);
		addColumn(e -> e.changed().isEmpty() ? "first version" : String.join(", ", e.changed())).setHeader("Changed")
			.setAutoWidth(true);
		addColumn(e -> e.version().prompt()).setHeader("Question").setFlexGrow(3);
		addColumn(e -> e.version().answer()).setHeader("Answer");
		addColumn(e -> String.join(" · ", e.version().accepted())).setHeader("Accepted");
		addColumn(e -> String.join(" · ", e.version().options())).setHeader("Options");
		setTooltipGenerator(e -> tooltip(e.version()));
		setItems(history);
		setAllRowsVisible(true);
	}

	private static String tooltip(QuestionVersion v) {
		return v.prompt() + "\nAnswer: " + v.answer() + "\nAccepted: " + String.join(" · ", v.accepted())
				+ (v.options().isEmpty() ? "" : "\nOptions: " + String.join(" · ", v.options()));
	}

}
