package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A kind of body written right after its name says what the body is: alone when the kind
 * tells by itself ("the Tidewatch charity"), with its owner and the words before the name
 * when an owner's possessive opens the phrase ("Ruritania's troubled Kestrel bank"). A
 * site's or a publication's kind may be what a body owns, and says nothing.
 */
class KindsAroundNamesTest {

	@Test
	void a_telling_kind_after_a_name_with_the_article_is_what_it_is() {
		assertThat(FoundOrganisations.in("A campaign run by the Tidewatch charity raised the money for a poster."))
			.contains("Tidewatch | charity");
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
		assertThat(FoundOrganisations.in("He spoke to the Tidewatch charity Trustees on Monday."))
			.noneMatch(fact -> fact.startsWith("Tidewatch | "));
	}

	@Test
	void a_site_or_a_title_after_a_name_may_be_owned_and_describes_nothing() {
		assertThat(FoundOrganisations.in("The story ran on the Brelloc website on Monday."))
			.noneMatch(fact -> fact.startsWith("Brelloc | "));
		assertThat(FoundOrganisations.in("The story ran in Tellco's Courier magazine on Monday."))
			.noneMatch(fact -> fact.startsWith("Courier | "));
	}

}
