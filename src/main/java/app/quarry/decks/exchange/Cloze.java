package app.quarry.decks.exchange;

import app.quarry.base.PureCore;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cloze deletions written as Anki writes them: {@code {{c1::Paris}}} or, with a hint,
 * {@code {{c1::Paris::capital}}}. Each deletion number makes one card, which blanks every
 * deletion of that number and shows the others as plain text.
 */
@PureCore
public final class Cloze {

	/** What a blank looks like, as in the generated cloze questions. */
	public static final String BLANK = "_____";

	private static final Pattern DELETION = Pattern.compile("\\{\\{c(\\d+)::(.*?)(?:::(.*?))?\\}\\}", Pattern.DOTALL);

	private Cloze() {
	}

	/** The deletion numbers in the text, ascending; empty when it has none. */
	public static List<Integer> ordinals(String text) {
		TreeSet<Integer> found = new TreeSet<>();
		Matcher m = DELETION.matcher(text);
		while (m.find()) {
			int n = Integer.parseInt(m.group(1));
			if (n > 0 && !m.group(2).isBlank()) {
				found.add(n);
			}
		}
		return List.copyOf(found);
	}

	public static boolean isCloze(String text) {
		return !ordinals(text).isEmpty();
	}

	/** The text with deletion {@code n} blanked (with its hint, if any). */
	public static String prompt(String text, int n) {
		Matcher m = DELETION.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String shown;
			if (Integer.parseInt(m.group(1)) == n) {
				shown = (m.group(3) == null || m.group(3).isBlank()) ? BLANK : BLANK + " (" + m.group(3).strip() + ")";
			}
			else {
				shown = m.group(2);
			}
			m.appendReplacement(out, Matcher.quoteReplacement(shown));
		}
		m.appendTail(out);
		return out.toString();
	}

	/**
	 * What deletion {@code n} hides; several deletions of one number are joined by ", ".
	 */
	public static String answer(String text, int n) {
		List<String> hidden = new ArrayList<>();
		Matcher m = DELETION.matcher(text);
		while (m.find()) {
			if (Integer.parseInt(m.group(1)) == n) {
				hidden.add(m.group(2).strip());
			}
		}
		return String.join(", ", hidden);
	}

	/** The text as read with every deletion filled in. */
	public static String plain(String text) {
		return DELETION.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
	}

}
