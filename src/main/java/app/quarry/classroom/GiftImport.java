package app.quarry.classroom;

import app.quarry.classroom.moodle.GiftProblem;
import java.util.List;

/**
 * What importing a GIFT file did: how many drafts were added, how many were already in
 * the bank, and, when the file had problems, each problem with its line (then nothing was
 * added).
 */
public record GiftImport(int added, int alreadyPresent, List<GiftProblem> problems) {

	public GiftImport {
		problems = List.copyOf(problems);
	}

}
