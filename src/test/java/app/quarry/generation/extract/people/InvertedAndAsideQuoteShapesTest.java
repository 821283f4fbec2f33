package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sentence that opens with its speech verb and hands the words over with a comma
 * ("Replied port spokesman Tom Roe, “…”"), and an aside set off by commas between a
 * described speaker and the verb ("an officer, speaking on condition of anonymity,
 * said"), and a quoted fragment whose sentence a described speaker closes ("…, a port
 * official said."). In sentences written for the test.
 */
class InvertedAndAsideQuoteShapesTest {

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_verb_opening_the_sentence_gives_the_words_after_the_comma_to_the_name_before_it() {
		assertThat(quotes("The harbour board sent a letter on Monday. Replied port spokesman Daniel Varga, ``We have "
				+ "not studied the letter in detail but it looks like more of the same noise.''"))
			.containsExactly("Daniel Varga :: We have not studied the letter in detail but it looks like more of the "
					+ "same noise.");
	}

	@Test
	void a_document_opening_with_such_a_verb_is_read_without_failing() {
		assertThat(quotes("Replied port spokesman Daniel Varga, ``We have not studied the letter in detail but it "
				+ "looks like more of the same noise.''"))
			.containsExactly("Daniel Varga :: We have not studied the letter in detail but it looks like more of the "
					+ "same noise.");
	}

	@Test
	void the_opening_verb_is_no_part_of_the_speakers_title() {
		assertThat(SeedDocuments.people(DocumentText.of("The board sent a letter. Replied port spokesman Daniel "
				+ "Varga, ``We have not studied the letter in detail but it looks like noise.''")))
			.contains("Daniel Varga | port spokesman");
	}

	@Test
	void a_name_after_a_possessive_or_an_apposition_before_the_comma_is_not_taken() {
		assertThat(quotes("The board sent a letter. Replied the lawyer of Daniel Varga, ``We have not studied the "
				+ "letter in detail but it looks like more of the same noise.''"))
			.noneMatch(quote -> quote.startsWith("Daniel Varga ::"));
	}

	@Test
	void an_aside_between_a_described_speaker_and_the_verb_keeps_the_speaker() {
		assertThat(quotes("Three men robbed the depot on Sunday. ``It looks as though they simply panicked,'' a "
				+ "detective, speaking on condition of anonymity, told the radio station."))
			.containsExactly("a detective :: It looks as though they simply panicked");
	}

	@Test
	void a_list_or_a_name_set_off_by_commas_is_no_aside() {
		assertThat(quotes("Three men robbed the depot on Sunday. ``It looks as though they simply panicked,'' a "
				+ "detective, Anna Berg, said of the robbers."))
			.noneMatch(quote -> quote.startsWith("a detective ::"));
		assertThat(quotes("Three men robbed the depot on Sunday. ``It looks as though they simply panicked,'' a "
				+ "detective, a guard and a clerk said."))
			.noneMatch(quote -> quote.startsWith("a detective ::"));
	}

	@Test
	void a_fragment_in_a_sentence_closed_by_a_described_speaker_is_that_speakers() {
		assertThat(quotes("The strike entered its third week. Crews were expected to use ``the smallest force needed'' "
				+ "to stop the boats, a port official said."))
			.containsExactly("a port official :: the smallest force needed");
	}

	@Test
	void a_fragment_after_other_reported_speech_is_not_given_to_the_closing_speaker() {
		assertThat(quotes("The strike entered its third week. The board wrote the union that it meant ``to go "
				+ "to that higher wage'' once the court agreed, a union spokesman said."))
			.noneMatch(quote -> quote.startsWith("a union spokesman ::"));
		assertThat(quotes("The strike entered its third week. Crews were expected to use ``the smallest force needed'' "
				+ "to stop the boats, a port official said on Monday that the talks had failed."))
			.noneMatch(quote -> quote.startsWith("a port official ::"));
	}

}
