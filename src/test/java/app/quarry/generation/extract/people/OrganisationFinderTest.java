package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What news text says an organisation is, each shape in an invented sentence. */
class OrganisationFinderTest {

	private static List<String> organisations(String text) {
		return FoundOrganisations.in(text);
	}

	@Test
	void an_apposition_after_the_name() {
		assertThat(organisations("The county sold the mill to Norrland, a Swedish timber company, last year."))
			.containsExactly("Norrland | a Swedish timber company");
	}

	@Test
	void a_description_before_the_name() {
		assertThat(organisations("Shares of logistics firm Kestrel fell sharply on Monday."))
			.containsExactly("Kestrel | logistics firm");
		assertThat(organisations("In May, the gardening blog Sprout published the list."))
			.containsExactly("Sprout | gardening blog");
	}

	@Test
	void a_description_around_the_name() {
		assertThat(organisations("The Meridian news agency reports that the vote was close."))
			.containsExactly("Meridian | news agency");
	}

	@Test
	void a_place_or_a_nationality_qualifying_a_noun_is_no_organisation() {
		assertThat(organisations("The American auto company Bolt Motors hired 300 workers."))
			.containsExactly("Bolt Motors | American auto company");
		assertThat(organisations("Initially, the Danish company refused.")).isEmpty();
	}

	@Test
	void a_person_with_a_first_name_or_a_role_is_left_to_the_people_rules() {
		assertThat(organisations("Former rival John Harlow, a retired banker, said he agreed.")).isEmpty();
	}

	@Test
	void two_organisations_joined_by_and_stay_two() {
		assertThat(organisations("Bans on Andean flag carrier Condor Air and Baltic carrier Nordwing were lifted."))
			.containsExactly("Condor Air | Andean flag carrier", "Nordwing | Baltic carrier");
	}

	@Test
	void a_name_that_goes_on_after_and_is_not_cut_short() {
		assertThat(organisations("The rail parent company Nordic Rolling and Signal Works Group won the tender."))
			.isEmpty();
	}

	@Test
	void a_name_with_of_the_or_for_the_inside_is_kept_whole() {
		assertThat(organisations("Mara Quist, who leads Keepers of the Marsh, a wetland charity, spoke first."))
			.containsExactly("Keepers of the Marsh | a wetland charity");
		assertThat(organisations("The Guild for the Deaf, a charity, paid for the ramp."))
			.containsExactly("Guild for the Deaf | a charity");
	}

	@Test
	void the_tail_of_a_name_joined_by_to_the_is_no_name_of_its_own() {
		assertThat(organisations(
				"The ruling was a setback, said Ivo Marn, founder of Sisters to the Shore, a relief group."))
			.isEmpty();
	}

	@Test
	void another_organisations_relation_set_off_before_the_name() {
		assertThat(organisations("Kestrel's Nordic rival, Sprout, plans a similar van."))
			.contains("Sprout | Kestrel's Nordic rival");
		assertThat(organisations("The news comes as its parent company, Borex, starts a review.")).isEmpty();
	}

	@Test
	void another_organisations_service_with_a_new_before_it_names_a_brand_whose_capital_comes_second() {
		assertThat(organisations("Users will get Rivertech's new mobile payment service, zPay, in May."))
			.containsExactly("zPay | Rivertech's new mobile payment service");
	}

	@Test
	void an_abbreviation_spelled_out_before_it_in_parentheses_stands_for_its_words() {
		assertThat(organisations("The Baltic Rowing Federation (BRF) has banned two clubs."))
			.containsExactly("BRF | Baltic Rowing Federation");
		assertThat(organisations("Three clubs want to join the Council of Northern Ports (CNP) in March."))
			.containsExactly("CNP | Council of Northern Ports");
		assertThat(organisations("Three clubs joined the Council of Northern\nPorts (CNP) in March."))
			.containsExactly("CNP | Council of Northern Ports");
	}

	@Test
	void an_abbreviation_spelled_out_after_it_or_after_a_comma_and_or() {
		assertThat(organisations("Ties between Estonia and BRF (Baltic Rowing Federation) ended."))
			.containsExactly("BRF | Baltic Rowing Federation");
		assertThat(organisations("The group that runs it, Northern Seed Exchange, or NSE, objects to the rules."))
			.contains("NSE | Northern Seed Exchange");
	}

	@Test
	void an_abbreviation_is_spelled_out_once_a_document() {
		assertThat(organisations(
				"The Baltic Rowing Federation (BRF) met. Later the Baltic Rowing Federation (BRF) voted."))
			.containsExactly("BRF | Baltic Rowing Federation");
	}

	@Test
	void words_that_do_not_spell_the_abbreviation_tell_nothing() {
		assertThat(organisations("Harbor parent Kestrel Rail Works N.V. (KRW) won the tender."))
			.noneMatch(found -> found.startsWith("KRW"));
		assertThat(organisations("Officials of the ministry (MFA) said no.")).isEmpty();
		assertThat(organisations("The price rose (USD) again.")).isEmpty();
	}

	@Test
	void a_name_opening_a_sentence_that_says_it_is_an_organisation() {
		assertThat(organisations("Friends of the reef is a volunteer group that cleans beaches in May."))
			.containsExactly("Friends of the reef | a volunteer group that cleans beaches in May");
		assertThat(organisations("Legion of dawn is a secret group that hates the police, judges and banks."))
			.containsExactly("Legion of dawn | a secret group that hates the police, judges and banks");
		assertThat(organisations("Harbor Watch is a small charity.")).containsExactly("Harbor Watch | a small charity");
	}

	@Test
	void an_organisation_said_to_be_owned_or_run_by_someone_keeps_its_owner() {
		assertThat(organisations("Westbridge is a trading company controlled by the Kyle family of Toronto."))
			.containsExactly("Westbridge | a trading company controlled by the Kyle family of Toronto");
		assertThat(organisations("Harbor Watch is a small charity run by retired fishermen."))
			.containsExactly("Harbor Watch | a small charity run by retired fishermen");
	}

	@Test
	void a_copula_whose_predicate_names_no_organisation_or_goes_on_tells_nothing() {
		assertThat(organisations("Tom Harlow is a firm believer in rules.")).isEmpty();
		assertThat(organisations("Harbor Watch is a group, its chief said.")).isEmpty();
		assertThat(organisations("This is a group that cleans beaches.")).isEmpty();
		assertThat(organisations("Television is a business that sells attention.")).isEmpty();
		assertThat(organisations("Most of them is a group that cleans beaches.")).isEmpty();
		assertThat(organisations("Harbor Watch is a group that, its chief said, cleans beaches.")).isEmpty();
	}

}
