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

}
