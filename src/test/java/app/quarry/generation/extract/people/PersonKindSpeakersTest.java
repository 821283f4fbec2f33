package app.quarry.generation.extract.people;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An unnamed speaker told by the kind of person they are ("one attendee", "a pensioner")
 * is answered as described, as one told by a post ("one resident") is.
 */
class PersonKindSpeakersTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"\"I was stopped and searched by two officers for no reason at all\" one attendee noted online.|one attendee",
			"\"The music was far too loud for the older people living here,\" a pensioner said.|a pensioner",
			"\"We waited four hours in the rain without any news at all,\" another evacuee told reporters.|another evacuee",
			"\"My rent went up twice this year and nobody explained why,\" one tenant wrote.|one tenant",
			"\"The guards took our phones on the first night,\" a detainee said.|a detainee" })
	void a_kind_of_person_after_the_quotation_is_its_described_speaker(String sentence, String speaker) {
		assertThat(SeedDocuments.quotes(DocumentText.of("Thousands came to the harbour on Sunday. " + sentence)))
			.singleElement()
			.satisfies(quote -> assertThat(quote).startsWith(speaker + " :: "));
	}

}
