package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A speaker the story leaves unnamed and tells only as a kind of person with what sets
 * them apart ("one witness of the fire") is answered by that description.
 */
class KindsOfPeopleSpeakingTest {

	private static java.util.List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_kind_of_person_with_what_sets_them_apart_is_the_speaker_told_without_one() {
		assertThat(quotes("One witness of the harbour fire reported, \"The flames reached the roof in minutes. "
				+ "Nobody could get near.\""))
			.containsExactly("witness of the harbour fire :: The flames reached the roof in minutes. Nobody could "
					+ "get near.");
		assertThat(quotes("A passenger on the late ferry said, \"We waited two hours in the cold without a word "
				+ "from anyone.\""))
			.containsExactly(
					"passenger on the late ferry :: We waited two hours in the cold without a word from " + "anyone.");
		assertThat(quotes("One victim from the northern village described the night: \"We ran into the fields and "
				+ "hid until dawn.\""))
			.containsExactly("victim from the northern village :: We ran into the fields and hid until dawn.");
		assertThat(quotes(
				"A bystander near the station recalled, \"The car did not even slow down before the " + "crossing.\""))
			.containsExactly("bystander near the station :: The car did not even slow down before the crossing.");
		assertThat(quotes("One patient at the clinic told reporters: \"We had no water for three days and the "
				+ "lights kept failing.\""))
			.containsExactly("patient at the clinic :: We had no water for three days and the lights kept failing.");
	}

	@Test
	void the_kind_alone_tells_too_little_to_answer_who_spoke() {
		assertThat(quotes("One witness reported, \"The flames reached the roof in minutes. Nobody could get near.\""))
			.containsExactly("null :: The flames reached the roof in minutes. Nobody could get near.");
		assertThat(quotes("A victim said, \"We ran into the fields and hid until dawn with the children.\""))
			.containsExactly("null :: We ran into the fields and hid until dawn with the children.");
	}

}
