package app.quarry.generation.extract.people;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "He" or "she" does not stand for a person whose given name belongs to the other sex,
 * even when the text never says which they are and they headed the sentence before.
 */
class GivenNamesOfTheOtherSexTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Paulo Mendes met Lucia Ferro at a party last year. Ferro has been missing since May. He allegedly told her, \"You never listen to me and you will regret it.\"|Paulo Mendes",
			"Lucia Ferro met Paulo Mendes at a party last year. Mendes has been missing since May. She allegedly told him, \"You never listen to me and you will regret it.\"|Lucia Ferro",
			"Tomas Ruiz hired Greta Lindqvist in March. Lindqvist left the firm in June. He later said, \"I should never have signed that contract with her.\"|Tomas Ruiz",
			"Greta Lindqvist hired Tomas Ruiz in March. Ruiz left the firm in June. She later said, \"I should never have signed that contract with him.\"|Greta Lindqvist",
			"Marco Bellini sued Agnes Kowalczyk in April. Kowalczyk denied the claim. He told reporters, \"The money was mine and everybody at the firm knew it.\"|Marco Bellini" })
	void the_pronoun_goes_to_the_person_whose_given_name_agrees(String text, String speaker) {
		assertThat(SeedDocuments.quotes(DocumentText.of(text))).singleElement()
			.satisfies(quote -> assertThat(quote).startsWith(speaker + " :: "));
	}

}
