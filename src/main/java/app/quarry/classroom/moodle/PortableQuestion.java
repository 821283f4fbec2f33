package app.quarry.classroom.moodle;

import java.util.List;

/**
 * A question as Moodle can hold it.
 *
 * @param name short title (GIFT {@code ::name::}, XML {@code <name>})
 * @param kind Moodle's question type
 * @param prompt the question text, plain text
 * @param answer the correct answer; for true/false "true" or "false"
 * @param accepted every answer accepted for a short answer (the answer first); empty
 * otherwise
 * @param options for multiple choice every choice shown, the answer among them; empty
 * otherwise
 */
public record PortableQuestion(String name, Kind kind, String prompt, String answer, List<String> accepted,
		List<String> options) {

	public PortableQuestion {
		accepted = List.copyOf(accepted);
		options = List.copyOf(options);
	}

	/**
	 * Moodle question types Quarry's formats map to: multiple choice ↔ MULTIPLE_CHOICE,
	 * true/false ↔ TRUE_FALSE, typed and cloze ↔ SHORT_ANSWER, flashcard ↔ DESCRIPTION
	 * (the answer written on a last line "Answer: …", since a Moodle description has
	 * none).
	 */
	public enum Kind {

		MULTIPLE_CHOICE, TRUE_FALSE, SHORT_ANSWER, DESCRIPTION

	}

}
