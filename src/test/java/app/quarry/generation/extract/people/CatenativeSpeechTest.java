package app.quarry.generation.extract.people;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A speech verb carried by another verb ("goes on to say", "continued to insist") has
 * that verb's subject for its speaker; the carrying words are no part of who spoke.
 */
class CatenativeSpeechTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"The Daily Ledger goes on to say the new rules are, \"meant to keep children away from gambling adverts.\"|the Daily Ledger",
			"Jane Roe went on to say the plan was \"a disgrace to everyone who ever worked in this building.\"|Jane Roe",
			"Mark Doe continued to insist, \"Nobody on the board knew anything about the missing money.\"|Mark Doe",
			"The Harbour Gazette went on to tell readers that the mayor was \"finished as a force in this city.\"|the Harbour Gazette",
			"Anna Berg then goes on to write, \"The bridge will never carry the traffic it was built for.\"|Anna Berg" })
	void the_carrying_verbs_subject_is_the_speaker(String sentence, String speaker) {
		assertThat(SeedDocuments.quotes(DocumentText.of("Parliament passed the law on Monday. " + sentence)))
			.singleElement()
			.satisfies(quote -> assertThat(quote).startsWith(speaker + " :: "));
	}

}
