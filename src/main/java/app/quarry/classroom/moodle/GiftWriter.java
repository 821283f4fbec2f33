package app.quarry.classroom.moodle;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes questions in Moodle's GIFT format, one question per paragraph. GIFT's control
 * characters ~ = # { } : and the backslash are escaped with a backslash, and line breaks
 * in text are written as \n, so any text survives the trip.
 */
public final class GiftWriter {

	static final String ANSWER_LINE = "Answer: ";

	private GiftWriter() {
	}

	public static String write(List<PortableQuestion> questions) {
		return questions.stream().map(GiftWriter::question).collect(Collectors.joining("\n\n", "", "\n"));
	}

	static String question(PortableQuestion question) {
		String head = "::" + escape(question.name()) + "::" + escape(question.prompt());
		return switch (question.kind()) {
			case MULTIPLE_CHOICE -> head + " {"
					+ question.options()
						.stream()
						.map(option -> (option.equals(question.answer()) ? "=" : "~") + escape(option))
						.collect(Collectors.joining(" "))
					+ "}";
			case TRUE_FALSE -> head + " {" + (Boolean.parseBoolean(question.answer()) ? "TRUE" : "FALSE") + "}";
			case SHORT_ANSWER -> head + " {"
					+ accepted(question).stream().map(answer -> "=" + escape(answer)).collect(Collectors.joining(" "))
					+ "}";
			case DESCRIPTION -> head + "\\n" + escape(ANSWER_LINE + question.answer());
		};
	}

	private static List<String> accepted(PortableQuestion question) {
		if (question.accepted().contains(question.answer())) {
			return question.accepted();
		}
		return java.util.stream.Stream
			.concat(java.util.stream.Stream.of(question.answer()), question.accepted().stream())
			.toList();
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 8);
		for (char c : text.toCharArray()) {
			switch (c) {
				case '\\', '~', '=', '#', '{', '}', ':' -> out.append('\\').append(c);
				case '\n' -> out.append("\\n");
				case '\r' -> {
					// line breaks are normalised to \n
				}
				default -> out.append(c);
			}
		}
		return out.toString();
	}

}
