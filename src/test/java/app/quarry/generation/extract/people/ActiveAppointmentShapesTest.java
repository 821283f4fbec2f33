package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Appointments in the active voice, the name between the verb and the post: "Acme today
 * named Jane Roe as its new chief executive."
 */
class ActiveAppointmentShapesTest {

	@Test
	void the_post_after_the_appointed_name_is_hers_and_its_is_the_subject() {
		assertThat(roles(
				"The region's largest grocer Northwind Traders today named Clara Oswin as its new chief executive."))
			.contains("Clara Oswin | chief executive of Northwind Traders");
		assertThat(roles("Halden Corp. named Tom Hale its chief financial officer, effective Jan. 1."))
			.contains("Tom Hale | chief financial officer of Halden Corp.");
	}

	@Test
	void a_post_with_its_body_needs_no_its() {
		assertThat(roles("The board appointed Tom Hale president of the Riverside Trust on Monday."))
			.contains("Tom Hale | president of the Riverside Trust");
		assertThat(roles("The board named Rita Vale chairman and chief executive."))
			.contains("Rita Vale | chairman and chief executive");
	}

	@Test
	void a_name_after_named_that_is_what_someone_is_called_gives_no_post() {
		assertThat(roles("A man named Tom Hale said the river rose overnight.")).isEmpty();
		assertThat(roles("The jury named Tom Hale the winner of the prize.")).isEmpty();
	}

	@Test
	void how_long_a_post_is_held_is_no_part_of_it() {
		assertThat(roles("The club kept Jane Roe as coach for another season.")).contains("Jane Roe | coach");
		assertThat(roles("The board named Tom Hale as chairman for two years.")).contains("Tom Hale | chairman");
		assertThat(roles("The cabinet appointed Rita Vale as minister for the environment."))
			.contains("Rita Vale | minister for the environment");
	}

	@Test
	void announcing_or_confirming_someone_as_a_post_gives_it_to_them() {
		assertThat(roles("The ruling council also announced Karl Berg as the new prime minister."))
			.contains("Karl Berg | the new prime minister");
		assertThat(roles("The party confirmed Tom Vane as leader of the Green group on Monday."))
			.contains("Tom Vane | leader of the Green group");
		assertThat(roles("The club introduced Rita Vale as head coach on Friday.")).contains("Rita Vale | head coach");
	}

	@Test
	void announcing_or_confirming_someone_without_as_gives_no_post() {
		assertThat(roles("Police confirmed Karl Berg had left the country.")).isEmpty();
		assertThat(roles("The council announced Karl Berg the winner of the prize.")).isEmpty();
	}

}
