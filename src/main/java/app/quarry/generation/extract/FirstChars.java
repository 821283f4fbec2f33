package app.quarry.generation.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Puts before each alternative of a long alternation a look at the one character it can
 * begin with, so that the regex engine passes over an alternative that cannot match at a
 * word in one step instead of working through its own alternations and look-behinds
 * (Java's engine tries every alternative at every position it is asked about). The
 * characters are read from the alternative's own expression; an alternative whose first
 * character this reading cannot bound (one that may match nothing, a negated class, a
 * back-reference...) is left as it is, so the alternation matches exactly what it matched
 * without the looks.
 */
final class FirstChars {

	private final String regex;

	private int at;

	private FirstChars(String regex) {
		this.regex = regex;
	}

	/** The alternatives joined by "|", each behind a look at its first character. */
	static String guarded(List<String> alternatives) {
		StringBuilder out = new StringBuilder();
		for (String alternative : alternatives) {
			if (!out.isEmpty()) {
				out.append('|');
			}
			String look = look(alternative);
			out.append(look == null ? alternative : look + "(?:" + alternative + ")");
		}
		return out.toString();
	}

	/** "(?=[...])" of the characters a match of the expression begins with, or null. */
	static String look(String alternative) {
		FirstChars reader = new FirstChars(alternative);
		First first;
		try {
			first = reader.alternation(false);
		}
		catch (RuntimeException ex) {
			return null;
		}
		if (reader.at != alternative.length() || first.any || first.canBeEmpty || first.chars.isEmpty()) {
			return null;
		}
		return "(?=[" + String.join("", first.chars) + "])";
	}

	/** What a part of the expression may begin with; {@code chars} are class items. */
	private static final class First {

		final Set<String> chars = new LinkedHashSet<>();

		boolean any;

		boolean canBeEmpty;

		void add(First other) {
			this.chars.addAll(other.chars);
			this.any |= other.any;
		}

		static First any() {
			First f = new First();
			f.any = true;
			return f;
		}

		static First empty() {
			First f = new First();
			f.canBeEmpty = true;
			return f;
		}

	}

	private First alternation(boolean ignoreCase) {
		First all = sequence(ignoreCase);
		while (this.at < this.regex.length() && this.regex.charAt(this.at) == '|') {
			this.at++;
			First next = sequence(ignoreCase);
			all.add(next);
			all.canBeEmpty |= next.canBeEmpty;
		}
		return all;
	}

	private First sequence(boolean ignoreCase) {
		First first = new First();
		boolean open = true;
		while (this.at < this.regex.length() && this.regex.charAt(this.at) != '|'
				&& this.regex.charAt(this.at) != ')') {
			First item = item(ignoreCase);
			boolean optional = quantifier();
			if (open) {
				first.add(item);
				open = item.canBeEmpty || optional;
			}
		}
		first.canBeEmpty = open;
		return first;
	}

	/** Reads a quantifier if one follows; true when it allows no repetition. */
	private boolean quantifier() {
		if (this.at >= this.regex.length()) {
			return false;
		}
		char c = this.regex.charAt(this.at);
		boolean optional;
		if (c == '?' || c == '*') {
			optional = true;
			this.at++;
		}
		else if (c == '+') {
			optional = false;
			this.at++;
		}
		else if (c == '{') {
			int close = this.regex.indexOf('}', this.at);
			String min = this.regex.substring(this.at + 1, close).split(",", -1)[0].strip();
			optional = Integer.parseInt(min) == 0;
			this.at = close + 1;
		}
		else {
			return false;
		}
		if (this.at < this.regex.length() && (this.regex.charAt(this.at) == '?' || this.regex.charAt(this.at) == '+')) {
			this.at++; // lazy or possessive
		}
		return optional;
	}

	private First item(boolean ignoreCase) {
		char c = this.regex.charAt(this.at);
		if (c == '(') {
			return group(ignoreCase);
		}
		if (c == '[') {
			return charClass(ignoreCase);
		}
		if (c == '\\') {
			return escape(ignoreCase);
		}
		this.at++;
		if (c == '^' || c == '$') {
			return First.empty();
		}
		if (c == '.') {
			return First.any();
		}
		return literal(c, ignoreCase);
	}

	private First group(boolean ignoreCase) {
		this.at++;
		boolean lookaround = false;
		boolean caseless = ignoreCase;
		if (this.regex.startsWith("?:", this.at)) {
			this.at += 2;
		}
		else if (this.regex.startsWith("?=", this.at) || this.regex.startsWith("?!", this.at)) {
			this.at += 2;
			lookaround = true;
		}
		else if (this.regex.startsWith("?<=", this.at) || this.regex.startsWith("?<!", this.at)) {
			this.at += 3;
			lookaround = true;
		}
		else if (this.regex.startsWith("?<", this.at)) {
			this.at = this.regex.indexOf('>', this.at) + 1;
		}
		else if (this.regex.startsWith("?i:", this.at)) {
			this.at += 3;
			caseless = true;
		}
		else if (this.regex.charAt(this.at) == '?') {
			throw new IllegalArgumentException("a group this reading does not know");
		}
		First inside = alternation(caseless);
		if (this.regex.charAt(this.at) != ')') {
			throw new IllegalArgumentException("unbalanced group");
		}
		this.at++;
		// a look matches no character: what follows it begins the match
		return lookaround ? First.empty() : inside;
	}

	private First escape(boolean ignoreCase) {
		char e = this.regex.charAt(this.at + 1);
		this.at += 2;
		switch (e) {
			case 'b', 'B', 'A', 'z', 'Z', 'G' -> {
				return First.empty();
			}
			case 'd', 's', 'w', 't', 'n', 'r', 'f' -> {
				First f = new First();
				f.chars.add("\\" + e);
				return f;
			}
			case 'p' -> {
				if (this.regex.charAt(this.at) != '{') {
					return First.any();
				}
				int close = this.regex.indexOf('}', this.at);
				First f = new First();
				f.chars.add("\\p" + this.regex.substring(this.at, close + 1));
				this.at = close + 1;
				return f;
			}
			default -> {
				if (Character.isLetterOrDigit(e)) {
					// \D, \S, \W, a code point, a back-reference: not bounded
					return First.any();
				}
				return literal(e, ignoreCase);
			}
		}
	}

	private First charClass(boolean ignoreCase) {
		this.at++;
		First f = new First();
		// read to its end in any case; a caseless or negated class is not bounded here
		f.any = ignoreCase || this.regex.charAt(this.at) == '^';
		while (this.regex.charAt(this.at) != ']') {
			char c = this.regex.charAt(this.at);
			if (c == '[' || this.regex.startsWith("&&", this.at)) {
				throw new IllegalArgumentException("a class this reading does not bound");
			}
			String item;
			if (c == '\\') {
				char e = this.regex.charAt(this.at + 1);
				if (e == 'd' || e == 's' || e == 'w' || e == 't' || e == 'n' || e == 'r' || e == 'f') {
					f.chars.add("\\" + e);
					this.at += 2;
					continue;
				}
				if (e == 'p' && this.regex.charAt(this.at + 2) == '{') {
					int close = this.regex.indexOf('}', this.at);
					f.chars.add(this.regex.substring(this.at, close + 1));
					this.at = close + 1;
					continue;
				}
				if (e == 'u') {
					item = escaped((char) Integer.parseInt(this.regex.substring(this.at + 2, this.at + 6), 16));
					this.at += 6;
				}
				else if (Character.isLetterOrDigit(e)) {
					f.any = true;
					item = "\\" + e;
					this.at += 2;
				}
				else {
					item = escaped(e);
					this.at += 2;
				}
			}
			else {
				item = escaped(c);
				this.at++;
			}
			if (this.regex.charAt(this.at) == '-' && this.regex.charAt(this.at + 1) != ']') {
				char to = this.regex.charAt(this.at + 1);
				if (to == '\\' || to == '[') {
					throw new IllegalArgumentException("a range this reading does not read");
				}
				item = item + "-" + escaped(to);
				this.at += 2;
			}
			f.chars.add(item);
		}
		this.at++;
		return f;
	}

	private static First literal(char c, boolean ignoreCase) {
		First f = new First();
		f.chars.add(escaped(c));
		if (ignoreCase && Character.isLetter(c)) {
			f.chars.add(escaped(Character.toUpperCase(c)));
			f.chars.add(escaped(Character.toLowerCase(c)));
		}
		return f;
	}

	/** A character as an item of a class. */
	private static String escaped(char c) {
		return Character.isLetterOrDigit(c) || c > 127 ? String.valueOf(c) : "\\" + c;
	}

}
