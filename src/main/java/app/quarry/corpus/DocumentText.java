package app.quarry.corpus;

import java.util.List;

/**
 * A document's text as stored (the file's text exactly as read), its clean text (the same
 * length, web residue masked by spaces) and its sentences, whose offsets index both.
 */
public record DocumentText(String text, String cleanText, List<Sentence> sentences) {

	public DocumentText {
		if (text.length() != cleanText.length()) {
			throw new IllegalArgumentException("clean text must have the text's length");
		}
		sentences = List.copyOf(sentences);
	}

	/**
	 * Masks the residue of {@code text}, reads its typewriter quotation marks as
	 * typographic ones, and splits it into sentences.
	 */
	public static DocumentText of(String text) {
		String clean = AsciiQuotes.typographic(ResidueMask.mask(text));
		return new DocumentText(text, clean, SentenceSplitter.split(text, clean));
	}

	/**
	 * The sentence containing offset {@code at}, or null when it falls between sentences.
	 */
	public Sentence sentenceAt(int at) {
		int lo = 0;
		int hi = this.sentences.size() - 1;
		while (lo <= hi) {
			int mid = (lo + hi) >>> 1;
			Sentence s = this.sentences.get(mid);
			if (at < s.start()) {
				hi = mid - 1;
			}
			else if (at >= s.end()) {
				lo = mid + 1;
			}
			else {
				return s;
			}
		}
		return null;
	}

}
