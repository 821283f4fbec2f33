package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks paragraph by paragraph: curly and straight double quotes, and
 * single quotes used as quotation marks (told apart from apostrophes by what surrounds
 * them). Single quotes inside double quotes are nested quotations and belong to the outer
 * one, and so are straight double quotes that open inside an open quotation when two more
 * marks follow in the paragraph (the inner close and the outer one). A straight mark with
 * a space on both sides still opens a quotation when the next mark closes one right after
 * a word, and a mark glued to an ellipsis opens the words that follow it. A curly mark
 * that opens after a sentence end while a quotation is still open starts the next
 * paragraph's quotation, the earlier one left open as at a paragraph's end; so does a
 * straight mark after a sentence end and a space, right before a capital. With no
 * quotation open, a straight mark glued to a full stop before a space and a capital opens
 * the next sentence when the mark after it closes that sentence.
 */
final class QuoteMarks {

	private QuoteMarks() {
	}

	static List<QuotedSpan> find(String text) {
		List<QuotedSpan> spans = new ArrayList<>();
		int openDouble = -1;
		int openSingle = -1;
		boolean nested = false;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			switch (c) {
				case '“' -> {
					if (openDouble >= 0 && text.charAt(openDouble) == '“' && afterSentenceEnd(text, openDouble, i)) {
						// wire copy run together on one line: a quotation left open at
						// its paragraph's end, then the next paragraph's
						addUnclosed(text, openDouble, i, spans);
					}
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
					if (nested) {
						nested = false;
					}
					else if (openDouble >= 0 && text.charAt(openDouble) == '"'
							&& opensNextParagraph(text, openDouble, i)) {
						// paragraphs run together on one line: each paragraph of a long
						// quotation opens with a mark and only the last one closes
						addUnclosed(text, openDouble, i, spans);
						openDouble = i;
					}
					else if (openDouble >= 0 && text.charAt(openDouble) == '"' && opensNested(text, i)) {
						nested = true;
					}
					else if (openDouble >= 0) {
						spans.add(new QuotedSpan(openDouble, i + 1, innerStart(text, openDouble), i, true));
						openDouble = -1;
					}
					else if (opens(text, i) || opensBeforeSpace(text, i) || opensAfterEllipsis(text, i)
							|| opensAfterStop(text, i)) {
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
					nested = false;
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
			spans.add(new QuotedSpan(open, end, innerStart(text, open), end, false));
		}
	}

	/**
	 * An opening mark right after a full stop, question or exclamation mark (and the
	 * blanks after it) that ends words opened at {@code open}.
	 */
	private static boolean afterSentenceEnd(String text, int open, int i) {
		int end = i;
		while (end > open + 1 && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		return end < i && end > open + 1 && ".?!".indexOf(text.charAt(end - 1)) >= 0;
	}

	/**
	 * {@code "… I nearly went home. "I felt better …"}: a straight mark after a sentence
	 * end and a space, right before a capital, while a quotation is open, is the opening
	 * mark of the quotation's next paragraph, not its close (a close follows the stop
	 * with no space).
	 */
	private static boolean opensNextParagraph(String text, int open, int i) {
		return afterSentenceEnd(text, open, i) && i + 1 < text.length() && Character.isUpperCase(text.charAt(i + 1));
	}

	/** The words start after the mark and any space a careless typist left after it. */
	private static int innerStart(String text, int open) {
		int start = open + 1;
		while (start < text.length() && text.charAt(start) == ' ') {
			start++;
		}
		return start;
	}

	/**
	 * {@code will " develop a plan," he said}: a mark between spaces opens when the next
	 * straight mark in the paragraph comes right after a word or punctuation and is not
	 * itself the start of more words.
	 */
	private static boolean opensBeforeSpace(String text, int i) {
		if (i == 0 || !Character.isWhitespace(text.charAt(i - 1)) || i + 1 >= text.length()
				|| text.charAt(i + 1) != ' ') {
			return false;
		}
		int next = nextMark(text, i + 1);
		if (next < 0 || Character.isWhitespace(text.charAt(next - 1))) {
			return false;
		}
		return next + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(next + 1));
	}

	/**
	 * {@code could get worse." Most deaths were at home," said Roe}: with no quotation
	 * open, a mark glued to a full stop and followed by a space and a capital is an
	 * opening mark whose space slipped before it, when the next mark closes one sentence
	 * right after it (glued to its last word and opening no words itself).
	 */
	private static boolean opensAfterStop(String text, int i) {
		if (i == 0 || ".?!".indexOf(text.charAt(i - 1)) < 0 || i + 2 >= text.length() || text.charAt(i + 1) != ' '
				|| !Character.isUpperCase(text.charAt(i + 2))) {
			return false;
		}
		int next = nextMark(text, i + 1);
		if (next < 0 || Character.isWhitespace(text.charAt(next - 1)) || crossesSentenceEnd(text, i + 2, next)) {
			return false;
		}
		return next + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(next + 1));
	}

	/** {@code the three countries..."is the clearest sign}: the ellipsis ends a cut. */
	private static boolean opensAfterEllipsis(String text, int i) {
		boolean afterEllipsis = i > 0 && (text.charAt(i - 1) == '…' || text.startsWith("...", Math.max(0, i - 3)));
		return afterEllipsis && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
	}

	/**
	 * {@code "Without some unexpected "twist", I see no obstacle," said X}: a mark after
	 * a space and before a word opens an inner quotation when the paragraph holds two
	 * more. A closing mark misplaced after its space ({@code their tongues, "waiting to
	 * see ... said that "the walls}) looks the same, but the inner quotation it would
	 * open runs across a sentence end or ends on a mark that itself opens words: then the
	 * mark closes the outer quotation and the paragraph's later marks pair on their own.
	 */
	private static boolean opensNested(String text, int i) {
		if (!opens(text, i) || !Character.isLetter(text.charAt(i + 1))) {
			return false;
		}
		int inner = nextMark(text, i + 1);
		if (inner < 0 || nextMark(text, inner + 1) < 0) {
			return false;
		}
		boolean innerCloseOpens = Character.isWhitespace(text.charAt(inner - 1)) && inner + 1 < text.length()
				&& Character.isLetterOrDigit(text.charAt(inner + 1));
		return !innerCloseOpens && !crossesSentenceEnd(text, i + 1, inner);
	}

	/** A full stop, question or exclamation mark followed by a space and a capital. */
	private static boolean crossesSentenceEnd(String text, int from, int to) {
		for (int j = from; j + 2 < to; j++) {
			char c = text.charAt(j);
			if ((c == '.' || c == '?' || c == '!') && text.charAt(j + 1) == ' '
					&& Character.isUpperCase(text.charAt(j + 2))) {
				return true;
			}
		}
		return false;
	}

	/** The next straight double quote before the paragraph ends, or -1. */
	private static int nextMark(String text, int from) {
		for (int j = from; j < text.length(); j++) {
			char c = text.charAt(j);
			if (c == '\n') {
				return -1;
			}
			if (c == '"') {
				return j;
			}
		}
		return -1;
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
