package app.quarry.classroom;

import app.quarry.bank.QuestionFormat;
import app.quarry.bank.QuestionType;
import app.quarry.base.Sha256;
import app.quarry.bank.BankQuestion;
import app.quarry.bank.Source;
import app.quarry.classroom.moodle.PortableQuestion;
import app.quarry.classroom.moodle.PortableQuestion.Kind;
import java.util.List;

/** Quarry's formats to Moodle's question types and back. */
final class MoodleMapping {

	/** The type given to imported questions, which were not generated from a fact. */
	static final String IMPORTED_TYPE = QuestionType.IMPORTED.bankName();

	private MoodleMapping() {
	}

	/** The longest question name, in characters, before it is cut at a word. */
	static final int NAME_LENGTH = 60;

	static PortableQuestion portable(BankQuestion q) {
		String name = name(q.prompt());
		return switch (QuestionFormat.of(q.format()).orElse(QuestionFormat.TYPED)) {
			case MULTIPLE_CHOICE ->
				new PortableQuestion(name, Kind.MULTIPLE_CHOICE, q.prompt(), q.answer(), List.of(), q.options());
			case TRUE_FALSE -> new PortableQuestion(name, Kind.TRUE_FALSE, q.prompt(),
					Boolean.toString(q.answer().equalsIgnoreCase("true")), List.of(), List.of());
			case FLASHCARD ->
				new PortableQuestion(name, Kind.DESCRIPTION, q.prompt(), q.answer(), List.of(), List.of());
			case TYPED, CLOZE ->
				new PortableQuestion(name, Kind.SHORT_ANSWER, q.prompt(), q.answer(), q.accepted(), List.of());
		};
	}

	/**
	 * The name Moodle lists a question by: the start of its text, as Moodle itself names
	 * an unnamed one, rather than the bank's id, which tells a teacher nothing.
	 */
	static String name(String prompt) {
		String text = prompt.strip().replaceAll("\\s+", " ");
		if (text.length() <= NAME_LENGTH) {
			return text;
		}
		int cut = text.lastIndexOf(' ', NAME_LENGTH);
		return text.substring(0, (cut > NAME_LENGTH / 2) ? cut : NAME_LENGTH) + "…";
	}

	/**
	 * A bank draft for an imported question; its source is where it sits in the imported
	 * file.
	 */
	static BankQuestion draft(PortableQuestion p, String documentId, String fileText) {
		QuestionFormat asked = switch (p.kind()) {
			case MULTIPLE_CHOICE -> QuestionFormat.MULTIPLE_CHOICE;
			case TRUE_FALSE -> QuestionFormat.TRUE_FALSE;
			case SHORT_ANSWER -> p.prompt().contains("_____") ? QuestionFormat.CLOZE : QuestionFormat.TYPED;
			case DESCRIPTION -> QuestionFormat.FLASHCARD;
		};
		String format = asked.bankName();
		String answer = (p.kind() == Kind.TRUE_FALSE) ? (p.answer().equals("true") ? "True" : "False") : p.answer();
		List<String> options = switch (p.kind()) {
			case MULTIPLE_CHOICE -> p.options();
			case TRUE_FALSE -> List.of("True", "False");
			default -> List.of();
		};
		List<String> accepted = p.accepted().isEmpty() ? List.of(answer) : p.accepted();
		Source source = source(p, documentId, fileText);
		return new BankQuestion(id(format, p.prompt(), answer), IMPORTED_TYPE, format, p.prompt(), answer, answer,
				accepted, options, null, source, List.of(source));
	}

	private static Source source(PortableQuestion p, String documentId, String fileText) {
		String probe = p.name().length() > 20 ? p.name().substring(0, 20) : p.name();
		int start = Math.max(0, fileText.indexOf(probe));
		int end = fileText.indexOf("\n\n", start);
		end = (end < 0) ? fileText.length() : end;
		end = Math.min(end, start + 3900);
		return new Source(documentId, start, end, fileText.substring(start, end));
	}

	/**
	 * A stable id from what the question asks, so importing the same file twice adds
	 * nothing.
	 */
	static String id(String format, String prompt, String answer) {
		return "q-" + Sha256.hex(format + "\n" + prompt + "\n" + answer).substring(0, 12);
	}

}
