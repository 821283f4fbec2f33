package app.quarry.decks.exchange;

import java.util.List;

/**
 * A card as every exchange format sees it. A BASIC card asks {@code front} and is
 * answered by {@code back}. A CLOZE card is one deletion ({@code ordinal}, the N of
 * {@code {{cN::...}}}) of the note text {@code front}; {@code back} is the note's extra
 * text (may be empty). {@code reviews} is its history in the app it came from, oldest
 * first.
 */
public record PortableCard(Kind kind, String front, String back, int ordinal, List<PastReview> reviews) {

	/** The two kinds of note every tool knows. */
	public enum Kind {

		BASIC, CLOZE

	}

	public PortableCard {
		reviews = List.copyOf(reviews);
	}

	public static PortableCard basic(String front, String back) {
		return new PortableCard(Kind.BASIC, front, back, 0, List.of());
	}

	public static PortableCard cloze(String text, String extra, int ordinal) {
		return new PortableCard(Kind.CLOZE, text, extra, ordinal, List.of());
	}

	/** The same card with this history. */
	public PortableCard withReviews(List<PastReview> history) {
		return new PortableCard(this.kind, this.front, this.back, this.ordinal, history);
	}

	/** The same card without its history: what "the same cards" compares. */
	public PortableCard content() {
		return withReviews(List.of());
	}

	/**
	 * The cards of one note text: a cloze card per deletion number when the text has
	 * {@code {{cN::...}}}, else one basic card.
	 */
	public static List<PortableCard> ofNote(String front, String back) {
		List<Integer> ordinals = Cloze.ordinals(front);
		if (ordinals.isEmpty()) {
			return List.of(basic(front, back));
		}
		return ordinals.stream().map(n -> cloze(front, back, n)).toList();
	}

}
