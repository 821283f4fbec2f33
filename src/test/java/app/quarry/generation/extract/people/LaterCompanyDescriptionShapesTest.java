package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A business story names its company and then, as the next sentence's subject, calls it
 * by what it is: "The thrift holding company said", "The Trenton, N.J.-based maker of
 * brushes said". Each shape in an invented story, with the guards that keep the
 * description from a company the story only mentioned.
 */
class LaterCompanyDescriptionShapesTest {

	private static List<String> organisations(String text) {
		return FoundOrganisations.in(text);
	}

	@Test
	void a_shortened_month_between_names_no_company() {
		assertThat(organisations("Pellam Insurance Inc. said it will buy back on Sept. 12 half of its bonds.\n"
				+ "The insurance concern said holders may sell them until Oct. 2."))
			.contains("Pellam Insurance Inc. | the insurance concern");
	}

	@Test
	void a_name_whose_ampersand_was_lost_is_one_company() {
		assertThat(organisations("Harbor Point Federal Savings amp Loan Association posted a loss.\n"
				+ "The Eugene, Ore., thrift said it will sell branches."))
			.contains("Harbor Point Federal Savings amp Loan Association | the Eugene, Ore., thrift");
	}

	@Test
	void a_holding_company_is_told_by_the_word_before_it() {
		assertThat(organisations("Marlow Savings Financial Inc. posted a loss.\n"
				+ "The Tacoma thrift holding company said its loss widened to $7 million."))
			.contains("Marlow Savings Financial Inc. | the Tacoma thrift holding company");
		assertThat(organisations("Marlow Savings Financial Inc. posted a loss.\n"
				+ "The holding company said its loss widened to $7 million."))
			.noneMatch(found -> found.contains("holding company"));
	}

	@Test
	void a_maker_may_be_called_by_what_it_makes_as_its_sentence_subject() {
		assertThat(organisations("Garvin Products Inc. cut its dividend.\nThe Trenton, N.J.-based maker of combs "
				+ "and other grooming goods said it had a loss."))
			.contains("Garvin Products Inc. | the Trenton, N.J.-based maker of combs and other grooming goods");
		assertThat(organisations("Tarrow Industries Inc. said sales rose.\nThe Dayton, Ohio, maker of valves also "
				+ "said it expects higher profit."))
			.contains("Tarrow Industries Inc. | the Dayton, Ohio, maker of valves");
	}

	@Test
	void what_a_maker_makes_is_read_only_up_to_its_verb() {
		assertThat(organisations("Tarrow Industries Inc. said sales rose.\nThe maker of valves for the oil "
				+ "industry said it expects higher profit."))
			.noneMatch(found -> found.contains("maker of"));
	}

	@Test
	void the_subject_of_the_sentence_before_is_carried_on_past_the_companies_it_named() {
		assertThat(organisations("Brovex Financial Corp. said holders approved its sale to Halder Trust Ltd. "
				+ "of Montreal for $18 a share.\nThe thrift holding company said the deal should close in June."))
			.contains("Brovex Financial Corp. | the thrift holding company");
		assertThat(organisations("Tallow Truck Corp., Tallow, Wis., said profit will fall.\n"
				+ "The bus maker said orders slowed in the spring."))
			.contains("Tallow Truck Corp. | the bus maker");
	}

	@Test
	void no_subject_is_carried_on_past_a_sentence_naming_another() {
		assertThat(organisations("Brovex Financial Corp. said holders approved its sale to Halder Trust Ltd.\n"
				+ "Halder Trust is based in Toronto.\nThe thrift holding company said the deal should close."))
			.noneMatch(found -> found.startsWith("Brovex Financial Corp. | the thrift"));
	}

	@Test
	void a_description_given_earlier_to_another_company_is_that_companys() {
		assertThat(organisations("Brovex Financial Corp. said it sold its unit to Halder Trust Ltd., a Toronto "
				+ "thrift holding company.\nThe Toronto thrift holding company said the deal should close."))
			.noneMatch(found -> found.startsWith("Brovex Financial Corp. | the Toronto"));
	}

	@Test
	void a_relative_clause_led_by_an_adverb_says_what_the_company_does_without_it() {
		assertThat(organisations(
				"Brovo Network Inc., which now serves more towns than any other carrier, " + "said sales rose."))
			.contains("Brovo Network Inc. | which serves more towns than any other carrier");
		assertThat(organisations("Halder Corp., which also holds a 7.5% stake in Tarvo, said it will buy more."))
			.contains("Halder Corp. | which holds a 7.5% stake in Tarvo");
	}

	@Test
	void what_a_company_has_is_a_thing_not_a_tense() {
		assertThat(organisations("Tarvo Co., which has interests in shipping and mining, said profit rose."))
			.contains("Tarvo Co. | which has interests in shipping and mining");
		assertThat(organisations("Tarvo Co., which has chosen to sell its mines, said profit rose.\n"
				+ "Halder Corp., which has been for sale since May, said profit fell."))
			.noneMatch(found -> found.contains("which has"));
	}

	@Test
	void a_town_and_state_set_off_after_the_name_are_where_the_company_is_not_another_name() {
		assertThat(organisations("Tarrow Corp., Linden, N.J., declared a dividend of five cents a share.\n"
				+ "The maker of specialty valves has about 3.1 million shares in issue."))
			.contains("Tarrow Corp. | the maker of specialty valves");
	}

}
