package app.quarry.generation.extract.people;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A writer told by surname and the paper or magazine they write for speaks as the
 * surname; a body whose own name runs on with "of" speaks as the whole name.
 */
class SurnamesOfEmployersTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Harris of Ledger Magazine points out, \"The bridge seems a logical place to cut costs, but it carries most traffic.\"|Harris",
			"Dodds of Harbour Magazine noted, \"The council seems to have forgotten who pays for the roads here.\"|Dodds",
			"Kowalski of Vela Radio wrote, \"The stadium was half empty for most of the afternoon and nobody cared.\"|Kowalski",
			"Bank of Norland said, \"Rates will stay where they are for the rest of the year at least.\"|Bank of Norland",
			"Church of Scotland said, \"We will welcome everyone who comes through our doors this winter.\"|Church of Scotland",
			"University of Vela said, \"The results were checked twice by teams working apart from each other.\"|University of Vela" })
	void a_surname_of_a_publication_is_the_writer(String sentence, String speaker) {
		assertThat(SeedDocuments.quotes(DocumentText.of("The plan drew comment. " + sentence))).singleElement()
			.satisfies(quote -> assertThat(quote).startsWith(speaker + " :: "));
	}

}
