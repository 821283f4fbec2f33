package app.quarry.classroom.moodle;

import app.quarry.classroom.moodle.PortableQuestion.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads one GIFT question (one paragraph) starting at a known line of the file. */
final class GiftQuestionReader {

	private final String raw;

	private final int firstLine;

	private GiftQuestionReader(String raw, int firstLine) {
		this.raw = raw;
		this.firstLine = firstLine;
	}

	static PortableQuestion read(String raw, int firstLine) {
		return new GiftQuestionReader(raw, firstLine).read();
	}

	private PortableQuestion read() {
		int at = 0;
		String name = null;
		if (this.raw.startsWith("::")) {
			int close = find("::", 2);
			if (close < 0) {
				throw malformed(0, "the title opened with :: is never closed");
			}
			name = unescape(this.raw.substring(2, close)).strip();
			at = close + 2;
		}
		String rest = this.raw.substring(at).stripLeading();
		at = this.raw.length() - rest.length();
		if (rest.startsWith("[")) {
			int close = rest.indexOf(']');
			at += (close > 0) ? close + 1 : 0;
		}
		int open = find("{", at);
		if (open < 0) {
			return description(name, unescape(this.raw.substring(at)).strip());
		}
		int close = find("}", open + 1);
		if (close < 0) {
			throw malformed(open, "the answer block opened with { is never closed");
		}
		if (find("{", open + 1) >= 0 && find("{", open + 1) < close) {
			throw malformed(open, "an answer block holds another {; write \\{ for a literal brace");
		}
		String before = unescape(this.raw.substring(at, open)).strip();
		String after = unescape(this.raw.substring(close + 1)).strip();
		if (find("{", close + 1) >= 0) {
			throw malformed(find("{", close + 1), "a question may have only one answer block");
		}
		String prompt = after.isEmpty() ? before : before + " " + GiftReader.BLANK + " " + after;
		if (prompt.isEmpty()) {
			throw malformed(0, "the question has no text before its answer block");
		}
		return answers(name(name, prompt), prompt, this.raw.substring(open + 1, close).strip(), open);
	}

	private PortableQuestion description(String name, String text) {
		int answerAt = text.lastIndexOf("\n" + GiftWriter.ANSWER_LINE);
		if (answerAt < 0) {
			throw malformed(0, "a question has no answer block {...} and no last line \"" + GiftWriter.ANSWER_LINE
					+ "...\"; Quarry cannot use a question without an answer");
		}
		String prompt = text.substring(0, answerAt).strip();
		String answer = text.substring(answerAt + 1 + GiftWriter.ANSWER_LINE.length()).strip();
		return new PortableQuestion(name(name, prompt), Kind.DESCRIPTION, prompt, answer, List.of(), List.of());
	}

	private PortableQuestion answers(String name, String prompt, String block, int open) {
		if (block.isEmpty()) {
			throw malformed(open, "an empty answer block {} is an essay question, which Quarry cannot grade");
		}
		String upper = stripFeedback(block).strip().toUpperCase(Locale.ROOT);
		if (List.of("T", "TRUE", "F", "FALSE").contains(upper)) {
			String answer = upper.startsWith("T") ? "true" : "false";
			return new PortableQuestion(name, Kind.TRUE_FALSE, prompt, answer, List.of(), List.of());
		}
		if (block.startsWith("#")) {
			String number = stripFeedback(block.substring(1)).strip();
			if (!number.matches("-?\\d+(\\.\\d+)?")) {
				throw malformed(open, "numerical answer \"" + number
						+ "\" is not a single number (ranges and tolerances are not supported)");
			}
			return new PortableQuestion(name, Kind.SHORT_ANSWER, prompt, number, List.of(number), List.of());
		}
		if (block.charAt(0) != '=' && block.charAt(0) != '~') {
			throw malformed(open, "an answer block must start with = or ~, found \"" + block.charAt(0) + "\"");
		}
		return choices(name, prompt, block, open);
	}

	private PortableQuestion choices(String name, String prompt, String block, int open) {
		List<String> right = new ArrayList<>();
		List<String> all = new ArrayList<>();
		boolean anyWrong = false;
		int i = 0;
		while (i < block.length()) {
			char marker = block.charAt(i);
			int end = i + 1;
			while (end < block.length() && block.charAt(end) != '=' && block.charAt(end) != '~') {
				end += (block.charAt(end) == '\\') ? 2 : 1;
			}
			end = Math.min(end, block.length());
			String entry = block.substring(i + 1, end).strip();
			if (entry.contains("->")) {
				throw malformed(open, "matching questions (->) are not supported");
			}
			boolean correct = marker == '=';
			if (entry.startsWith("%")) {
				int close = entry.indexOf('%', 1);
				String weight = (close > 0) ? entry.substring(1, close) : "";
				if (!weight.equals("100")) {
					throw malformed(open, "partial credit (%" + weight + "%) is not supported; mark one answer with =");
				}
				correct = true;
				entry = entry.substring(close + 1);
			}
			String text = unescape(stripFeedback(entry)).strip();
			if (text.isEmpty()) {
				throw malformed(open, "an answer after " + marker + " is empty");
			}
			anyWrong |= !correct;
			if (correct) {
				right.add(text);
			}
			all.add(text);
			i = end;
		}
		if (!anyWrong) {
			return new PortableQuestion(name, Kind.SHORT_ANSWER, prompt, right.get(0), right, List.of());
		}
		if (right.size() != 1) {
			throw malformed(open,
					"a multiple-choice question needs exactly one right answer marked =, found " + right.size());
		}
		return new PortableQuestion(name, Kind.MULTIPLE_CHOICE, prompt, right.get(0), List.of(), all);
	}

	private static String name(String name, String prompt) {
		if (name != null && !name.isEmpty()) {
			return name;
		}
		return (prompt.length() <= 60) ? prompt : prompt.substring(0, 60).strip() + "…";
	}

	/** Drops GIFT feedback: everything after the first unescaped #. */
	private static String stripFeedback(String entry) {
		for (int i = 0; i < entry.length(); i++) {
			if (entry.charAt(i) == '\\') {
				i++;
			}
			else if (entry.charAt(i) == '#') {
				return entry.substring(0, i);
			}
		}
		return entry;
	}

	/** Index of the first unescaped occurrence of token at or after from, or -1. */
	private int find(String token, int from) {
		for (int i = from; i < this.raw.length(); i++) {
			if (this.raw.charAt(i) == '\\') {
				i++;
			}
			else if (this.raw.startsWith(token, i)) {
				return i;
			}
		}
		return -1;
	}

	static String unescape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\' && i + 1 < text.length()) {
				char next = text.charAt(++i);
				out.append((next == 'n') ? '\n' : next);
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	private Malformed malformed(int offset, String message) {
		int line = this.firstLine;
		for (int i = 0; i < offset && i < this.raw.length(); i++) {
			line += (this.raw.charAt(i) == '\n') ? 1 : 0;
		}
		return new Malformed(line, message);
	}

	static final class Malformed extends RuntimeException {

		final int line;

		Malformed(int line, String message) {
			super(message);
			this.line = line;
		}

	}

}
