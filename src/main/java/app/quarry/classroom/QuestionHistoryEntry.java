package app.quarry.classroom;

import app.quarry.bank.QuestionVersion;
import java.util.List;

/**
 * One line of a question's version history for teachers.
 *
 * @param version the version as it was shown and graded
 * @param madeBy the name of the teacher who wrote, imported or edited it, or "bank
 * import"
 * @param changed the fields that differ from the version before (empty for the first)
 */
public record QuestionHistoryEntry(QuestionVersion version, String madeBy, List<String> changed) {

	public QuestionHistoryEntry {
		changed = List.copyOf(changed);
	}

}
