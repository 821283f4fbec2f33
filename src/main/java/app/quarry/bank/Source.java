package app.quarry.bank;

/**
 * Where a question comes from: a sentence of a document, by character offsets (UTF-16
 * code units) into the document's text as stored, and the sentence itself.
 */
public record Source(String document, int start, int end, String sentence) {

}
