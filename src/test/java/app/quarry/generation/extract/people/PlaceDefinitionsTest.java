package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A sentence that opens with a place's name and says what it is ("Westbury is a small
 * town in Acmeshire.") describes the place with the words an apposition would use; a
 * larger place may be named by its own kind and "of" ("in the state of Norland").
 */
class PlaceDefinitionsTest {

	@Test
	void a_sentence_defining_a_place_describes_it() {
		assertThat(FoundOrganisations.in("Westbury is a small town in Acmeshire."))
			.contains("Westbury | a small town in Acmeshire");
		assertThat(FoundOrganisations.in("Eastvale was a county in the province of Norland in Westria."))
			.contains("Eastvale | a county in the province of Norland in Westria");
		assertThat(FoundOrganisations.in("Arvena is the capital of Norland, and it is growing fast."))
			.contains("Arvena | the capital of Norland");
	}

	@Test
	void a_larger_place_named_by_its_kind_also_serves_an_apposition() {
		assertThat(FoundOrganisations.in("The men met in Eastvale, a district in the province of Norland, on Monday."))
			.contains("Eastvale | a district in the province of Norland");
	}

	@Test
	void a_name_inside_a_sentence_or_a_predicate_that_is_no_place_describes_nothing() {
		assertThat(FoundOrganisations.in("The mayor said Westbury is a small town in Acmeshire."))
			.noneMatch(fact -> fact.startsWith("Westbury | "));
		assertThat(FoundOrganisations.in("Westbury is a great place to live."))
			.noneMatch(fact -> fact.startsWith("Westbury | "));
		assertThat(FoundOrganisations.in("Jane Roe is a lawyer in Acmeshire."))
			.noneMatch(fact -> fact.startsWith("Jane Roe | "));
	}

}
