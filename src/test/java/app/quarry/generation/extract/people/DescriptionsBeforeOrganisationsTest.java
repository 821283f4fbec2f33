package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What a text says an organisation is in the words before its name: where it is based
 * ("Denver based Kestrel", also after "and" or before a date), and whose it is when the
 * owner is a plural ("the Rolling Stones' label Velvet Records"), each in an invented
 * sentence.
 */
class DescriptionsBeforeOrganisationsTest {

	private static List<String> organisations(String text) {
		return FoundOrganisations.in(text);
	}

	@Test
	void a_place_and_based_without_a_hyphen_tell_where_the_company_is() {
		assertThat(organisations("The Navy selected Port Vetra based Pellow Dynamics to build the ship."))
			.contains("Pellow Dynamics | based in Port Vetra");
		assertThat(organisations("The talks with Denver based Kestrel stalled.")).contains("Kestrel | based in Denver");
	}

	@Test
	void based_as_the_verb_of_a_named_subject_tells_no_place() {
		assertThat(organisations("Lee Quade based the novel on his own life.")).isEmpty();
		assertThat(organisations("The director Zorak Lorne based Harbour Lights on his childhood."))
			.noneMatch(found -> found.contains("based in"));
		assertThat(organisations("The film, which Kevin Lorne based Harbour Lights on, opened."))
			.noneMatch(found -> found.contains("based in"));
	}

	@Test
	void a_company_based_somewhere_after_and_is_a_second_company() {
		assertThat(organisations("The deal was begun between Skyline and Denver-based Kestrel last year."))
			.contains("Kestrel | based in Denver");
		assertThat(organisations("The deal was begun between Skyline and Denver based Kestrel last year."))
			.contains("Kestrel | based in Denver");
	}

	@Test
	void a_date_after_on_is_no_part_of_the_name() {
		assertThat(organisations("The Navy chose Port Vetra-based Pellow Dynamics on February 29 to build it."))
			.contains("Pellow Dynamics | based in Port Vetra");
		assertThat(organisations("The Navy chose Port Vetra-based Pellow Dynamics on Monday to build it."))
			.contains("Pellow Dynamics | based in Port Vetra");
	}

	@Test
	void a_plural_owner_with_a_bare_apostrophe_owns_the_noun_before_the_name() {
		assertThat(organisations("The Rolling Stones' label Velvet Records lost its case in the High Court."))
			.contains("Velvet Records | the Rolling Stones' label");
		assertThat(organisations(
				"Orlan Inc. settled its long dispute with the Rolling Stones' record company, Velvet Records."))
			.contains("Velvet Records | the Rolling Stones' record company");
	}

	@Test
	void a_description_set_off_before_a_name_is_that_name_and_not_the_company_named_earlier() {
		assertThat(organisations("Orlan Inc. settled its dispute with the band's record company, Velvet Records."))
			.noneMatch(found -> found.startsWith("Orlan"));
	}

}
