package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A place after "of" or "from" that follows a person's age set off by commas is where the
 * person comes from; the larger places it lies in go with it, and without the age, or
 * with a body after it, the place gives nothing here.
 */
class HomesAfterNamesTest {

	@Test
	void a_town_after_the_age_is_where_the_person_comes_from() {
		assertThat(roles("Karl Benson, 41, from Halden, was found guilty on Monday."))
			.contains("Karl Benson | someone from Halden");
		assertThat(roles("Tom Hale, 52, of Brimble, was charged with theft."))
			.contains("Tom Hale | someone from Brimble");
		assertThat(roles("The court heard that Anna Berg, 29, of Kestrel Row, Westmoor, had left early."))
			.contains("Anna Berg | someone from Kestrel Row, Westmoor");
	}

	@Test
	void each_of_a_pair_gets_their_own_town_and_the_places_it_lies_in() {
		assertThat(roles("Roe shot Karl Benson, 41, from Halden, Norland and Mark Lund, 39, from Brimble, Westmoor."))
			.contains("Karl Benson | someone from Halden, Norland", "Mark Lund | someone from Brimble, Westmoor");
	}

	@Test
	void no_age_a_body_or_a_longer_name_gives_no_home() {
		assertThat(roles("The club barred Karl Benson from Halden for a year."))
			.noneMatch(role -> role.startsWith("Karl Benson | someone from"));
		assertThat(roles("Karl Benson, 41, of the Halden Trust, was at the meeting."))
			.noneMatch(role -> role.contains("someone from Halden"));
		assertThat(roles("Karl Benson, 41, from Halden's north side, was hurt."))
			.noneMatch(role -> role.contains("someone from Halden"));
	}

}
