package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotations handed over by an issued statement, fragments a teller quotes inside the
 * clause he reports, and the place where words were posted, each in sentences written for
 * the test.
 */
class StatementsAndReportedFragmentsQuoteShapesTest {

	private static java.util.List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void the_quotation_after_a_statement_issued_is_the_words_of_who_issued_it() {
		assertThat(quotes("The mill in Dayton will close. Senator Jim Coe, Republican from Ohio, issued a statement "
				+ "regarding the closure of the mill. \"Like many Ohioans, I am disappointed with the decision. The "
				+ "workers deserve better than this.\""))
			.containsExactly("Jim Coe :: Like many Ohioans, I am disappointed with the decision. The workers deserve "
					+ "better than this.");
		assertThat(quotes("The yard in Leeds will close. Jill Moe released a short statement on the closing. \"Like "
				+ "many voters, I am hurt by the choice to close the yard.\""))
			.containsExactly("Jill Moe :: Like many voters, I am hurt by the choice to close the yard.");
	}

	@Test
	void a_fragment_quoted_in_a_clause_a_teller_reports_is_the_tellers_account() {
		assertThat(quotes("Peter Smith left his job in May. Mark Doe, a spokesman for the police, spoke to the Herald. "
				+ "Doe told the Herald that on May 3 Smith \"walked into the lobby of the station and surrendered\", "
				+ "and told the officers, \"everything he had taken\"."))
			.containsExactly("Mark Doe :: walked into the lobby of the station and surrendered",
					"Mark Doe :: everything he had taken");
	}

	@Test
	void a_place_where_words_were_posted_is_not_their_speaker() {
		assertThat(quotes("A keen gardener described the flower show, writing on a forum \"The roses "
				+ "were better than ever this summer.\""))
			.allSatisfy((quote) -> assertThat(quote).doesNotStartWith("a forum").doesNotStartWith("A forum"));
	}

}
