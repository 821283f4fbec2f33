package app.quarry.generation.extract.people;

/**
 * The part-of-speech tags of one sentence, read whole by the model once per document and
 * shared by the finders that ask about its words: the model sees each word in its full
 * context, and costs no more for a second question about the same sentence.
 */
final class SentenceTags {

	private final int start;

	private final String[] tags;

	private SentenceTags(int start, String[] tags) {
		this.start = start;
		this.tags = tags;
	}

	/** The tags of the sentence that holds the token at {@code t}. */
	static SentenceTags of(DocumentTokens doc, int t) {
		int start = doc.sentenceStart(t);
		return doc.sentenceTags.computeIfAbsent(start, s -> {
			int end = s + 1;
			while (end < doc.size() && doc.sentence[end] == doc.sentence[s]) {
				end++;
			}
			String[] words = new String[end - s];
			for (int i = s; i < end; i++) {
				words[i - s] = doc.get(i).text();
			}
			return new SentenceTags(s, PartOfSpeech.tags(words));
		});
	}

	/** The tag of the token at {@code t}; "" outside the sentence. */
	String tag(int t) {
		int i = t - this.start;
		return i >= 0 && i < this.tags.length ? this.tags[i] : "";
	}

}
