package app.quarry.decks;

/** One of a learner's decks as the list shows it: drafts await the owner's review. */
public record DeckSummary(String id, String title, int drafts, int approved) {

}
