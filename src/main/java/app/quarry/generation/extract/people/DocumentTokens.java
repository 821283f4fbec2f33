package app.quarry.generation.extract.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.quarry.corpus.Sentence;

/**
 * A document's tokens with what the rules ask of each: which sentence it is in, whether a
 * line break or a sentence start comes before it.
 */
final class DocumentTokens {

	final String text;

	final List<Token> tokens;

	/** The tokens as an array: the rules read them by index millions of times. */
	private final Token[] byIndex;

	/** What {@link #get} gives past the text's ends. */
	private final Token beyond;

	final int[] sentence;

	final boolean[] startsSentence;

	final boolean[] afterLineBreak;

	final List<Sentence> sentences;

	/**
	 * What the part-of-speech model said of a sentence's first words, by their first and
	 * end token: the name and organisation finders ask it of the same words, and the
	 * model costs more than any rule.
	 */
	final Map<Long, Boolean> properNounAtStart = new HashMap<>();

	/**
	 * Each sentence's part-of-speech tags, by its first token, read once when first
	 * asked.
	 */
	final Map<Integer, SentenceTags> sentenceTags = new HashMap<>();

	/**
	 * The words that stand somewhere with no capitalized word of a name beside them (see
	 * {@link CountriesBeforeNames#usedAlone}), gathered in one pass when first asked:
	 * asked of every multi-word name, a pass over the whole text per name grew with the
	 * square of a long document.
	 */
	Set<String> wordsUsedAlone;

	DocumentTokens(String text, List<Sentence> sentences) {
		this.text = text;
		this.sentences = sentences;
		this.tokens = Tokenizer.tokenize(text, 0, text.length());
		this.byIndex = this.tokens.toArray(Token[]::new);
		this.beyond = new Token(text.length(), text.length(), " ", false);
		int n = this.tokens.size();
		this.sentence = new int[n];
		this.startsSentence = new boolean[n];
		this.afterLineBreak = new boolean[n];
		int s = 0;
		int previousEnd = 0;
		for (int i = 0; i < n; i++) {
			Token token = this.tokens.get(i);
			while (s + 1 < sentences.size() && sentences.get(s + 1).start() <= token.start()) {
				s++;
			}
			this.sentence[i] = s;
			this.startsSentence[i] = i == 0 || this.sentence[i - 1] != s;
			this.afterLineBreak[i] = i == 0 || hasLineBreak(text, previousEnd, token.start());
			previousEnd = token.end();
		}
	}

	private static boolean hasLineBreak(String text, int from, int to) {
		for (int c = from; c < to; c++) {
			if (text.charAt(c) == '\n') {
				return true;
			}
		}
		return false;
	}

	int size() {
		return this.byIndex.length;
	}

	/**
	 * The token at {@code i}; past either end of the text, an empty mark that is no word
	 * and opens nothing. A text may stop anywhere ("... said Jane Roe, who"), and the
	 * readers that look a few words ahead find its end as they would a full stop.
	 */
	Token get(int i) {
		return i >= 0 && i < this.byIndex.length ? this.byIndex[i] : this.beyond;
	}

	/** The first token of the sentence the token is in. */
	int sentenceStart(int token) {
		int t = token;
		while (t > 0 && this.sentence[t - 1] == this.sentence[token]) {
			t--;
		}
		return t;
	}

	/** A boundary no name or role runs across: a sentence start or a line break. */
	boolean boundaryBefore(int i) {
		return i <= 0 || i >= this.byIndex.length || this.startsSentence[i] || this.afterLineBreak[i];
	}

	/** The index of the first token starting at or after the offset. */
	int tokenAt(int offset) {
		int low = 0;
		int high = this.tokens.size();
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (this.tokens.get(mid).start() < offset) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

	String span(int fromToken, int toToken) {
		return this.text.substring(this.tokens.get(fromToken).start(), this.tokens.get(toToken - 1).end());
	}

}
