package app.quarry.bank;

import app.quarry.base.ShownText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader for the bank file, the counterpart of {@link JsonTextWriter}: it
 * names the line and column of what is wrong, and refuses nesting deeper than
 * {@value #MAX_DEPTH}. Values are {@code Map<String,Object>} (insertion-ordered),
 * {@code List<Object>}, {@code String}, {@code Long}, {@code Double}, {@code Boolean} and
 * {@code null}.
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

}
