package app.quarry.generation;

import app.quarry.corpus.Sentence;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence is a statement a question can be made of, and the plain form of
 * words shown to a learner. A date line ("January 29th, 2018"), a heading or a byline is
 * not a statement: a true/false of it says nothing and its cloze is a lone blank. Markup
 * left in a sentence ("29<sup>th</sup>") is never shown.
 */
final class Statement {

	/**
	 * The fewest words a verbless report has: "Fighting in the Baltic port of Ostrava."
	 */
	private static final int MIN_REPORT_WORDS = 5;

	private static final Pattern MARKUP = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>");

	private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’-]\\p{L}+)*");

	/** Auxiliaries and common verbs that carry a sentence without an -ed or -s ending. */
	private static final Set<String> VERBS = Set.of("is", "are", "was", "were", "be", "been", "being", "am", "has",
			"have", "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
			"must", "said", "say", "told", "tell", "sent", "send", "wrote", "write", "met", "meet", "made", "make",
			"took", "take", "gave", "give", "came", "come", "went", "go", "held", "hold", "left", "want", "hope",
			"know", "knew", "think", "thought", "see", "saw", "remain", "become", "became", "seem", "began", "begin",
			// pasts spelled as their present: a verb either way
			"hit", "cut", "put", "let", "quit", "hurt", "beat", "split", "cost", "bet");

	/**
	 * A credit closing a caption: "(Yonhap)", "(AP Photo)", "(Yonhap file photo)" — a
	 * capitalised name of at most four words in brackets after the sentence's full stop.
	 */
	private static final Pattern CREDIT = Pattern
		.compile("(?<=[.!?][\"”’]?)\\s*\\([A-Z][\\p{L}&-]*(?: [\\p{L}&-]+){0,3}\\)$");

	/**
	 * Lines that present a page rather than state something: "Source: ...", "Photo: ...",
	 * "Posted on: ...", a copyright line, a link.
	 */
	private static final Pattern FURNITURE = Pattern
		.compile("^(?:(?:sources?|photos?|images?|pictures?|credits?|captions?|related|see also|read more|links?|"
				+ "external links|(?:posted|published|updated|modified)(?: on)?|last updated|filed under|tags|contact)\\s*:"
				+ "|copyright\\b|©)|https?://|\\bwww\\.", Pattern.CASE_INSENSITIVE);

	/**
	 * A broadcast's sign-off: "Jane Roe, ABC News, Hong Kong." names its reporter, the
	 * newsroom (its last word "News", "Radio", "Television" or "TV", or its initials) and
	 * perhaps the place, with no verb.
	 */
	private static final Pattern SIGN_OFF = Pattern
		.compile("^(?:This is )?\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){1,3}, (?:\\p{Lu}[\\p{L}.&'’-]* ){0,3}"
				+ "(?:News|Radio|Television|TV|\\p{Lu}{3,5})(?:, \\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3})?\\.$");

	/**
	 * "Jane Roe (WES), Westria coach": a transcript's line naming the next speaker, a
	 * team's or country's code in brackets, and the speaker's post, with no stop, or with
	 * the colon that hands over to the words quoted below ("Westria coach:").
	 */
	private static final Pattern SPEAKER_LABEL = Pattern.compile(
			"^\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){1,3} \\(\\p{Lu}{2,4}\\), [\\p{L}'’-]+(?: [\\p{L}'’-]+){1,4}:?$");

	/** A sentence ends in a full stop, a question or exclamation mark, maybe quoted. */
	private static final Pattern ENDED = Pattern.compile("[.!?…:;][\"”’')\\]]*\\s*$|[\"”]\\s*$");

	static List<String> plain(List<String> texts) {
		if (texts == null || texts.stream().noneMatch(t -> t != null && hasMarkup(t))) {
			return texts;
		}
		return texts.stream().map(Statement::plain).distinct().toList();
	}

	private Statement() {
	}

	/**
	 * True when the sentence has no markup, at least three words, and a word that can be
	 * its verb.
	 */
	static boolean isStatement(String sentence) {
		if (hasMarkup(sentence)) {
			return false;
		}
		Matcher word = WORD.matcher(sentence);
		int words = 0;
		boolean verb = false;
		while (word.find()) {
			words++;
			String w = word.group();
			if (!Character.isLowerCase(w.charAt(0))) {
				continue;
			}
			String lower = w.toLowerCase(Locale.ROOT);
			verb |= VERBS.contains(lower) || VerbForms.isPast(lower) || VerbForms.isParticiple(lower)
					|| lower.length() > 3 && (lower.endsWith("s") && !lower.endsWith("ss") || lower.endsWith("ing"));
			if (words >= 3 && verb) {
				return true; // the rest of a long sentence cannot change the answer
			}
		}
		return words >= 3 && verb;
	}

	/**
	 * Whether the sentence tells news without a verb, as a broadcast does ("More heavy
	 * gunfire in the Baltic province of Varnia."): five words or more, closed by a full
	 * stop, no markup. A heading or a caption ends without one.
	 */
	static boolean isVerblessReport(String sentence) {
		String words = sentence.strip();
		if (!words.endsWith(".") || hasMarkup(words)) {
			return false;
		}
		Matcher word = WORD.matcher(words);
		int n = 0;
		while (word.find()) {
			n++;
		}
		return n >= MIN_REPORT_WORDS;
	}

	/**
	 * Whether the sentence is a broadcast's sign-off ("Jane Roe, ABC News, Hong Kong."):
	 * no statement, yet it says who reported the story and for whom.
	 */
	static boolean isSignOff(String sentence) {
		return SIGN_OFF.matcher(sentence.strip()).matches();
	}

	/**
	 * Whether the sentence is a transcript's line naming a speaker and their post ("Jane
	 * Roe (WES), Westria coach"): no statement, yet it says who the speaker is.
	 */
	static boolean isSpeakerLabel(String sentence) {
		return SPEAKER_LABEL.matcher(sentence.strip()).matches();
	}

	/**
	 * Whether the sentence is part of how the page presents itself rather than of what
	 * the text states: the headline (the document's title, or the first line when it does
	 * not end as a sentence does), a source or credit line, a "Posted on" line, a link.
	 * Bylines, date lines and captions such as "Steve Jobs 1955-2011" have no verb and
	 * are no statements anyway; a caption that is a whole sentence ("Kim shakes hands
	 * with Trump on June 30, 2019. (Yonhap)") states a fact and stays.
	 */
	static boolean isFurniture(String text, Sentence sentence, String title) {
		String words = sentence.text().strip();
		if (FURNITURE.matcher(words).lookingAt() || mayHoldLink(words) && FURNITURE.matcher(words).find()) {
			return true;
		}
		if (title != null && !title.isBlank() && Prose.normalize(words).equals(Prose.normalize(title))) {
			return true;
		}
		return blankBefore(text, sentence.start()) && !ENDED.matcher(words).find();
	}

	/**
	 * Whether the sentence is the headline: the document's title, or a first line that
	 * does not end as a sentence does. A headline that states something ("Airline buys
	 * twelve jets") may still be asked about the numbers it gives.
	 */
	static boolean isHeadline(String text, Sentence sentence, String title) {
		String words = sentence.text().strip();
		if (FURNITURE.matcher(words).lookingAt() || mayHoldLink(words) && FURNITURE.matcher(words).find()) {
			return false;
		}
		return title != null && !title.isBlank() && Prose.normalize(words).equals(Prose.normalize(title))
				|| blankBefore(text, sentence.start()) && !ENDED.matcher(words).find();
	}

	/**
	 * Whether only spaces come before {@code end}; read up to the first other character,
	 * as a copy of the text before every sentence made a document's cost grow with the
	 * square of its length.
	 */
	private static boolean blankBefore(String text, int end) {
		for (int i = 0; i < end;) {
			int c = text.codePointAt(i);
			if (!Character.isWhitespace(c)) {
				return false;
			}
			i += Character.charCount(c);
		}
		return true;
	}

	/**
	 * Markup needs a '<': the regex, tried at every character of every sentence, was a
	 * tenth of writing questions.
	 */
	private static boolean hasMarkup(String text) {
		return text.indexOf('<') >= 0 && MARKUP.matcher(text).find();
	}

	/**
	 * Past its first character furniture can only be a link, which needs "://" or "www."
	 * (in any case): the regex is then tried only on sentences that may hold one.
	 */
	private static boolean mayHoldLink(String words) {
		if (words.indexOf("://") >= 0) {
			return true;
		}
		for (int i = words.indexOf('.'); i >= 3; i = words.indexOf('.', i + 1)) {
			if (words.regionMatches(true, i - 3, "www", 0, 3)) {
				return true;
			}
		}
		return false;
	}

	/** The sentence without the credit that ends it, if any. */
	static String withoutCredit(String sentence) {
		// a credit closes a parenthesis: most sentences have none, and spare the
		// expression's lookbehind tried at each of their characters
		if (sentence.indexOf(')') < 0) {
			return sentence;
		}
		return CREDIT.matcher(sentence).replaceFirst("");
	}

	/**
	 * The text without markup, spaces collapsed: "29<sup>th</sup>" becomes "29th"; text
	 * without markup as it is.
	 */
	static String plain(String text) {
		if (text == null || !hasMarkup(text)) {
			return text;
		}
		return MARKUP.matcher(text).replaceAll("").replaceAll("\\s+", " ").strip();
	}

}
