package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The description a story's second sentence gives of the company its opening sentence
 * names, each in an invented story.
 */
class LeadDescriptionShapesTest {

	private static List<String> organisations(String text) {
		return FoundOrganisations.in(text);
	}

	@Test
	void a_nationality_only_qualifies_the_description() {
		assertThat(organisations("Zentrix PLC announced plans to sell its paper mills to its shareholders.\n"
				+ "The British paper and packaging company's plan needs the approval of a meeting."))
			.containsExactly("Zentrix PLC | the British paper and packaging company");
	}

	@Test
	void a_description_that_is_the_subject_tells_of_the_lead_company_though_others_are_named() {
		assertThat(organisations("Zentrix Corp. profits rose 20% in the third quarter, bucking the trend.\n"
				+ "The Leeds-based airline, the second largest in the U.K., blamed a strike at rival Brovo Air."))
			.contains("Zentrix Corp. | the Leeds-based airline");
	}

	@Test
	void a_description_after_another_name_is_not_taken_for_the_lead_company() {
		assertThat(organisations("Zentrix Corp. profits rose 20% in the third quarter, bucking the trend.\n"
				+ "Shares of Brovo Air and the Leeds-based airline fell."))
			.doesNotContain("Zentrix Corp. | the Leeds-based airline");
	}

	@Test
	void a_name_that_ends_as_only_a_company_name_ends_is_a_company_though_the_name_rules_hold_it() {
		assertThat(organisations("Zentrix Air Lines earnings soared 33% in the first quarter, bucking the trend.\n"
				+ "The Leeds-based airline attributed the increase to higher traffic."))
			.containsExactly("Zentrix Air Lines | the Leeds-based airline");
	}

	@Test
	void the_trade_a_company_works_in_is_no_description_of_it() {
		assertThat(organisations("Zentrix Corp. cut ten thousand jobs on Monday, freezing all pay.\n"
				+ "The cuts are part of a plan to revive its place in the telecommunications business."))
			.doesNotContain("Zentrix Corp. | the telecommunications business");
	}

	@Test
	void a_word_that_tells_which_company_not_what_it_is_gives_no_description() {
		assertThat(organisations("Zentrix Corp. said it will close two plants and cut 900 jobs.\n"
				+ "The troubled software company blamed weak demand in Europe."))
			.doesNotContain("Zentrix Corp. | the troubled software company");
	}

	@Test
	void a_company_noun_that_only_qualifies_another_noun_gives_no_description() {
		assertThat(organisations("Zentrix Corp. said it will close two plants and cut 900 jobs.\n"
				+ "The drug company executives blamed weak demand in Europe."))
			.doesNotContain("Zentrix Corp. | the drug company");
		assertThat(organisations("Zentrix Corp. said it will close two plants and cut 900 jobs.\n"
				+ "The drug company blamed weak demand in Europe."))
			.contains("Zentrix Corp. | the drug company");
	}

}
