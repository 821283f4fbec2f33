package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * An organisation described by its relation to another, with "its" standing for the
 * organisation its sentence, or the one before, is about.
 */
class OrganisationRelationsTest {

	private static List<String> organisations(String text) {
		return FoundOrganisations.in(text);
	}

	@Test
	void its_stands_for_the_subject_of_its_sentence() {
		assertThat(organisations("The Dutch brewer Halvorsen said that it would close its Belgian subsidiary, Brabo."))
			.contains("Brabo | Halvorsen's Belgian subsidiary");
	}

	@Test
	void its_with_nothing_named_before_it_stands_for_the_subject_of_the_sentence_before() {
		assertThat(organisations(
				"Kestrel, a maker of drones, has announced 500 job cuts.\nThe news comes as its parent company, Vantor starts a review."))
			.contains("Vantor | Kestrel's parent company");
	}

	@Test
	void its_in_a_lead_in_phrase_stands_for_the_company_named_after_it_and_describes_nothing() {
		assertThat(organisations("Despite continuing losses in its paper business, Halvorsen Corp. posted a gain."))
			.noneMatch(found -> found.contains("paper business"));
		assertThat(organisations(
				"Kestrel, a maker of drones, said profit rose.\nDespite weak demand in its paper business, Halvorsen Corp. posted a gain."))
			.noneMatch(found -> found.contains("paper business"));
		assertThat(organisations(
				"Kestrel, a maker of drones, has announced 500 job cuts.\nAfter a delay, its parent company, Vantor starts a review."))
			.contains("Vantor | Kestrel's parent company");
	}

	@Test
	void its_with_no_organisation_to_stand_for_describes_nothing() {
		assertThat(organisations("The news comes as its parent company, Vantor starts a review.")).isEmpty();
	}

	@Test
	void the_owner_a_passive_names_is_the_owner_of_the_subject_by_its_short_name() {
		assertThat(organisations("Skyline is owned by Northern Aero Holdings Group (NAHG)."))
			.containsExactly("NAHG | the owner of Skyline", "NAHG | Northern Aero Holdings Group");
		assertThat(organisations("Skyline is owned by Borex.")).containsExactly("Borex | the owner of Skyline");
	}

	@Test
	void a_person_who_owns_is_left_to_the_person_rules() {
		assertThat(organisations("The house is owned by Jane Roe.")).isEmpty();
	}

}
