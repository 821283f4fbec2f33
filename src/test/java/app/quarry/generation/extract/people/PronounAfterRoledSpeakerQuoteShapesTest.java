package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A "he" or "she" that opens a sentence with a speech verb goes on with the speaker of
 * the sentence before, also when that speaker's name carries a role set off by commas
 * before the verb, and when the text never tells the gender of a person named in full
 * with a role. A company, or a person of the other gender, gives nobody.
 */
class PronounAfterRoledSpeakerQuoteShapesTest {

	private static java.util.List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_pronoun_goes_on_with_a_speaker_whose_role_is_set_off_before_the_verb() {
		assertThat(quotes("Peter Lake, the Acme chief, has said that Tom Birch should resign from the board. He later "
				+ "told reporters the board \"must remove him and call fresh elections at once.\""))
			.containsExactly("Peter Lake :: must remove him and call fresh elections at once.");
	}

	@Test
	void a_pronoun_goes_on_with_a_woman_whose_role_is_set_off_before_the_verb() {
		assertThat(quotes("Mary Hale, the head teacher, said on Monday that Tom Lake would leave. She later said "
				+ "that the council \"had left the school with no choice but to shut its doors.\""))
			.containsExactly("Mary Hale :: had left the school with no choice but to shut its doors.");
	}

	@Test
	void a_pronoun_goes_on_with_a_roled_speaker_whose_gender_the_text_never_told() {
		assertThat(quotes("Odaro Kwame, the Norland premier, told the press that Tom Birch ought to step aside. He "
				+ "then said the union \"ought to bar him and send monitors to watch over a fair vote.\""))
			.containsExactly("Odaro Kwame :: ought to bar him and send monitors to watch over a fair vote.");
	}

	@Test
	void a_pronoun_does_not_go_on_with_a_company_set_off_with_its_trade() {
		assertThat(quotes("Acme Holdings Ltd, the Holm builder, has said that the bridge should close. He later "
				+ "told reporters the board \"must halt the works and call fresh bids at once.\""))
			.containsExactly("null :: must halt the works and call fresh bids at once.");
	}

	@Test
	void a_pronoun_of_the_other_gender_does_not_go_on_with_the_speaker() {
		assertThat(quotes("Peter Lake, the Acme chief, said that Tom Birch should resign from the board. She later "
				+ "told reporters the board \"must remove him and call fresh elections at once.\""))
			.containsExactly("null :: must remove him and call fresh elections at once.");
	}

}
