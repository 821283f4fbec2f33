package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A named thing (a product, a model, an index) that an apposition describes, after its
 * name or before it; people, organisations, places and opening phrases are left alone.
 */
class ThingsSetOffTest {

	private static List<String> things(String body) {
		return FoundThings.thingsInBody(new ThingsSetOff(), body);
	}

	@Test
	void a_description_after_a_model_name_says_what_the_model_is() {
		assertThat(things(
				"Aerolus unveiled plans for the Skyhauler 900, a wide-body airliner that can seat 450 passengers."))
			.containsExactly("the Skyhauler 900 | a wide-body airliner that can seat 450 passengers");
		assertThat(things(
				"The plane comes in two versions: the S900-200, a stretched long-range layout, and a freighter."))
			.containsExactly("the S900-200 | a stretched long-range layout");
		assertThat(things("The Skyhauler 900, the world's largest cargo plane, landed in Ruritania on Monday."))
			.containsExactly("the Skyhauler 900 | the world's largest cargo plane");
	}

	@Test
	void a_description_set_off_before_the_name_says_what_it_is() {
		assertThat(things("The world's largest cargo aircraft, the Skyhauler 900, has made its maiden flight."))
			.containsExactly("the Skyhauler 900 | the world's largest cargo aircraft");
		assertThat(things("Tellco's upcoming new design, the Z9, does not compete with the Q4."))
			.containsExactly("the Z9 | Tellco's upcoming new design");
		assertThat(things("As of noon, the primary Ruritanian index, the RTX 40, was among the few to gain."))
			.containsExactly("the RTX 40 | the primary Ruritanian index");
	}

	@Test
	void its_is_the_subject_it_stands_for_or_else_the_card_says_the() {
		assertThat(things("Tellco said its new operating system, Grey Lynx, would ship in May."))
			.containsExactly("Grey Lynx | Tellco's new operating system");
		assertThat(things("Mara signed a deal with Tellco for their regional aircraft, the Skyjet, last year."))
			.containsExactly("the Skyjet | the regional aircraft");
	}

	@Test
	void people_places_companies_and_numbers_are_no_things() {
		assertThat(things("The talks moved to the Netherlands, a neutral venue, in May.")).isEmpty();
		assertThat(things("Halden bought the Brovo Testing Co., a sister operation, in May.")).isEmpty();
		assertThat(things("The industrial average, 2,500, was its low.")).isEmpty();
		assertThat(things("The man's lawyer, Tom Roe, said the trial was over.")).isEmpty();
	}

	@Test
	void an_opening_phrase_a_name_for_a_head_or_a_list_gives_nothing() {
		assertThat(things("Under the terms of the new proposal, Equinox, managed by Halden, would pay $12.")).isEmpty();
		assertThat(things("Despite the setback, Tellco said it would go on.")).isEmpty();
		assertThat(things("Tellco announced the latest version of their popular Zphone, the Zphone 3.")).isEmpty();
		assertThat(things("Tellco sells its new models, Zephyr, Comet, and Nova, in Europe.")).isEmpty();
		assertThat(things("The resort will include the Grand Palace, a multi-spired, castle-like hotel."))
			.noneMatch(found -> found.endsWith("| a multi-spired"));
	}

}
