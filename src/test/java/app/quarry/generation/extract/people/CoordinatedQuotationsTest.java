package app.quarry.generation.extract.people;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two quotations joined by nothing but "and" or "or" are governed by the same words: the
 * second has whatever speaker the first has, however long the first is, and none when the
 * first has none.
 */
class CoordinatedQuotationsTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"The police chief Mark Doe spoke to reporters. He vowed to \"find every one of those who started the riot\" and \"bring them before a judge\".|Mark Doe",
			"Jane Roe promised to \"rebuild every home that was lost in the fire\" and \"never let this happen again to anyone\".|Jane Roe",
			"Jane Roe called for \"a full and open inquiry into the police response\" or \"the resignation of the chief\".|Jane Roe" })
	void the_second_quotation_has_the_first_ones_speaker(String sentence, String speaker) {
		assertThat(SeedDocuments.quotes(DocumentText.of("Police clashed with protesters on Friday. " + sentence)))
			.hasSize(2)
			.allSatisfy(quote -> assertThat(quote).startsWith(speaker + " :: "));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Marchers carried signs mocking things that Mark Doe had said, as in \"Nobody builds roads like me\" and \"Taxes are for little people.\"" })
	void examples_of_things_said_stay_unattributed(String sentence) {
		assertThat(SeedDocuments.quotes(DocumentText.of("Police clashed with protesters on Friday. " + sentence)))
			.allSatisfy(quote -> assertThat(quote).startsWith("null :: "));
	}

}
