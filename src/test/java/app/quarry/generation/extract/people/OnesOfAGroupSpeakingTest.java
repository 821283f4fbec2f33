package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A speaker picked out of a group with "one" ("One of the nurses said", "One Acme worker
 * said") is answered by the description as the story writes it, whatever the kind of
 * people, as long as it says which group.
 */
class OnesOfAGroupSpeakingTest {

	private static java.util.List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void one_of_a_group_is_the_speaker_as_written() {
		assertThat(quotes("One of the children said, \"We hid in the barn until the storm had passed over.\""))
			.containsExactly("one of the children :: We hid in the barn until the storm had passed over.");
		assertThat(quotes("One of the workers told the Westbury Gazette, \"Nobody from the board ever came "
				+ "down to the floor.\""))
			.containsExactly("one of the workers :: Nobody from the board ever came down to the floor.");
		assertThat(quotes("One of the new Acme drivers said: \"We were never told the route had changed.\""))
			.containsExactly("one of the new Acme drivers :: We were never told the route had changed.");
		assertThat(quotes("One of its women players said, \"We train twice as hard for half the money.\""))
			.containsExactly("one of its women players :: We train twice as hard for half the money.");
	}

	@Test
	void one_with_words_that_say_which_group_is_the_speaker_as_written() {
		assertThat(quotes("One Acme worker said, \"We are ready to defend the plant with our bare hands.\""))
			.containsExactly("one Acme worker :: We are ready to defend the plant with our bare hands.");
		assertThat(quotes("One young volunteer said, \"We carried sandbags from dawn until late at night.\""))
			.containsExactly("one young volunteer :: We carried sandbags from dawn until late at night.");
	}

	@Test
	void one_of_a_group_after_a_speech_verb_opening_the_sentence_is_the_speaker() {
		assertThat(quotes("Says one Acme worker, \"We are ready to defend the mill with our own hands.\""))
			.containsExactly("one Acme worker :: We are ready to defend the mill with our own hands.");
		assertThat(quotes("Said one of the older nurses, \"Nobody from the board ever came down to see us.\""))
			.containsExactly("one of the older nurses :: Nobody from the board ever came down to see us.");
		assertThat(quotes("Says one worker, \"We will stay in the mill until the end of the year.\""))
			.containsExactly("null :: We will stay in the mill until the end of the year.");
	}

	@Test
	void one_of_a_pronoun_or_one_of_a_kind_alone_is_no_answer() {
		assertThat(quotes("One of them said, \"We will be back next week with twice as many people.\""))
			.containsExactly("null :: We will be back next week with twice as many people.");
		assertThat(quotes("One worker said, \"We will be back next week with twice as many people.\""))
			.containsExactly("null :: We will be back next week with twice as many people.");
	}

	@Test
	void a_member_named_in_apposition_is_the_speaker() {
		assertThat(quotes("One of the Acme workers, Tom Doe, said, \"We will be back next week with more.\""))
			.containsExactly("Tom Doe :: We will be back next week with more.");
	}

}
