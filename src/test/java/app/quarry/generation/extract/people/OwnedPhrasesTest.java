package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A few quoted words a possessive owns are the owner's label, named by the narration: no
 * one's words, least of all the source the sentence cites.
 */
class OwnedPhrasesTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"The mayor also spoke about housing and, according to the Harbour Gazette, former mayor John Roe's \"war on poverty\".",
			"According to the Daily Ledger, the talks touched on Jane Roe's \"big society\" plans.",
			"Critics, the Acme Times reported, mocked Prime Minister Tom Hale's \"bold new dawn\" again on Monday.",
			"The speech, Mark Doe said, recalled Anna Berg's \"one nation\" years.",
			"Reporters asked again about Senator Ruth Okafor's \"green growth\" pledge." })
	void a_short_phrase_after_a_possessive_is_nobodys_quotation(String sentence) {
		assertThat(SeedDocuments.quotes(DocumentText.of("The council met on Friday. " + sentence))).isEmpty();
	}

	@Test
	void a_clause_after_a_possessive_is_still_the_speakers() {
		assertThat(SeedDocuments.quotes(DocumentText
			.of("The council met on Friday. Jane Roe said her brother's \"pain is over now and he can rest at last\".")))
			.singleElement()
			.satisfies(quote -> assertThat(quote).startsWith("Jane Roe :: "));
	}

}
