package app.quarry.generation.extract.people;

/**
 * A word or a punctuation mark of a document, with its offsets into the document's text.
 */
record Token(int start, int end, String text, boolean word) {

	boolean capitalized() {
		return this.word && Character.isUpperCase(this.text.charAt(0));
	}

	/**
	 * A name-like word: an upper-case letter followed by a lower-case one, or an initial.
	 */
	boolean nameLike() {
		if (!this.word || !Character.isUpperCase(this.text.charAt(0))) {
			return false;
		}
		if (this.text.length() == 2 && this.text.charAt(1) == '.') {
			return true;
		}
		if (this.text.length() > 2 && (this.text.charAt(1) == '\'' || this.text.charAt(1) == '’')) {
			return Character.isUpperCase(this.text.charAt(2)); // "O'Reilly", "D’Souza"
		}
		return this.text.length() > 1 && Character.isLowerCase(this.text.charAt(1));
	}

	boolean is(String punctuation) {
		return this.text.equals(punctuation);
	}

	String lower() {
		return this.text.toLowerCase(java.util.Locale.ROOT);
	}

}
