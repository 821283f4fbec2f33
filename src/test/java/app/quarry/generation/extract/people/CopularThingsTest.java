package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A sentence that opens with a thing's name and says what it is describes that thing by
 * the noun phrase after "is"; an opinion, a comparison, a negation or an adjective alone
 * describes nothing.
 */
class CopularThingsTest {

	private static List<String> things(String text) {
		return FoundThings.things(new CopularThings(), text);
	}

	@Test
	void a_model_is_what_the_noun_phrase_after_is_says() {
		assertThat(things("The Vantor 900 is a family of heavy-lift freighters built by Orvel Aerospace."))
			.containsExactly("the Vantor 900 | a family of heavy-lift freighters built by Orvel Aerospace");
		assertThat(things("The Orvel S20 is a twin-engine airplane, and the firm's most popular model."))
			.containsExactly("the Orvel S20 | a twin-engine airplane");
	}

	@Test
	void another_name_set_off_after_or_is_passed_over() {
		assertThat(things("The Vantor 950, or Cloudrunner, is a mid-sized airliner under development by Orvel."))
			.containsExactly("the Vantor 950 | a mid-sized airliner under development by Orvel");
	}

	@Test
	void a_second_predicate_after_and_is_left_off() {
		assertThat(things("The Vantor 950 is a mid-sized airliner built by Orvel and due to fly in 2001."))
			.containsExactly("the Vantor 950 | a mid-sized airliner built by Orvel");
		assertThat(things("The Vantor 960 is a freighter for mail and parcels."))
			.containsExactly("the Vantor 960 | a freighter for mail and parcels");
	}

	@Test
	void an_acronym_is_described_too() {
		assertThat(things("CPI is the average price of the food and fuel a household buys."))
			.containsExactly("CPI | the average price of the food and fuel a household buys");
	}

	@Test
	void opinions_comparisons_negations_and_adjectives_describe_nothing() {
		assertThat(things("The Zeta 5 is the phone of the year, critics said.")).isEmpty();
		assertThat(things("The Zeta 5 is the best phone on sale.")).isEmpty();
		assertThat(things("The Zeta 6 is a better phone than the Zeta 5.")).isEmpty();
		assertThat(things("The Zeta 6 is not a phone but a tablet.")).isEmpty();
		assertThat(things("The Zeta 7 is cheaper than the Zeta 6.")).isEmpty();
		assertThat(things("The Zeta 8 is popular with teenagers.")).isEmpty();
		assertThat(things("The Zeta 8 was a big hit with teenagers.")).isEmpty();
		assertThat(things("The Zeta 9 is a reminder of better days.")).isEmpty();
	}

	@Test
	void a_phrase_that_goes_on_past_its_head_in_a_way_not_read_describes_nothing() {
		assertThat(things("QRT is the fund being used to finance the takeover.")).isEmpty();
	}

	@Test
	void people_places_and_firms_are_left_to_their_own_rules() {
		assertThat(things("Mr Smith is the chief executive of Orvel.")).isEmpty();
		assertThat(things("The Thames is a river in southern England.")).isEmpty();
		assertThat(things("Orvel Ltd is a maker of trucks.")).isEmpty();
	}

}
