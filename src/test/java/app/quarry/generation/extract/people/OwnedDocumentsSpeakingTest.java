package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document its owner's name opens ("Roe's statement said") speaks with its owner's
 * words, as "the army's statement said" speaks with the army's.
 */
class OwnedDocumentsSpeakingTest {

	private static java.util.List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_document_owned_by_a_named_person_after_the_quote_gives_the_words_to_that_person() {
		assertThat(quotes("Jane Roe issued a statement. \"We will fight this ruling in every court we can reach,\" "
				+ "Roe's statement said."))
			.containsExactly("Jane Roe :: We will fight this ruling in every court we can reach");
		assertThat(quotes(
				"\"The river will rise again before the weekend is over,\" Tom Hale's latest report " + "warned."))
			.containsExactly("Tom Hale :: The river will rise again before the weekend is over");
		assertThat(quotes("\"Nobody at the plant was hurt in the blast,\" Lena Hartig's brief email added."))
			.containsExactly("Lena Hartig :: Nobody at the plant was hurt in the blast");
		assertThat(quotes("\"We have no plans to close the mill this year,\" Victor Osei's letter stated."))
			.containsExactly("Victor Osei :: We have no plans to close the mill this year");
	}

	@Test
	void a_person_owned_by_the_name_is_not_the_owner() {
		assertThat(quotes("\"We have done nothing wrong at any time,\" Jane Roe's lawyer said."))
			.doesNotContain("Jane Roe :: We have done nothing wrong at any time");
	}

}
