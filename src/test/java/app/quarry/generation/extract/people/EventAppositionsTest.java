package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A capitalised name followed by an apposition whose head is an event noun (a pilgrimage,
 * a festival) is that event, described by the apposition with its place.
 */
class EventAppositionsTest {

	private static List<String> things(String body) {
		return FoundThings.thingsInBody(new ThingsSetOff(), body);
	}

	@Test
	void an_event_noun_after_a_name_says_what_the_event_is() {
		assertThat(things("The storm struck two days before the start of the Feast, the annual pilgrimage to Ostby, "
				+ "the oldest town in the valley."))
			.containsExactly("the Feast | the annual pilgrimage to Ostby");
		assertThat(things("Crowds gathered for Lanternfall, a festival of light, on Sunday."))
			.containsExactly("Lanternfall | a festival of light");
	}

	@Test
	void a_phrase_that_goes_on_past_the_place_gives_nothing() {
		assertThat(things("They met at the Feast, the annual pilgrimage to Ostby that farmers make on foot."))
			.isEmpty();
	}

	@Test
	void a_person_or_a_noun_that_is_no_event_gives_nothing() {
		assertThat(things("Jane Roe, the annual host of the gala, arrived late.")).isEmpty();
		assertThat(things("They met at Lanternfall, the annual gathering in Ostby, on Sunday.")).isEmpty();
	}

}
