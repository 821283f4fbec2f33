package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Short quoted fragments of wire copy whose speaker is an organisation, a pronoun or a
 * source the text describes without naming.
 */
class WireFragmentQuoteShapesTest {

	private static java.util.List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_source_that_goes_on_is_the_source_described_before() {
		assertThat(quotes("The mayor will stay, one well informed source said. The source said the mayor \"made up "
				+ "his mind\" last week. \"Nobody can move him now,\" the source said Monday."))
			.containsExactly("well informed source :: made up his mind",
					"well informed source :: Nobody can move him now");
	}

	@Test
	void the_source_after_a_bare_a_source_stays_unknown() {
		assertThat(quotes("The mayor will stay, a source said. \"Nobody can move him now,\" the source said Monday."))
			.containsExactly("null :: Nobody can move him now");
	}

	@Test
	void two_words_a_participle_after_a_bodys_clause_hands_over_are_the_bodys() {
		assertThat(quotes("The Norland government Saturday strongly condemned the two fires in the port, calling them "
				+ "a \"cowardly crime.\""))
			.containsExactly("the Norland government :: cowardly crime.");
	}

	@Test
	void two_words_a_body_relays_from_someone_else_stay_a_phrase() {
		assertThat(quotes("The carmaker announced that its auditors had \"serious doubt\" about the plan.")).isEmpty();
	}

}
