package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A speaker named after the quotation with two descriptions set off after the name, the
 * second telling of the body the first names, still speaks through the verb after both.
 */
class SecondAppositionsQuoteShapesTest {

	private static java.util.List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_second_description_of_the_named_body_does_not_cut_the_speaker_from_the_verb() {
		assertThat(quotes("\"We were not ready for that. Now we face another shock,\" Tom Kerr, vice president of "
				+ "Harbour Aid, a support group for families of the missing sailors, said."))
			.containsExactly("Tom Kerr :: We were not ready for that. Now we face another shock");
		assertThat(quotes("\"The vote was a disgrace from start to finish,\" Jane Roe, head of Fair Polls, a "
				+ "campaign group, told reporters."))
			.containsExactly("Jane Roe :: The vote was a disgrace from start to finish");
		assertThat(quotes("\"Our members will strike on Monday unless the offer improves,\" Ann Lee, secretary of "
				+ "the Dock Workers Union, an affiliate of the national federation, said."))
			.containsExactly("Ann Lee :: Our members will strike on Monday unless the offer improves");
	}

}
