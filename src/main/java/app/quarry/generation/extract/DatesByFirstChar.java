package app.quarry.generation.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Pattern;

/**
 * The date expression of {@link DateExpressions#DATES} as tried at a word beginning with
 * a given character: the kinds of expression that cannot begin with it are moved behind a
 * look that always fails, so the engine passes them in one step instead of testing each
 * one's first character, most of the expression's time at a word where no date begins.
 * The kinds that can begin there keep their order and their looks, and every named group
 * is still in the expression, so a match is the one {@link DateExpressions#DATES} gives,
 * with the same groups. A character that may begin a modifier ("the early", "mid-"), or
 * any beyond ASCII, is given the whole expression.
 */
final class DatesByFirstChar {

	/** What may begin the modifier before a date, read as the kinds are read. */
	private static final Pattern MODIFIER_FIRST = look(
			DateExpressions.MODIFIER.substring(0, DateExpressions.MODIFIER.length() - 1));

	/** The look at its first character of each kind; null for a kind not bounded. */
	private static final List<Pattern> KIND_FIRST = kindLooks();

	/** The expression for each ASCII character, made when first asked for. */
	private static final AtomicReferenceArray<Pattern> BY_CHAR = new AtomicReferenceArray<>(128);

	/** Characters whose kinds are the same share one expression. */
	private static final Map<String, Pattern> BY_KINDS = new ConcurrentHashMap<>();

	private DatesByFirstChar() {
	}

	/** The expression to try at a word that begins with {@code first}. */
	static Pattern at(char first) {
		if (first >= 128 || MODIFIER_FIRST == null) {
			return DateExpressions.DATES;
		}
		Pattern pattern = BY_CHAR.get(first);
		if (pattern == null) {
			pattern = of(first);
			BY_CHAR.set(first, pattern);
		}
		return pattern;
	}

	private static Pattern of(char first) {
		String c = String.valueOf(first);
		if (MODIFIER_FIRST.matcher(c).lookingAt()) {
			return DateExpressions.DATES;
		}
		List<String> may = new ArrayList<>();
		List<String> cannot = new ArrayList<>();
		StringBuilder key = new StringBuilder();
		for (int i = 0; i < DateExpressions.KINDS.size(); i++) {
			Pattern look = KIND_FIRST.get(i);
			boolean begins = look == null || look.matcher(c).lookingAt();
			(begins ? may : cannot).add(DateExpressions.KINDS.get(i));
			key.append(begins ? '1' : '0');
		}
		if (cannot.isEmpty()) {
			return DateExpressions.DATES;
		}
		return BY_KINDS.computeIfAbsent(key.toString(), k -> {
			String tried = may.isEmpty() ? "" : FirstChars.guarded(may) + "|";
			return Pattern
				.compile(DateExpressions.MODIFIER + "(?:" + tried + "(?!)(?:" + String.join("|", cannot) + "))");
		});
	}

	private static List<Pattern> kindLooks() {
		List<Pattern> looks = new ArrayList<>();
		for (String kind : DateExpressions.KINDS) {
			looks.add(look(kind));
		}
		return looks;
	}

	private static Pattern look(String regex) {
		String look = FirstChars.look(regex);
		return look == null ? null : Pattern.compile(look);
	}

}
