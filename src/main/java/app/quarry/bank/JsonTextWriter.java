package app.quarry.bank;

import java.util.List;
import java.util.Map;

/**
 * Writes the bank file's JSON. Written here rather than taken from a library so that the
 * output layout (two-space indent, key order as given, "\n" line ends) never changes with
 * a library upgrade: the committed bank is compared byte for byte. Values are as
 * {@link JsonText} reads them.
 */
final class JsonTextWriter {

	private JsonTextWriter() {
	}

	/** Indents by depth, made once: a bank writes one before every field and item. */
	private static final String[] INDENTS = new String[32];

	static {
		for (int depth = 0; depth < INDENTS.length; depth++) {
			INDENTS[depth] = "  ".repeat(depth);
		}
	}

	/** Writes a value pretty-printed with two-space indents and "\n" line ends. */
	static String write(Object value) {
		StringBuilder out = new StringBuilder();
		write(value, out, 0);
		return out.append('\n').toString();
	}

	private static String indent(int depth) {
		return depth < INDENTS.length ? INDENTS[depth] : "  ".repeat(depth);
	}

	private static void write(Object value, StringBuilder out, int depth) {
		String indent = indent(depth);
		String inner = indent(depth + 1);
		if (value instanceof Map<?, ?> map) {
			if (map.isEmpty()) {
				out.append("{}");
				return;
			}
			out.append("{\n");
			int i = 0;
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				out.append(inner);
				writeString(entry.getKey().toString(), out);
				out.append(": ");
				write(entry.getValue(), out, depth + 1);
				out.append(++i < map.size() ? ",\n" : "\n");
			}
			out.append(indent).append('}');
		}
		else if (value instanceof List<?> list) {
			if (list.isEmpty()) {
				out.append("[]");
				return;
			}
			out.append("[\n");
			for (int i = 0; i < list.size(); i++) {
				out.append(inner);
				write(list.get(i), out, depth + 1);
				out.append(i + 1 < list.size() ? ",\n" : "\n");
			}
			out.append(indent).append(']');
		}
		else if (value instanceof String s) {
			writeString(s, out);
		}
		else {
			out.append(value);
		}
	}

	private static void writeString(String s, StringBuilder out) {
		out.append('"');
		// runs that need no escape are copied whole: a bank is mostly such text, and a
		// char at a time was most of writing it
		int run = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c >= 0x20 && c != '"' && c != '\\') {
				continue;
			}
			appendRange(s, run, i, out);
			run = i + 1;
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append("\\u00")
							.append(Character.forDigit(c >> 4, 16))
							.append(Character.forDigit(c & 0xf, 16));
					}
				}
			}
		}
		if (run == 0) {
			// a string with nothing to escape is appended whole, which copies it in bulk
			// (a range of it is copied a char at a time once the text holds any
			// non-Latin-1 char)
			out.append(s);
		}
		else {
			appendRange(s, run, s.length(), out);
		}
		out.append('"');
	}

	/**
	 * Appends part of a string. A longer part is cut out first: a bank's builder holds
	 * non-Latin-1 text ("’", "—") early on, and a range of a Latin-1 string is then
	 * copied into it a char at a time, where a whole string is widened in bulk.
	 */
	private static void appendRange(String s, int from, int to, StringBuilder out) {
		if (to - from > 16) {
			out.append(s.substring(from, to));
		}
		else {
			out.append(s, from, to);
		}
	}

}
