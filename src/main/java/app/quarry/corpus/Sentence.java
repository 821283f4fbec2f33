package app.quarry.corpus;

/**
 * One sentence of a document: its offsets into the document's stored text, and its text.
 */
public record Sentence(int start, int end, String text) {

}
