package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What an organisation is, told in the shapes that set something off between its name and
 * the rest of the sentence: dashes around an apposition, a town between the name and its
 * apposition, and a sentence that says what the organisation is with "is the ...".
 */
class DashedAndTownSetOffOrganisationsTest {

	private static List<String> found(String text) {
		return FoundOrganisations.in(text);
	}

	@Test
	void an_apposition_between_em_dashes_says_what_the_organisation_is() {
		assertThat(found(
				"Marlow Asset Office \u2014 a government agency in the river town of Lune \u2014 owns 40% of Brovex."))
			.contains("Marlow Asset Office | a government agency in the river town of Lune");
	}

	@Test
	void spaced_hyphens_and_double_hyphens_set_an_apposition_off_as_dashes_do() {
		assertThat(found("Tamsin Group - a Danish shipping company - said on Monday it would sell the yard."))
			.contains("Tamsin Group | a Danish shipping company");
		assertThat(found("Tamsin Group -- a Danish shipping company -- said on Monday it would sell the yard."))
			.contains("Tamsin Group | a Danish shipping company");
	}

	@Test
	void dashes_of_two_kinds_or_a_dash_that_ends_the_sentence_set_nothing_off() {
		assertThat(found("Tamsin Group \u2014 a Danish shipping company - said on Monday it would sell the yard."))
			.noneMatch(fact -> fact.contains("shipping company"));
		assertThat(found("Tamsin Group \u2014 the one we met \u2014 said it would sell the yard."))
			.noneMatch(fact -> fact.contains("one we met"));
	}

	@Test
	void a_town_set_off_between_a_company_and_its_apposition_leaves_the_apposition_to_the_company() {
		assertThat(
				found("Harlow Group also owns Harlow Agency Corp., Albany, N.Y., a travel agency and tour operator."))
			.contains("Harlow Agency Corp. | a travel agency and tour operator")
			.noneMatch(fact -> fact.startsWith("N.Y."));
		assertThat(found("Brovex Inc., Garden City, N.Y., a maker of pumps, said it would cut jobs."))
			.contains("Brovex Inc. | a maker of pumps");
	}

	@Test
	void a_role_word_that_modifies_the_organisation_noun_leaves_the_apposition_an_organisations() {
		assertThat(found("Norvale Financial Corp., the fourth biggest sub-prime lender in the state, shed staff."))
			.contains("Norvale Financial Corp. | the fourth biggest sub-prime lender in the state");
		assertThat(found("Norvale Financial Corp., a member of the lenders' club, cut jobs."))
			.noneMatch(fact -> fact.contains("member"));
	}

	@Test
	void a_definite_organisation_noun_with_the_phrase_that_picks_it_out_says_what_the_company_is() {
		assertThat(found("Kestrel Labs is the firm at the heart of a probe into pricing."))
			.contains("Kestrel Labs | the firm at the heart of a probe into pricing");
		assertThat(found("Castor Foods is the maker of the popular Crunch bar."))
			.contains("Castor Foods | the maker of the popular Crunch bar");
	}

	@Test
	void a_definite_noun_that_points_back_into_the_story_or_belongs_to_another_says_nothing() {
		assertThat(found("Orvel Motors is the other company in the deal.")).isEmpty();
		assertThat(found("Madley Bank is the company's main lender.")).noneMatch(fact -> fact.contains("company's"));
		assertThat(found("Orvel Motors is the company.")).isEmpty();
	}

	@Test
	void modifiers_joined_by_and_and_a_town_set_off_before_the_copula_still_describe_the_company() {
		assertThat(found("Torben Corp. is an insurance and leasing holding company."))
			.contains("Torben Corp. | an insurance and leasing holding company");
		assertThat(found("Welland, Duluth, Ga., is an insurance holding company."))
			.contains("Welland | an insurance holding company");
	}

	@Test
	void a_capitalized_new_old_or_first_opens_a_company_name_that_ends_in_a_company_word() {
		assertThat(found("Analysts said New Harbor Financial Corporation, a mortgage lender, had failed."))
			.contains("New Harbor Financial Corporation | a mortgage lender");
		assertThat(found("First Marlow Bancorp Inc., a lender in Ohio, said it would cut jobs."))
			.contains("First Marlow Bancorp Inc. | a lender in Ohio");
	}

	@Test
	void a_definite_phrase_that_points_back_into_the_story_picks_nothing_out() {
		assertThat(found("Tirex is the fastest growing company in this sector."))
			.noneMatch(fact -> fact.contains("this sector"));
	}

}
