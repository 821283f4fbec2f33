package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A sentence that opens with a company's name and says what it is, or what part it plays
 * in a deal, the way a business story closes its account of one.
 */
class CopularOrganisationsTest {

	private static List<String> found(String text) {
		return FoundOrganisations.in(text);
	}

	@Test
	void a_company_name_with_its_abbreviation_and_a_participle_after_the_noun_says_what_it_is() {
		assertThat(found("Tamsin Co. is a shipping company controlled by the Harlow family."))
			.contains("Tamsin Co. | a shipping company controlled by the Harlow family");
		assertThat(found("Vetra Partners is a group that includes Brovex Corp. and the Harlow family."))
			.contains("Vetra Partners | a group that includes Brovex Corp. and the Harlow family");
	}

	@Test
	void a_company_that_plays_a_part_in_a_deal_is_described_by_that_part() {
		assertThat(found("Halden Tamsin Securities Inc. is the lead arranger for the loan."))
			.contains("Halden Tamsin Securities Inc. | the lead arranger for the loan");
		assertThat(found("Brovex Inc. is the financial adviser to Tamsin Ltd."))
			.contains("Brovex Inc. | the financial adviser to Tamsin Ltd.");
	}

	@Test
	void a_part_in_a_deal_that_a_clause_goes_on_from_describes_nothing() {
		assertThat(found("Brovex Inc. is the lead arranger for the loan, a spokesman said."))
			.noneMatch(fact -> fact.contains("arranger"));
		assertThat(found("Jane Roe is the lead arranger for the loan.")).isEmpty();
	}

	@Test
	void a_phrase_after_the_organisation_noun_says_what_it_does_up_to_its_comma() {
		assertThat(found("Trellis is a supplier of small electric trucks, and the merger will help Orvel sell them."))
			.contains("Trellis | a supplier of small electric trucks");
		assertThat(found("Brenco is a Boston holding company for Marlow Inc., which imports lamps."))
			.contains("Brenco | a Boston holding company for Marlow Inc.");
	}

	@Test
	void a_phrase_in_a_sentence_that_reports_someone_describes_nothing() {
		assertThat(found("Trellis is a supplier of small electric trucks, its chief said."))
			.noneMatch(fact -> fact.contains("supplier"));
	}

}
