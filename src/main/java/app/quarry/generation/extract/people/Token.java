package app.quarry.generation.extract.people;

/**
 * A word or a punctuation mark of a document, with its offsets into the document's text,
 * its lower case, whether it is a word that begins with a capital, and its character when
 * it has only one ({@code mark}, else -1).
 */
record Token(int start, int end, String text, boolean word, String lower, boolean capitalized, int mark) {

	/**
	 * The word's lower case and its capital are read once: the rules ask for them many
	 * times for each word of a document, and a flag is read faster than the text's first
	 * character. So is a one-character token's character, which the rules compare with a
	 * punctuation mark at nearly every token.
	 */
	Token(int start, int end, String text, boolean word) {
		this(start, end, text, word, text.toLowerCase(java.util.Locale.ROOT),
				word && Character.isUpperCase(text.charAt(0)), text.length() == 1 ? text.charAt(0) : -1);
	}

	/**
	 * A name-like word: an upper-case letter followed by a lower-case one, or initials
	 * ("X.", "P.J.", "J.R.R.").
	 */
	boolean nameLike() {
		if (!this.capitalized || HyphenedDescriptors.is(this.text)) {
			return false;
		}
		if (this.text.length() == 2 && this.text.charAt(1) == '.') {
			return true;
		}
		if (JoinedInitials.are(this.text)) {
			return true; // "J.L. Roe"
		}
		if (this.text.length() > 2 && (this.text.charAt(1) == '\'' || this.text.charAt(1) == '’')) {
			return Character.isUpperCase(this.text.charAt(2)); // "O'Reilly", "D’Souza"
		}
		return this.text.length() > 1 && Character.isLowerCase(this.text.charAt(1));
	}

	/**
	 * Whether the token is the text given. A mark of one character is compared with the
	 * token's own, without reading the token's text.
	 */
	boolean is(String punctuation) {
		return punctuation.length() == 1 ? this.mark == punctuation.charAt(0) : this.text.equals(punctuation);
	}

}
