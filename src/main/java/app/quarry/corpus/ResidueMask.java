package app.quarry.corpus;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks web residue in a document: returns a "clean text" of exactly the same length as
 * the stored text, where residue (HTML tags, footnote marks, image links, link syntax,
 * "Related stories" blocks, "button that move to original ..." lines, image credits,
 * "Posted on" stamps, repeated captions, horizontal rules) is replaced by spaces. Nothing
 * is deleted, so every offset found in the clean text is valid in the stored text.
 */
public final class ResidueMask {

	/** Whole lines that are page furniture rather than prose. */
	private static final Pattern RESIDUE_LINE = Pattern.compile("(?i)\\s*(?:"
			+ "button that moves? to (?:the )?original\\b.*" + "|image (?:source|credit)s?\\s*(?:from)?\\s*:.*"
			+ "|(?:photo|image|picture)s?\\s*(?:credits?|courtesy|source|by)\\s*[:：].*"
			+ "|(?:photo|image)\\s*[:：]\\s*\\S.{0,80}" + "|posted on\\s*:.*" + "|modified on\\s*:.*"
			+ "|please direct (?:comments|questions).*" + "|(?:share|share this|tweet|email|print)(?: article)?"
			+ "|advertisement|subscribe.{0,40}|sign up.{0,60}newsletter.*|copyright\\b.*|©.*|all rights reserved.*"
			+ "|[-*_=]{3,}|[|#>*\\s]+" + ")\\s*");

	/** A heading after which a list of headlines (links) follows. */
	private static final Pattern LINK_LIST_HEADING = Pattern.compile(
			"(?i)\\s*(?:related (?:stories|articles|news|links|content|coverage)|most (?:viewed|read|popular)(?: articles| stories)?"
					+ "|more (?:stories|from .{1,40})|read more|see also|you may also like|recommended(?: stories)?|trending(?: now)?)\\s*:?\\s*");

	/**
	 * Inline residue blanked entirely: heading and quote marks of markdown, footnote
	 * marks, images, footnote references.
	 */
	private static final Pattern INLINE_BLANK = Pattern.compile("(?m)^[ \\t]{0,3}(?:#{1,6}|>)(?=[ \\t])|"
			+ "<sup>\\s*(?:\\d{1,3}|[*†‡a-z])\\s*</sup>|!\\[[^\\]\\n]{0,300}\\]\\([^)\\n]{0,500}\\)|\\[\\^\\w{1,10}\\]");

	/** Inline residue where only the markup goes: tags, link brackets and targets. */
	private static final Pattern MARKUP = Pattern.compile(
			"</?[a-zA-Z][a-zA-Z0-9]{0,10}(?:\\s[^<>\\n]{0,300})?/?>|\\]\\([^)\\s]{1,500}\\)|\\[(?=[^\\]\\n]{1,300}\\]\\()|&(?:nbsp|amp|quot|#39|lt|gt);");

	private ResidueMask() {
	}

	/** The clean text: same length as {@code text}, residue replaced by spaces. */
	public static String mask(String text) {
		char[] clean = text.toCharArray();
		blankInline(text, clean);
		blankLines(clean);
		return new String(clean);
	}

	/**
	 * Tries the inline patterns only where markup can begin (a line start or one of
	 * {@code < ! [ ] &}): an alternation tried at every character is slow in Java.
	 */
	private static void blankInline(String text, char[] clean) {
		Matcher blank = INLINE_BLANK.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
		Matcher markup = MARKUP.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
		int n = text.length();
		int i = 0;
		boolean lineStart = true;
		while (i < n) {
			// read from the array, not the string: nothing at or after i is blanked yet,
			// and the scan reads every character of every document
			char c = clean[i];
			// most characters begin no markup and no line: plain comparisons tell
			if (!lineStart && c != '<' && c != '!' && c != '[' && c != ']' && c != '&') {
				i++;
				lineStart = c == '\n';
				continue;
			}
			if (blank.region(i, n).lookingAt()) {
				blank(clean, i, blank.end());
				i = Math.max(i + 1, blank.end());
				lineStart = text.charAt(i - 1) == '\n';
				continue;
			}
			if (markup.region(i, n).lookingAt()) {
				blankMarkup(clean, markup);
				i = Math.max(i + 1, markup.end());
				lineStart = text.charAt(i - 1) == '\n';
				continue;
			}
			i++;
			lineStart = c == '\n';
		}
	}

	private static void blankMarkup(char[] clean, Matcher m) {
		String s = m.group();
		if (s.startsWith("&amp;")) {
			clean[m.start()] = '&';
			blank(clean, m.start() + 1, m.end());
		}
		else if (s.startsWith("&quot;")) {
			clean[m.start()] = '"';
			blank(clean, m.start() + 1, m.end());
		}
		else {
			blank(clean, m.start(), m.end());
		}
	}

	private static void blankLines(char[] clean) {
		String previous = null;
		boolean inLinkList = false;
		int start = 0;
		while (start <= clean.length) {
			int end = start;
			while (end < clean.length && clean[end] != '\n') {
				end++;
			}
			String line = new String(clean, start, end - start);
			String trimmed = line.strip();
			if (trimmed.isEmpty()) {
				inLinkList = false;
			}
			else if (LINK_LIST_HEADING.matcher(line).matches()) {
				blank(clean, start, end);
				inLinkList = true;
			}
			else if (inLinkList && looksLikeHeadline(trimmed)) {
				blank(clean, start, end);
			}
			else if (RESIDUE_LINE.matcher(line).matches() || trimmed.equals(previous)) {
				inLinkList = false;
				blank(clean, start, end);
			}
			else {
				inLinkList = false;
				previous = trimmed;
			}
			start = end + 1;
		}
	}

	/** A short line without closing punctuation, as in a list of linked headlines. */
	private static boolean looksLikeHeadline(String line) {
		char last = line.charAt(line.length() - 1);
		return line.length() <= 160 && ".!?:\"”".indexOf(last) < 0 || line.toLowerCase(Locale.ROOT).startsWith("http");
	}

	private static void blank(char[] clean, int start, int end) {
		Arrays.fill(clean, start, end, ' ');
	}

}
