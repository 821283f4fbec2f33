package app.quarry.srs;

/** Where an answer came from: self-study or a graded quiz response. */
public enum ReviewSource {

	STUDY, QUIZ

}
