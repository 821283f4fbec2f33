package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What a place is: asked as a quiz asks it, with other places as the wrong answers and
 * nothing given away by the prompt.
 */
class PlaceQuestionsTest {

	private static final String TEXT = """
			At least 40 people were killed in Arvena, the capital of Norland, on Friday.
			A bomb went off in the Westrian capital Port Caris.
			Heavy fighting was reported in the Ostlandic province of Vetra on Monday.
			Talks were held in Kessel, a town in Westria.
			In cities, such as the capital Tolvik, women are barred from work.
			Halvorsen, a Danish brewer, raised prices.
			Floods hit Dunmore, a town in Ostland, and Brask, a village in Norland.
			Troops left Lenz, a Westrian province, and Orvik, a province of Ostland.
			Ferries stopped at Skarn, a Norlandic island.
			""";

	private static final InventedDocument DOCUMENT = new InventedDocument(TEXT)
		.place("Arvena", "the capital of Norland")
		.place("Port Caris", "the Westrian capital")
		.place("Vetra", "an Ostlandic province")
		.place("Kessel", "a town in Westria")
		.place("Tolvik", "a capital city")
		.place("Dunmore", "a town in Ostland")
		.place("Brask", "a village in Norland")
		.place("Lenz", "a Westrian province")
		.place("Orvik", "a province of Ostland")
		.place("Skarn", "a Norlandic island")
		.organisation("Halvorsen", "a Danish brewer");

	@Test
	void a_capital_is_asked_what_it_is_and_which_city_it_is() {
		assertThat(DOCUMENT.asked("the capital of Norland")).containsExactly("flashcard: What is Arvena?");
		assertThat(DOCUMENT.asked("Arvena")).contains("typed: Which city is the capital of Norland?",
				"multiple_choice: Which city is the capital of Norland?");
		assertThat(DOCUMENT.asked("Port Caris")).contains("typed: Which city is the Westrian capital?");
	}

	@Test
	void the_wrong_answers_to_which_city_are_other_cities_never_provinces_or_organisations() {
		assertThat(DOCUMENT.questions()).filteredOn(q -> q.answer().equals("Arvena") && !q.options().isEmpty())
			.singleElement()
			.satisfies(q -> assertThat(q.options()).doesNotContain("Halvorsen", "Vetra").hasSize(4));
	}

	@Test
	void a_place_one_of_many_is_asked_by_its_description_only_while_no_other_place_shares_it() {
		assertThat(DOCUMENT.asked("Vetra")).contains("typed: Which place is described as an Ostlandic province?");
		assertThat(DOCUMENT.asked("Kessel")).contains("typed: Which place is described as a town in Westria?");
	}

	@Test
	void the_wrong_answers_to_which_place_are_of_the_kind_its_description_names() {
		assertThat(DOCUMENT.questions()).filteredOn(q -> q.answer().equals("Kessel") && !q.options().isEmpty())
			.singleElement()
			.satisfies(q -> assertThat(q.options()).doesNotContain("Vetra", "Lenz", "Orvik", "Skarn").hasSize(4));
	}

	@Test
	void a_place_whose_kind_has_too_few_others_is_asked_only_typed() {
		assertThat(DOCUMENT.asked("Skarn")).containsExactly("typed: Which place is described as a Norlandic island?");
		assertThat(DOCUMENT.asked("Vetra"))
			.containsExactly("typed: Which place is described as an Ostlandic province?");
	}

	@Test
	void a_capital_of_nowhere_named_is_asked_only_on_a_flashcard() {
		assertThat(DOCUMENT.asked("a capital city")).containsExactly("flashcard: What is Tolvik?");
		assertThat(DOCUMENT.asked("Tolvik")).isEmpty();
	}

}
