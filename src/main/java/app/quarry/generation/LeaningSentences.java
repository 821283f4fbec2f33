package app.quarry.generation;

import app.quarry.corpus.Sentence;
import app.quarry.generation.extract.CountFact;
import app.quarry.generation.extract.DateFact;
import app.quarry.generation.extract.Fact;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Broadcast and spoken text tells much in sentences too short to stand alone: a date set
 * before its story as a heading ("Atlanta, 1996. A bomb blast shocks the games."), an
 * ellipsis that borrows the verb of the sentence before ("In Singapore, stocks hit a five
 * year low. In the Philippines, a four year low."), a short toll after its event ("A bomb
 * explodes. One person is killed."). Such a sentence is asked together with the one it
 * leans on, so that the question says what its number or date is about.
 */
final class LeaningSentences {

	/** A sentence of at most this many words may lean on its neighbour. */
	private static final int MAX_SHORT_WORDS = 7;

	/** A neighbour longer than this makes a question too long to read. */
	private static final int MAX_JOINED_WORDS = 45;

	/** How many verbless sentences a heading's story may open with. */
	private static final int MAX_VERBLESS_AFTER_HEADING = 3;

	private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’-]\\p{L}+)*|\\d+");

	private LeaningSentences() {
	}

	/**
	 * The short sentence of a date or count joined with the sentence it leans on, or null
	 * when it does not lean on one or the neighbour is no statement in the same
	 * paragraph. {@code statement} says whether the sentence has a verb of its own.
	 */
	static Sentence around(SourceDocument document, Sentence sentence, Fact fact, boolean statement) {
		if (!(fact instanceof DateFact) && !(fact instanceof CountFact) || words(sentence.text()) > MAX_SHORT_WORDS) {
			return null;
		}
		List<Sentence> sentences = document.sentences();
		int at = sentences.indexOf(sentence);
		if (at < 0) {
			return null;
		}
		if (fact instanceof DateFact && !statement && heading(document.text(), sentence, fact)) {
			return withStory(document, sentences, at);
		}
		if (fact instanceof CountFact && at > 0) {
			Sentence before = sentences.get(at - 1);
			if (Statement.isStatement(before.text()) && sameParagraph(document.text(), before, sentence)) {
				return joined(document.text(), before, sentence);
			}
		}
		return null;
	}

	/**
	 * "Atlanta, nineteen ninety-six.", "January 1997.": a date with at most a place name
	 * before it, opening its line or following another sentence.
	 */
	private static boolean heading(String text, Sentence sentence, Fact fact) {
		String before = text.substring(sentence.start(), fact.start());
		String after = text.substring(fact.end(), sentence.end()).strip();
		if (!after.equals(".")) {
			return false;
		}
		Matcher word = WORD.matcher(before);
		int names = 0;
		while (word.find()) {
			if (!Character.isUpperCase(word.group().charAt(0)) || ++names > 2) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The heading with the story it heads: the sentences after it up to the first with a
	 * verb, all in its paragraph.
	 */
	private static Sentence withStory(SourceDocument document, List<Sentence> sentences, int at) {
		Sentence heading = sentences.get(at);
		for (int next = at + 1; next < sentences.size() && next <= at + MAX_VERBLESS_AFTER_HEADING + 1; next++) {
			Sentence story = sentences.get(next);
			if (!sameParagraph(document.text(), sentences.get(next - 1), story)) {
				return null;
			}
			if (Statement.isStatement(story.text())) {
				return joined(document.text(), heading, story);
			}
		}
		return null;
	}

	private static Sentence joined(String text, Sentence first, Sentence last) {
		String joined = text.substring(first.start(), last.end());
		return words(joined) > MAX_JOINED_WORDS ? null : new Sentence(first.start(), last.end(), joined);
	}

	private static boolean sameParagraph(String text, Sentence first, Sentence next) {
		return text.substring(first.start(), next.start()).indexOf('\n') < 0;
	}

	private static int words(String text) {
		Matcher word = WORD.matcher(text);
		int n = 0;
		while (word.find()) {
			n++;
		}
		return n;
	}

}
