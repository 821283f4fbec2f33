package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A club, party or town in the possessive before a person's full name says whom the
 * person plays for or belongs to; a person in the possessive before another does not. In
 * sentences written for the test.
 */
class BodiesOwningPeopleTest {

	@Test
	void a_club_before_a_player_says_whom_the_player_is_from() {
		assertThat(roles("Boxford's Dejan Lovak fouled early in the game."))
			.contains("Dejan Lovak | someone from Boxford");
		assertThat(roles("A shot by Acme United's Tom Hale was saved by the keeper."))
			.contains("Tom Hale | someone from Acme United");
		assertThat(roles("In the second half, Westfield's Nathan Orr was booked."))
			.contains("Nathan Orr | someone from Westfield");
	}

	@Test
	void a_club_that_bears_a_given_name_still_owns_its_player() {
		assertThat(roles("Early on, Denver's Dejan Lovak was booked for a late tackle."))
			.contains("Dejan Lovak | someone from Denver");
	}

	@Test
	void a_person_owning_another_is_no_body() {
		assertThat(roles("Tom Hale arrived first. Later Hale's Mary Poole spoke to the crowd."))
			.noneMatch(role -> role.contains("someone from Hale"));
		assertThat(roles("Margaret's Tom Hale spoke to the crowd.")).noneMatch(role -> role.contains("someone from"));
		assertThat(roles("Quist said the plan was sound. Quist's Mary Poole agreed."))
			.noneMatch(role -> role.contains("someone from Quist"));
	}

	@Test
	void an_owner_joined_to_another_leaves_the_person_unread() {
		assertThat(roles("They met Boxford, Acme's Jane Roe and others.")).noneMatch(line -> line.contains("Acme"));
		assertThat(roles("Acme's new rocket and Quist's Tom Lowe were both on the list."))
			.noneMatch(line -> line.contains("someone from"));
	}

	@Test
	void a_name_that_reads_as_no_persons_is_left_alone() {
		assertThat(roles("Boxford's Harbour Lights opened on Friday."))
			.noneMatch(role -> role.startsWith("Harbour Lights"));
	}

}
