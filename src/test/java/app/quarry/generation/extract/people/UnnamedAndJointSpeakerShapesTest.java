package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speakers the text describes without a name after the speech verb ("said a city
 * official") and subjects that join two people, whose words are neither's alone. In
 * sentences written for the test.
 */
class UnnamedAndJointSpeakerShapesTest {

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void an_official_described_after_the_verb_is_the_speaker_without_what_follows_the_role() {
		assertThat(quotes("The dock strike entered its third week. ``This is a man who is stubborn, and therefore "
				+ "capable of big mistakes,'' says one senior city official involved in managing the strike."))
			.containsExactly("senior city official :: This is a man who is stubborn, and therefore capable of "
					+ "big mistakes");
		assertThat(quotes("The dock strike entered its third week. ``That shows he is nervous about his place on "
				+ "the board,'' says one city official."))
			.containsExactly("city official :: That shows he is nervous about his place on the board");
	}

	@Test
	void a_body_before_a_role_only_qualifies_the_role_that_speaks() {
		assertThat(quotes("A fire broke out at the depot overnight. ``It was definitely a fire set on purpose,'' "
				+ "said a fire department official in Leeds, who refused to identify himself."))
			.containsExactly("fire department official :: It was definitely a fire set on purpose");
	}

	@Test
	void a_place_or_a_name_after_the_verb_is_no_described_speaker() {
		assertThat(quotes("``We will be back next year with a bigger boat,'' said Anna Berg, the team's captain."))
			.containsExactly("Anna Berg :: We will be back next year with a bigger boat");
		assertThat(quotes("The crowd cheered as the boat came in. ``We did it,'' said the boat's captain."))
			.noneMatch(quote -> quote.startsWith("the boat ::"));
	}

	@Test
	void a_bare_role_after_the_verb_tells_too_little_to_be_asked() {
		assertThat(quotes("The dock strike entered its third week. ``We will not give in,'' said a spokesman."))
			.containsExactly("null :: We will not give in");
	}

	@Test
	void he_going_on_from_a_described_speaker_is_that_speaker() {
		assertThat(quotes("A fire broke out at the depot overnight. ``It was definitely a fire set on purpose,'' "
				+ "said a fire department official in Leeds, who asked not to be named. ``The trucks that burned "
				+ "are parked behind the depot,'' he said."))
			.containsExactly("fire department official :: It was definitely a fire set on purpose",
					"fire department official :: The trucks that burned are parked behind the depot");
	}

	@Test
	void a_described_subject_whose_role_is_of_a_named_place_is_the_speaker() {
		assertThat(quotes("Freedonia closed its ports on Monday. The Freedonian ambassador to Norway said in Oslo "
				+ "the idle trawlers could sail ``as soon as the ice in the fjords and its harbours has "
				+ "melted.''"))
			.containsExactly("the Freedonian ambassador to Norway :: as soon as the ice in the fjords and its "
					+ "harbours has melted.");
	}

	@Test
	void a_speech_verb_whose_subject_joins_two_people_gives_the_words_to_neither_alone() {
		String talks = "The two presidents met in the capital on Monday for a second day of talks. ";
		assertThat(quotes(talks + "In a shared letter sent after the meeting, Anton Varga and Peter "
				+ "Lindqvist urged a quick vote on the accord, saying it would build a ``firm basis for "
				+ "open trade.''"))
			.noneMatch(quote -> quote.startsWith("Anton Varga ::") || quote.startsWith("Peter Lindqvist ::"));
		assertThat(quotes(talks + "Anton Varga and Peter Lindqvist said the treaty ``will open a new page in the "
				+ "history of our two nations.''"))
			.noneMatch(quote -> quote.startsWith("Anton Varga ::") || quote.startsWith("Peter Lindqvist ::"));
		assertThat(
				quotes(talks + "Anton Varga and his foreign minister, Maria Ortiz, said: ``The border will stay open "
						+ "for trade.''"))
			.noneMatch(quote -> quote.startsWith("Maria Ortiz ::"));
	}

	@Test
	void a_speaker_who_met_someone_and_then_spoke_is_still_the_speaker() {
		assertThat(quotes("Anton Varga met Peter Lindqvist on Tuesday and said, ``We will meet again in the spring "
				+ "to finish the work.''"))
			.containsExactly("Anton Varga :: We will meet again in the spring to finish the work.");
	}

}
