package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into words and punctuation in one pass over its characters. Kept by hand
 * rather than with a model because it runs over every character of the corpus: internal
 * hyphens stay in the word ("Jong-un"), a possessive "’s" becomes its own token, and
 * abbreviations and initials keep their periods ("U.S.", "Mr.", "X.").
 */
final class Tokenizer {

	private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov",
			"lt", "col", "sgt", "st", "jr", "sr", "mt", "messrs", "amb", "pres", "sec", "capt", "maj", "adm", "cmdr",
			"supt", "insp", "brig", "cpl", "cdr");

	/** ASCII marks as strings, made once: a document has a mark every few words. */
	private static final String[] ONE_CHAR = new String[128];

	static {
		for (char c = 0; c < ONE_CHAR.length; c++) {
			ONE_CHAR[c] = String.valueOf(c);
		}
	}

	private Tokenizer() {
	}

	static List<Token> tokenize(String text, int from, int to) {
		List<Token> tokens = new ArrayList<>(Math.max(8, (to - from) / 5));
		int i = from;
		while (i < to) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (Character.isLetterOrDigit(c)) {
				i = word(text, i, to, tokens);
			}
			else if ((c == '\'' || c == '’') && i > from && text.charAt(i - 1) == '.' && isPossessive(text, i, to)) {
				tokens.add(new Token(i, i + 2, text.substring(i, i + 2), true)); // "Zentrix
																					// Inc.'s"
				i += 2;
			}
			else {
				tokens.add(new Token(i, i + 1, c < ONE_CHAR.length ? ONE_CHAR[c] : String.valueOf(c), false));
				i++;
			}
		}
		return tokens;
	}

	private static int word(String text, int start, int to, List<Token> tokens) {
		int i = start + 1;
		while (i < to) {
			char c = text.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				i++;
			}
			else if ((c == '-' || c == '\'' || c == '’') && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1))
					|| doubleBarrelled(text, i, to)) {
				if (c != '-' && isPossessive(text, i, to)) {
					break;
				}
				i += 2;
			}
			else if (slashedName(text, start, i, to) > i) {
				i = slashedName(text, start, i, to);
			}
			else if (c == '.' && i + 1 < to && Character.isDigit(text.charAt(i - 1))
					&& Character.isDigit(text.charAt(i + 1))) {
				i += 2; // "a 3.5-point player", "a $2.4 billion firm": the point is no
						// stop
			}
			else if (c == '.' && i + 1 < to && Character.isLetter(text.charAt(i + 1)) && i - start == 1) {
				i += 2; // U.S., U.N.
			}
			else if (c == '.' && WebAddresses.domainEnd(text, i, to) > i) {
				i = WebAddresses.domainEnd(text, i, to); // "Shopnow.com" is one name
			}
			else {
				break;
			}
		}
		int end = i;
		if (end < to && text.charAt(end) == '.' && takesPeriod(text, start, end)) {
			end++;
		}
		tokens.add(new Token(start, end, text.substring(start, end), true));
		if (end == i && i < to && (text.charAt(i) == '\'' || text.charAt(i) == '’') && isPossessive(text, i, to)) {
			tokens.add(new Token(i, i + 2, text.substring(i, i + 2), true));
			return i + 2;
		}
		if (end == i && BareApostrophes.possessive(text, start, i, to)) {
			// "Jones' lawyer": read as the possessive "’s" it stands for
			tokens.add(new Token(i, i + 1, text.charAt(i) + "s", true));
			return i + 1;
		}
		return end;
	}

	/**
	 * "Skłodowska–Curie": an en dash between a lower-case letter and a capital joins the
	 * two halves of one surname, as a hyphen does.
	 */
	private static boolean doubleBarrelled(String text, int dash, int to) {
		return text.charAt(dash) == '–' && dash + 1 < to && Character.isLowerCase(text.charAt(dash - 1))
				&& Character.isUpperCase(text.charAt(dash + 1));
	}

	/**
	 * "Tellco//NetCount", "Acme/Orbix": one or two slashes between a capitalized word and
	 * a capital join two names into the one name of a body, as "&" does; read apart, the
	 * name after the slashes would pass for the whole. Returns where the capital after
	 * the slashes starts, or {@code at} when none does.
	 */
	private static int slashedName(String text, int start, int at, int to) {
		if (text.charAt(at) != '/' || !Character.isUpperCase(text.charAt(start))
				|| !Character.isLetter(text.charAt(at - 1))) {
			return at;
		}
		int after = at + 1 < to && text.charAt(at + 1) == '/' ? at + 2 : at + 1;
		return after < to && Character.isUpperCase(text.charAt(after)) ? after : at;
	}

	private static boolean isPossessive(String text, int apostrophe, int to) {
		return apostrophe + 1 < to && (text.charAt(apostrophe + 1) == 's' || text.charAt(apostrophe + 1) == 'S')
				&& (apostrophe + 2 >= to || !Character.isLetterOrDigit(text.charAt(apostrophe + 2)));
	}

	private static boolean takesPeriod(String text, int start, int end) {
		int length = end - start;
		if (length == 1 && Character.isUpperCase(text.charAt(start))) {
			return true; // an initial
		}
		if (length == 3 && text.charAt(start + 1) == '.') {
			return true; // U.S -> U.S.
		}
		return length <= 5 && ABBREVIATIONS.contains(text.substring(start, end).toLowerCase(java.util.Locale.ROOT));
	}

}
