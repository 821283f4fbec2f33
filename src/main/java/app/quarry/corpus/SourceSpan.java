package app.quarry.corpus;

/**
 * Where something stands in a document: character offsets (UTF-16 code units, Java
 * {@code String} indexes) into the document's text exactly as stored, which is the file's
 * text as read.
 */
public record SourceSpan(String documentId, int start, int end) {

	public SourceSpan {
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("bad span " + start + ".." + end);
		}
	}

}
