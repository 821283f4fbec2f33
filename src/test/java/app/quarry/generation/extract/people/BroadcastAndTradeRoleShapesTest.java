package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Roles of ordinary people and of reporters as news, broadcast transcripts and wire copy
 * give them, each in an invented sentence: trades no list could hold ("an arms dealer",
 * "a fishmonger"), a faith's follower, and the sign-offs and bylines of broadcast copy.
 */
class BroadcastAndTradeRoleShapesTest {

	@Test
	void a_trade_named_by_an_agent_noun_heading_the_apposition_is_a_role() {
		assertThat(roles("Officers arrested Tom Reddick, an arms dealer, at the harbour on Tuesday."))
			.containsExactly("Tom Reddick | an arms dealer");
		assertThat(roles("The market was run by Sam Pollard, a fishmonger, until last year."))
			.containsExactly("Sam Pollard | a fishmonger");
		assertThat(roles("Carla Mendes, a street vendor, said prices had risen."))
			.containsExactly("Carla Mendes | a street vendor");
		assertThat(roles("Bill Dorsey, a retired steelworker, said he feared for his pension."))
			.containsExactly("Bill Dorsey | a retired steelworker");
		assertThat(roles("The suspect was named as Kevin Platt, 42, a truck driver from the east."))
			.containsExactly("Kevin Platt | a truck driver from the east");
	}

	@Test
	void trades_without_an_agents_ending_describe_a_person_as_well() {
		assertThat(roles("Tony Marsh, an electrician, said the lights went out."))
			.containsExactly("Tony Marsh | an electrician");
		assertThat(roles("Paolo Ferri, a mechanic at the port, said ships were waiting."))
			.containsExactly("Paolo Ferri | a mechanic at the port");
		assertThat(roles("Emil Sauer, 67, a retiree, said he had never seen such rain."))
			.containsExactly("Emil Sauer | a retiree");
	}

	@Test
	void a_word_with_an_agents_ending_that_names_a_thing_or_a_comparison_is_no_role() {
		assertThat(roles("Tom Hale, a number of whose paintings hang in Paris, died on Monday.")).isEmpty();
		assertThat(roles("Tom Hale, a lot better than last year, played on.")).isEmpty();
		assertThat(roles("Tom Hale, a leading exporter of tea, said prices would fall.")).isEmpty();
	}

	@Test
	void a_follower_of_a_faith_after_identified_as_is_a_description() {
		assertThat(roles("Police identified him as Ali Hassan, a Comorian Muslim, on Friday."))
			.containsExactly("Ali Hassan | a Comorian Muslim");
		assertThat(roles("The victim was identified as Peter Walsh, a 31-year-old engineer."))
			.containsExactly("Peter Walsh | a 31-year-old engineer");
	}

	@Test
	void a_broadcast_sign_off_names_the_reporter_and_the_newsroom() {
		assertThat(roles("Heavy rain flooded the south. Jim Loring, ABC News, Hong Kong."))
			.containsExactly("Jim Loring | reporter for ABC News in Hong Kong");
		assertThat(roles("The talks ended without a deal. Mara Quist, CNN, Atlanta."))
			.containsExactly("Mara Quist | reporter for CNN in Atlanta");
	}

	@Test
	void a_sign_off_may_open_with_this_is() {
		assertThat(roles("Talks resumed on Monday. This is Tom Hale, VOA News, Nairobi."))
			.containsExactly("Tom Hale | reporter for VOA News in Nairobi");
	}

	@Test
	void a_presenter_opening_her_programme_presents_it() {
		assertThat(roles("Today is Monday. I'm Dana Hart and this is Radio Harbor."))
			.containsExactly("Dana Hart | the presenter of Radio Harbor");
		assertThat(roles("Today is Monday. I'm Dana Hart and this is my daughter.")).isEmpty();
	}

	@Test
	void initials_of_a_role_in_a_sign_off_shape_name_no_newsroom() {
		assertThat(roles("The board met on Monday. Jane Roe, CEO, London.")).noneMatch(r -> r.contains("reporter"));
	}

	@Test
	void a_newsrooms_reporter_is_its_possessive_before_a_name_that_reports() {
		assertThat(roles("VOA's Tom Hale reports from the coast."))
			.containsExactly("Tom Hale | reporter for VOA at the coast");
		assertThat(roles("CBS News's Jim Loring was in the town when the storm hit."))
			.containsExactly("Jim Loring | reporter for CBS News");
		assertThat(roles("ABC's Jim Lauder has more from the capital."))
			.containsExactly("Jim Lauder | reporter for ABC at the capital");
		assertThat(roles("This is Mary Osgood reporting for CNN.")).containsExactly("Mary Osgood | reporter for CNN");
	}

	@Test
	void initials_before_a_name_that_does_not_report_are_no_newsroom() {
		assertThat(roles("NASA's Jane Roe said the launch would go ahead.")).noneMatch(r -> r.contains("reporter"));
	}

}
