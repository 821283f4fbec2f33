package app.quarry.study;

import java.util.List;

/**
 * A card as shown this time: its options in the order of this showing (multiple choice is
 * shuffled per showing; true/false keeps True before False so its keys never move).
 */
public record ShownCard(StudyCard card, List<String> options, int position, int total) {

	public ShownCard {
		options = List.copyOf(options);
	}

}
