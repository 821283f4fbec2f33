package app.quarry.classroom.moodle;

import java.util.List;

/**
 * What reading a GIFT file gave: the questions it could read and the problems it found.
 * An import takes the questions only when there are no problems, so a bad file changes
 * nothing.
 *
 * @param lines the 1-based line each of {@code questions} starts on, in the same order
 */
public record GiftParse(List<PortableQuestion> questions, List<Integer> lines, List<GiftProblem> problems) {

	public GiftParse {
		questions = List.copyOf(questions);
		lines = List.copyOf(lines);
		problems = List.copyOf(problems);
		if (lines.size() != questions.size()) {
			throw new IllegalArgumentException("one line per question");
		}
	}

	public boolean ok() {
		return this.problems.isEmpty();
	}

}
