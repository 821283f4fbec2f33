package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A kind of body written right after its name says what the body is: alone when the kind
 * tells by itself ("the Tidewatch website"), with its owner and the words before the name
 * when an owner's possessive opens the phrase ("Ruritania's troubled Kestrel bank").
 */
class KindsAroundNamesTest {

	@Test
	void a_telling_kind_after_a_name_with_the_article_is_what_it_is() {
		assertThat(FoundOrganisations.in("A campaign run by the Tidewatch website raised the money for a poster."))
			.contains("Tidewatch | website");
	}

	@Test
	void an_owner_and_the_words_before_the_name_go_with_the_kind() {
		assertThat(FoundOrganisations.in("Three executives from Ruritania's troubled Kestrel bank were arrested."))
			.contains("Kestrel | Ruritania's troubled bank");
	}

	@Test
	void a_kind_that_tells_nothing_or_a_name_that_goes_on_describes_nothing() {
		assertThat(FoundOrganisations.in("Files were taken from the Brelloc company on Monday."))
			.noneMatch(fact -> fact.startsWith("Brelloc | "));
		assertThat(FoundOrganisations.in("He spoke to the Tidewatch website Editor on Monday."))
			.noneMatch(fact -> fact.startsWith("Tidewatch | "));
	}

	@Test
	void a_site_named_after_an_abbreviation_a_publisher_or_a_body_is_theirs_not_its_name() {
		assertThat(FoundOrganisations.in("The story ran on the BNC website on Monday."))
			.noneMatch(fact -> fact.startsWith("BNC | "));
		assertThat(FoundOrganisations.in("The story ran on the Dunmore News website on Monday."))
			.noneMatch(fact -> fact.startsWith("Dunmore News | "));
		assertThat(FoundOrganisations.in("The list is on the Heron Trust website."))
			.noneMatch(fact -> fact.startsWith("Heron Trust | website"));
	}

}
