package app.quarry.bank;

import app.quarry.base.ShownText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader and writer for the bank file. Written here rather than taken from a
 * library so that the output layout (two-space indent, key order as given, "\n" line
 * ends) never changes with a library upgrade: the committed bank is compared byte for
 * byte. Values are {@code Map<String,Object>} (insertion-ordered), {@code List<Object>},
 * {@code String}, {@code Long}, {@code Double}, {@code Boolean} and {@code null}.
 */
final class JsonText {

	private final String text;

	/**
	 * Deeper than any bank is nested; the reader recurses per level, so a file of
	 * thousands of brackets must be refused before it exhausts the stack.
	 */
	static final int MAX_DEPTH = 64;

	private int pos;

	private int depth;

	private JsonText(String text) {
		this.text = text;
	}

	/** Parses a whole JSON document; errors name the line and column. */
	static Object parse(String text) {
		JsonText reader = new JsonText(text);
		reader.skipSpace();
		Object value = reader.value();
		reader.skipSpace();
		if (reader.pos < text.length()) {
			throw reader.error("unexpected text after the end of the JSON value");
		}
		return value;
	}

	private Object value() {
		if (this.pos >= this.text.length()) {
			throw error("unexpected end of file");
		}
		char c = this.text.charAt(this.pos);
		return switch (c) {
			case '{' -> object();
			case '[' -> array();
			case '"' -> string();
			case 't' -> literal("true", Boolean.TRUE);
			case 'f' -> literal("false", Boolean.FALSE);
			case 'n' -> literal("null", null);
			default -> {
				if (c == '-' || Character.isDigit(c)) {
					yield number();
				}
				throw error("unexpected character " + shown(c));
			}
		};
	}

	private Map<String, Object> object() {
		Map<String, Object> map = new LinkedHashMap<>();
		deeper();
		this.pos++;
		skipSpace();
		if (peek() == '}') {
			this.pos++;
			this.depth--;
			return map;
		}
		while (true) {
			skipSpace();
			if (peek() != '"') {
				throw error("expected a field name in double quotes");
			}
			String key = string();
			skipSpace();
			expect(':');
			skipSpace();
			map.put(key, value());
			skipSpace();
			if (peek() == ',') {
				this.pos++;
				continue;
			}
			expect('}');
			this.depth--;
			return map;
		}
	}

	private List<Object> array() {
		List<Object> list = new ArrayList<>();
		deeper();
		this.pos++;
		skipSpace();
		if (peek() == ']') {
			this.pos++;
			this.depth--;
			return list;
		}
		while (true) {
			skipSpace();
			list.add(value());
			skipSpace();
			if (peek() == ',') {
				this.pos++;
				continue;
			}
			expect(']');
			this.depth--;
			return list;
		}
	}

	private String string() {
		StringBuilder out = new StringBuilder();
		this.pos++;
		while (true) {
			if (this.pos >= this.text.length()) {
				throw error("unterminated string");
			}
			char c = this.text.charAt(this.pos++);
			if (c == '"') {
				return out.toString();
			}
			if (c == '\\') {
				out.append(escape());
			}
			else if (c < 0x20) {
				throw error("control character inside a string");
			}
			else {
				out.append(c);
			}
		}
	}

	private char escape() {
		if (this.pos >= this.text.length()) {
			throw error("unterminated string");
		}
		char c = this.text.charAt(this.pos++);
		return switch (c) {
			case '"', '\\', '/' -> c;
			case 'b' -> '\b';
			case 'f' -> '\f';
			case 'n' -> '\n';
			case 'r' -> '\r';
			case 't' -> '\t';
			case 'u' -> {
				if (this.pos + 4 > this.text.length()) {
					throw error("incomplete \\u escape");
				}
				try {
					char decoded = (char) Integer.parseInt(this.text.substring(this.pos, this.pos + 4), 16);
					this.pos += 4;
					yield decoded;
				}
				catch (NumberFormatException ex) {
					throw error("bad \\u escape");
				}
			}
			default -> throw error("bad escape '\\" + c + "'");
		};
	}

	private Object number() {
		int begin = this.pos;
		while (this.pos < this.text.length() && "+-0123456789.eE".indexOf(this.text.charAt(this.pos)) >= 0) {
			this.pos++;
		}
		String digits = this.text.substring(begin, this.pos);
		try {
			return digits.matches("-?\\d+") ? (Object) Long.valueOf(digits) : (Object) Double.valueOf(digits);
		}
		catch (NumberFormatException ex) {
			this.pos = begin;
			throw error("bad number '" + digits + "'");
		}
	}

	private Object literal(String word, Object value) {
		if (!this.text.startsWith(word, this.pos)) {
			throw error("unexpected word");
		}
		this.pos += word.length();
		return value;
	}

	private char peek() {
		if (this.pos >= this.text.length()) {
			throw error("unexpected end of file");
		}
		return this.text.charAt(this.pos);
	}

	private void expect(char c) {
		if (peek() != c) {
			throw error("expected '" + c + "' but found " + shown(peek()));
		}
		this.pos++;
	}

	private void deeper() {
		if (++this.depth > MAX_DEPTH) {
			throw error("nested deeper than " + MAX_DEPTH + " levels");
		}
	}

	/** A character as an error message can show it, invisible ones by their code. */
	private static String shown(char c) {
		String shown = ShownText.character(c);
		return shown.startsWith("U+") ? shown : "'" + shown + "'";
	}

	private void skipSpace() {
		while (this.pos < this.text.length() && Character.isWhitespace(this.text.charAt(this.pos))) {
			this.pos++;
		}
	}

	private BankFormatException error(String what) {
		int line = 1;
		int column = 1;
		for (int i = 0; i < Math.min(this.pos, this.text.length()); i++) {
			if (this.text.charAt(i) == '\n') {
				line++;
				column = 1;
			}
			else {
				column++;
			}
		}
		return new BankFormatException("not valid JSON at line " + line + ", column " + column + ": " + what);
	}

	/** Writes a value pretty-printed with two-space indents and "\n" line ends. */
	static String write(Object value) {
		StringBuilder out = new StringBuilder();
		write(value, out, "");
		return out.append('\n').toString();
	}

	private static void write(Object value, StringBuilder out, String indent) {
		if (value instanceof Map<?, ?> map) {
			if (map.isEmpty()) {
				out.append("{}");
				return;
			}
			out.append("{\n");
			int i = 0;
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				out.append(indent).append("  ");
				writeString(entry.getKey().toString(), out);
				out.append(": ");
				write(entry.getValue(), out, indent + "  ");
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
				out.append(indent).append("  ");
				write(list.get(i), out, indent + "  ");
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
			out.append(s, run, i);
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
		out.append(s, run, s.length());
		out.append('"');
	}

}
