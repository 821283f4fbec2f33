package app.quarry.corpus;

/** A stored document named for a list or a filter, without its text. */
public record DocumentTitle(String id, String title) {

}
