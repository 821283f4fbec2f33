package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * "a company that runs diving trips": a bare noun for a body says little, so the clause
 * after it that tells what the body does is part of its description.
 */
class OrganisationRelativeAppositionsTest {

	private static List<String> found(String text) {
		return FoundOrganisations.in(text);
	}

	@Test
	void a_bare_noun_for_a_body_is_described_with_what_its_clause_says() {
		assertThat(found("Kelso Holdings, a company that runs diving trips, joined the study."))
			.contains("Kelso Holdings | a company that runs diving trips");
		assertThat(found("The boats belong to Brindle Tours, a firm which hires out yachts."))
			.contains("Brindle Tours | a firm which hires out yachts");
	}

	@Test
	void a_clause_with_a_pronoun_or_running_on_describes_nothing() {
		assertThat(found("Acme Foods, a company that he founded, said profits fell."))
			.noneMatch(f -> f.startsWith("Acme Foods"));
		assertThat(found(
				"Brovo Pumps, a company that makes pumps and valves and trucks and many other things for the farming trade in the west, said it would grow."))
			.noneMatch(f -> f.startsWith("Brovo Pumps"));
	}

}
