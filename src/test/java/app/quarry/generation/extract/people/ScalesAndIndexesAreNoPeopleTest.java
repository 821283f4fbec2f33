package app.quarry.generation.extract.people;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A capitalised run ending in "Scale" or "Index" names a measure, never a person: a later
 * "he said" cannot stand for it.
 */
class ScalesAndIndexesAreNoPeopleTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"The dam burst on Monday. A spokesman for the water board said the alert was raised to five on the Regional Hazard Index. \"We raised the level because the water is still rising fast,\" he said.",
			"A quake hit Westria. An official said it measured six on the Westmark Tremor Scale. \"Many homes in the old town are gone and more may fall,\" he said." })
	void a_measure_named_before_he_said_is_no_speaker(String text) {
		assertThat(SeedDocuments.quotes(DocumentText.of(text))).singleElement()
			.satisfies(quote -> assertThat(quote).doesNotContain("Index").doesNotContain("Scale"));
	}

}
