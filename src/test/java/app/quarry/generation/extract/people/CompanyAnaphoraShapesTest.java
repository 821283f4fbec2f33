package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A business story names its company once and then calls it by a description ("the
 * pharmaceutical company", "The Tulsa, Okla., company", "Norway's largest grocery
 * chain"); each shape in an invented story, with the guards that keep a description from
 * the wrong company.
 */
class CompanyAnaphoraShapesTest {

	private static final String LEAD = "Title\n\nMarch 03, 1998\n\nBrovex Corp. said it will close two plants in Ohio and cut 900 jobs.\n";

	private static List<String> organisations(String text) {
		return FoundOrganisations.in(text);
	}

	@Test
	void a_description_sentences_later_tells_of_the_company_last_named() {
		assertThat(organisations(LEAD + "Brovex officials declined to say how many workers would lose their jobs. "
				+ "But the pharmaceutical company said the closings would save $40 million a year."))
			.contains("Brovex Corp. | the pharmaceutical company");
	}

	@Test
	void a_city_and_its_state_set_off_by_commas_qualify_the_noun() {
		assertThat(organisations(LEAD + "Brovex expects a smaller loss next year.\n"
				+ "The Tulsa, Okla., company earned $12 million in the quarter."))
			.contains("Brovex Corp. | the Tulsa, Okla., company");
	}

	@Test
	void a_country_and_a_superlative_describe_the_company_too() {
		assertThat(organisations("Merrow Co. announced the terms of a rights issue that will raise $300 million.\n"
				+ "Proceeds of the offering will be used to repay debt, the company said.\n"
				+ "Norway's largest grocery chain said the offering will open next week."))
			.contains("Merrow Co. | Norway's largest grocery chain");
	}

	@Test
	void a_chairman_named_by_his_company_leaves_the_company_to_be_described() {
		assertThat(organisations("Merrow Co. said it bought back 10% of its shares.\n"
				+ "The move raises Merrow Chairman Carl Ostby's stake to 30% and may keep Peter Dunn "
				+ "from making a run at the food-services concern."))
			.contains("Merrow Co. | the food-services concern");
	}

	@Test
	void the_firm_of_someone_quoted_is_not_what_the_story_describes() {
		assertThat(organisations(LEAD + "Brovex expects a smaller loss next year.\n"
				+ "\"It's a sensible move,\" said Alan Marsh of Tellwin amp Co. "
				+ "The Tulsa, Okla., company earned $12 million in the quarter."))
			.contains("Brovex Corp. | the Tulsa, Okla., company")
			.doesNotContain("Tellwin amp Co. | the Tulsa, Okla., company");
	}

	@Test
	void an_organisation_met_without_a_name_may_be_the_one_described() {
		assertThat(organisations("Pellam Inc. strengthened its takeover defenses after a Dutch firm said "
				+ "it had approached the Maine paper company."))
			.noneMatch(found -> found.endsWith("| the Maine paper company"));
	}

	@Test
	void an_organisation_met_without_a_name_that_buys_is_not_the_one_bought() {
		assertThat(organisations("Pellam Inc. strengthened its takeover defenses after a Dutch firm said "
				+ "it would buy up to 20% of the Maine paper company."))
			.contains("Pellam Inc. | the Maine paper company");
	}

	@Test
	void of_a_buyer_and_the_company_bought_a_description_bought_is_the_company_bought() {
		assertThat(organisations("Brovex Holdings Corp. completed its acquisition of Telmar Systems Inc., "
				+ "purchasing 40 million shares, or 80%, of the Denver-based software concern."))
			.contains("Telmar Systems Inc. | the Denver-based software concern")
			.doesNotContain("Brovex Holdings Corp. | the Denver-based software concern");
		assertThat(organisations("A unit of Corvel Partners launched a cash offer for the stock of Printex Corp., "
				+ "and said it would aim to sell off the label maker."))
			.contains("Printex Corp. | the label maker");
	}

	@Test
	void of_two_companies_neither_bought_a_description_bought_tells_of_neither() {
		assertThat(organisations("Brovex Corp. and Halden Inc. agreed to share a plant. "
				+ "A Dutch group said it would buy 20% of the Denver-based software concern."))
			.noneMatch(found -> found.endsWith("| the Denver-based software concern"));
	}

	@Test
	void a_verb_the_word_lists_do_not_know_ends_the_description() {
		assertThat(organisations(LEAD + "The Tulsa-based drug concern lost money in the quarter."))
			.contains("Brovex Corp. | the Tulsa-based drug concern");
	}

	@Test
	void a_name_and_an_initial_joined_by_and_are_no_company_to_describe() {
		assertThat(organisations("Deep staff cuts at GW and R. The freight giant is shedding staff."))
			.noneMatch(found -> found.endsWith("| the freight giant"));
	}

	@Test
	void two_companies_named_before_leave_the_description_to_neither() {
		assertThat(organisations("Holtby's Kestrel unit may settle the charges this week. "
				+ "The settlement would end an inquiry into the Denver-based company."))
			.noneMatch(found -> found.endsWith("| the Denver-based company"));
	}

	@Test
	void a_description_in_a_clause_on_what_its_sentence_subject_did_tells_of_that_subject() {
		assertThat(organisations(LEAD + "Garvin Foods stopped work on a new plant, indicating a gloomy outlook "
				+ "by the snack maker."))
			.contains("Garvin Foods | the snack maker");
	}

	@Test
	void a_description_its_sentence_subject_acts_on_is_another_company() {
		assertThat(organisations(LEAD + "Garvin Foods sued the snack maker, saying it copied a recipe."))
			.noneMatch(found -> found.startsWith("Garvin Foods |"));
		assertThat(organisations(LEAD + "Garvin Foods cut prices, hurting the snack maker."))
			.noneMatch(found -> found.startsWith("Garvin Foods |"));
	}

	@Test
	void words_that_only_tell_which_company_describe_none() {
		assertThat(organisations(LEAD + "Brovex expects a smaller loss next year.\n"
				+ "The troubled company said it would also sell its parent company's stake."))
			.noneMatch(found -> found.endsWith("| the troubled company") || found.endsWith("| the parent company"));
	}

	@Test
	void a_noun_that_goes_on_to_a_person_is_no_description_of_the_company() {
		assertThat(organisations(LEAD + "Brovex expects a smaller loss next year.\n"
				+ "The drug company executives declined to comment."))
			.noneMatch(found -> found.contains("drug company"));
	}

}
