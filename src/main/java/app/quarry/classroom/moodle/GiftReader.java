package app.quarry.classroom.moodle;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads Moodle GIFT: multiple choice, true/false, short answer (also "missing word", read
 * as a cloze prompt with a blank), single-number numerical, and descriptions with an
 * "Answer: …" line (flashcards). Essay, matching, numeric ranges and partial credit have
 * no Quarry format and are reported as problems naming the line, as is any malformed
 * question.
 */
public final class GiftReader {

	static final String BLANK = "_____";

	private GiftReader() {
	}

	public static GiftParse read(String gift) {
		List<PortableQuestion> questions = new ArrayList<>();
		List<Integer> starts = new ArrayList<>();
		List<GiftProblem> problems = new ArrayList<>();
		String[] lines = gift.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
		StringBuilder paragraph = new StringBuilder();
		int start = 0;
		for (int i = 0; i <= lines.length; i++) {
			String line = (i < lines.length) ? lines[i] : "";
			String trimmed = line.strip();
			if (trimmed.startsWith("//") || trimmed.startsWith("$CATEGORY:")) {
				continue;
			}
			if (trimmed.isEmpty()) {
				if (!paragraph.isEmpty()) {
					try {
						questions.add(GiftQuestionReader.read(paragraph.toString().strip(), start));
						starts.add(start);
					}
					catch (GiftQuestionReader.Malformed ex) {
						problems.add(new GiftProblem(ex.line, ex.getMessage()));
					}
					paragraph.setLength(0);
				}
				continue;
			}
			if (paragraph.isEmpty()) {
				start = i + 1;
				if (i == 0 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
					line = line.substring(1);
				}
			}
			else {
				paragraph.append('\n');
			}
			paragraph.append(line);
		}
		if (questions.isEmpty() && problems.isEmpty()) {
			problems.add(new GiftProblem(1, "the file holds no GIFT questions"));
		}
		return new GiftParse(questions, starts, problems);
	}

}
