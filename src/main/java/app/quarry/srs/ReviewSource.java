package app.quarry.srs;

/**
 * Where an answer came from: self-study, a graded quiz response, or the history of a deck
 * imported from another app (Anki's review log).
 */
public enum ReviewSource {

	STUDY, QUIZ, IMPORT

}
