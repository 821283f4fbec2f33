package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A quote handed by a comma or a dash to a name and its description, with no speech verb
 * left in the sentence. In sentences written for the test.
 */
class VerblessCloserTest {

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_name_and_its_description_after_the_quotes_comma_are_the_speaker() {
		assertThat(quotes("\"Buyers are holding back. Incentives do not work in this economy,\" Dana Whitlow, an "
				+ "analyst for Carview."))
			.containsExactly("Dana Whitlow :: Buyers are holding back. Incentives do not work in this economy");
	}

	@Test
	void a_dash_hands_the_quote_over_as_well() {
		assertThat(quotes("\"Nobody expected this\" - Lena Vask, a spokeswoman for Orlin."))
			.containsExactly("Lena Vask :: Nobody expected this");
	}

	@Test
	void a_clause_after_the_description_leaves_the_quote_unread() {
		assertThat(quotes("\"The plant will close,\" Mark Dorr, the mayor, who opposed the plan."))
			.noneMatch(quote -> quote.startsWith("Mark Dorr"));
	}

	@Test
	void a_quote_inside_a_sentence_is_not_handed_to_a_name_set_off_after_it() {
		assertThat(quotes("Critics called the plan \"a reckless and costly step,\" Anna Kirr, the mayor of Tolby."))
			.noneMatch(quote -> quote.startsWith("Anna Kirr"));
	}

}
