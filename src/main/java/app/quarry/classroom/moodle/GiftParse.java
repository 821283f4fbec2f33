package app.quarry.classroom.moodle;

import java.util.List;

/**
 * What reading a GIFT file gave: the questions it could read and the problems it found.
 * An import takes the questions only when there are no problems, so a bad file changes
 * nothing.
 */
public record GiftParse(List<PortableQuestion> questions, List<GiftProblem> problems) {

	public GiftParse {
		questions = List.copyOf(questions);
		problems = List.copyOf(problems);
	}

	public boolean ok() {
		return this.problems.isEmpty();
	}

}
