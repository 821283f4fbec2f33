package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A name that shows nothing of itself is a thing's when the head of the description set
 * off after it, or of the noun phrase after "is", names a kind of thing no person is (an
 * illness, a substance, a body in the sky, a work, a rule); a head that names a person,
 * or a common noun related to another by "of", describes nothing.
 */
class ThingKindsTest {

	private static List<String> setOff(String body) {
		return FoundThings.thingsInBody(new ThingsSetOff(), body);
	}

	private static List<String> copular(String text) {
		return FoundThings.things(new CopularThings(), text);
	}

	@Test
	void an_apposition_whose_head_is_a_kind_of_thing_describes_a_plain_name() {
		assertThat(setOff("The study appeared in Marine Letters, an online journal, last week."))
			.containsExactly("Marine Letters | an online journal");
		assertThat(setOff("The patients were given Veltrin, a sedative that acts quickly."))
			.containsExactly("Veltrin | a sedative that acts quickly");
		assertThat(setOff("Astronomers tracked Tarsus, a small asteroid, for a week."))
			.containsExactly("Tarsus | a small asteroid");
		assertThat(setOff("Cattle were struck by Rindal, a disease carried by ticks."))
			.containsExactly("Rindal | a disease carried by ticks");
		assertThat(setOff("Farmers grew Marrow Gold, a hardy breed of wheat, on the hills."))
			.containsExactly("Marrow Gold | a hardy breed of wheat");
	}

	@Test
	void an_apposition_whose_head_names_a_person_is_left_alone() {
		assertThat(setOff("Officials met Carmody, a plant manager, at noon.")).isEmpty();
		assertThat(setOff("The award went to Halvorsen, a film director from Oslo.")).isEmpty();
	}

	@Test
	void a_plain_name_said_to_be_a_kind_of_thing_is_described() {
		assertThat(copular("Marrowpox is a tropical disease and spreads in the rainy season."))
			.containsExactly("Marrowpox | a tropical disease");
		assertThat(copular("Veltrin is a sedative used in surgery."))
			.containsExactly("Veltrin | a sedative used in surgery");
		assertThat(copular("Tarsus Minor is also an asteroid with a dark surface."))
			.containsExactly("Tarsus Minor | an asteroid with a dark surface");
	}

	@Test
	void a_plain_name_said_to_be_anything_else_is_left_alone() {
		assertThat(copular("Carmody is a plant manager at the mill.")).isEmpty();
		assertThat(copular("Kate is a model from Leeds.")).isEmpty();
		assertThat(copular("Smith is a keen gardener.")).isEmpty();
		assertThat(copular("Everything is a game to him.")).isEmpty();
		assertThat(copular("Sales is a function of price.")).isEmpty();
	}

	@Test
	void a_common_noun_capitalised_only_by_its_sentence_start_is_asked_in_lower_case() {
		assertThat(copular("Scurvy is a painful disease and weakens the gums. Cases of scurvy fell."))
			.containsExactly("scurvy | a painful disease");
	}

}
