package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "In a statement, Roe said:" closing its paragraph, then a paragraph of the speaker's
 * own words with no quotation marks: copy that lost a block quotation's formatting keeps
 * the words, but not the marks. Each paragraph after such a hand-over that speaks in the
 * first person and holds no quotation mark is read as the speaker's words, up to the
 * first that does not; a paragraph that tells of others ("The plan was dropped.") is the
 * narration going on, and ends the quotation.
 */
final class UnmarkedBlockQuotes {

	/** Paragraphs one hand-over may give, at most. */
	private static final int MAX_PARAGRAPHS = 4;

	/**
	 * Words before the colon that may stand after the speech verb: "said in a
	 * statement:".
	 */
	private static final int VERB_REACH = 5;

	private static final Pattern WORD = Pattern.compile("[\\p{L}'’-]+");

	private static final Pattern FIRST_PERSON = Pattern
		.compile("\\b(I|I'm|I’m|I've|I’ve|we|We|my|My|our|Our|me|us)\\b");

	private static final Set<Character> MARKS = Set.of('"', '“', '”', '„', '«', '»');

	private UnmarkedBlockQuotes() {
	}

	/** The marked spans together with the unmarked ones, in document order. */
	static List<QuotedSpan> addTo(List<QuotedSpan> marked, String text, List<QuotedSpan> unmarked) {
		List<int[]> lines = lines(text);
		for (int i = 0; i + 1 < lines.size(); i++) {
			if (!handsOver(text.substring(lines.get(i)[0], lines.get(i)[1]))) {
				continue;
			}
			for (int j = i + 1; j < lines.size() && j <= i + MAX_PARAGRAPHS; j++) {
				int[] line = lines.get(j);
				String paragraph = text.substring(line[0], line[1]);
				if (!ownWords(paragraph)) {
					break;
				}
				unmarked.add(new QuotedSpan(line[0], line[1], line[0], line[1], true));
			}
		}
		if (unmarked.isEmpty()) {
			return marked;
		}
		List<QuotedSpan> all = new ArrayList<>(marked);
		all.addAll(unmarked);
		all.sort(Comparator.comparingInt(QuotedSpan::start));
		return all;
	}

	/** Non-blank lines as [start, end) with surrounding spaces left out. */
	private static List<int[]> lines(String text) {
		List<int[]> lines = new ArrayList<>();
		int start = 0;
		while (start <= text.length()) {
			int end = text.indexOf('\n', start);
			end = end < 0 ? text.length() : end;
			int s = start;
			int e = end;
			while (s < e && Character.isWhitespace(text.charAt(s))) {
				s++;
			}
			while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
				e--;
			}
			if (e > s) {
				lines.add(new int[] { s, e });
			}
			start = end + 1;
		}
		return lines;
	}

	/**
	 * A paragraph that ends with a colon after a speech verb, and holds no quotation of
	 * its own: "Roe says:", "the ministry said in a statement:".
	 */
	private static boolean handsOver(String paragraph) {
		if (!paragraph.endsWith(":") || hasMark(paragraph)) {
			return false;
		}
		List<String> words = new ArrayList<>();
		Matcher m = WORD.matcher(paragraph);
		while (m.find()) {
			words.add(m.group().toLowerCase(java.util.Locale.ROOT));
		}
		for (int k = words.size() - 1; k >= 0 && k >= words.size() - VERB_REACH; k--) {
			if (SpeechVerbs.isSpeechVerb(words.get(k)) && !SpeechVerbs.isParticiple(words.get(k))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Words in the first person, with no quotation marks and no hand-over of their own.
	 */
	private static boolean ownWords(String paragraph) {
		return !hasMark(paragraph) && !paragraph.endsWith(":") && FIRST_PERSON.matcher(paragraph).find();
	}

	private static boolean hasMark(String paragraph) {
		for (int i = 0; i < paragraph.length(); i++) {
			if (MARKS.contains(paragraph.charAt(i))) {
				return true;
			}
		}
		return false;
	}

}
