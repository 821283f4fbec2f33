package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks paragraph by paragraph: curly and straight double quotes, and
 * single quotes used as quotation marks (told apart from apostrophes by what surrounds
 * them). Single quotes inside double quotes are nested quotations and belong to the outer
 * one.
 */
final class QuoteMarks {

	private QuoteMarks() {
	}

	static List<QuotedSpan> find(String text) {
		List<QuotedSpan> spans = new ArrayList<>();
		int openDouble = -1;
		int openSingle = -1;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			switch (c) {
				case '“' -> {
					openDouble = i;
					openSingle = -1;
				}
				case '”' -> {
					if (openDouble >= 0) {
						spans.add(new QuotedSpan(openDouble, i + 1, openDouble + 1, i, true));
						openDouble = -1;
					}
				}
				case '"' -> {
					if (openDouble >= 0) {
						spans.add(new QuotedSpan(openDouble, i + 1, openDouble + 1, i, true));
						openDouble = -1;
					}
					else if (opens(text, i)) {
						openDouble = i;
					}
				}
				case '‘', '\'' -> {
					if (openDouble < 0 && openSingle < 0 && opens(text, i) && i + 1 < length
							&& Character.isLetter(text.charAt(i + 1))) {
						openSingle = i;
					}
					else if (c == '\'' && openDouble < 0 && openSingle >= 0 && closesSingle(text, i)) {
						spans.add(new QuotedSpan(openSingle, i + 1, openSingle + 1, i, true));
						openSingle = -1;
					}
				}
				case '’' -> {
					if (openDouble < 0 && openSingle >= 0 && closesSingle(text, i)) {
						spans.add(new QuotedSpan(openSingle, i + 1, openSingle + 1, i, true));
						openSingle = -1;
					}
				}
				case '\n' -> {
					if (openDouble >= 0) {
						addUnclosed(text, openDouble, i, spans);
					}
					openDouble = -1;
					openSingle = -1;
				}
				default -> {
				}
			}
		}
		if (openDouble >= 0) {
			addUnclosed(text, openDouble, length, spans);
		}
		return spans;
	}

	private static void addUnclosed(String text, int open, int lineEnd, List<QuotedSpan> spans) {
		int end = lineEnd;
		while (end > open + 1 && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		if (end > open + 1) {
			spans.add(new QuotedSpan(open, end, open + 1, end, false));
		}
	}

	private static boolean opens(String text, int i) {
		char before = i == 0 ? ' ' : text.charAt(i - 1);
		boolean afterGap = Character.isWhitespace(before) || "([{—–-/:".indexOf(before) >= 0;
		return afterGap && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
	}

	private static boolean closesSingle(String text, int i) {
		boolean afterWord = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
		return afterWord && (i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)));
	}

}
