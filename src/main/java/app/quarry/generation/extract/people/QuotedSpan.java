package app.quarry.generation.extract.people;

/**
 * Words between quotation marks. {@code start}/{@code end} include the marks;
 * {@code closed} is false for a quotation left open at the end of its paragraph (it goes
 * on in the next paragraph).
 */
record QuotedSpan(int start, int end, int innerStart, int innerEnd, boolean closed) {

	boolean contains(int offset) {
		return offset >= this.innerStart && offset < this.innerEnd;
	}

}
