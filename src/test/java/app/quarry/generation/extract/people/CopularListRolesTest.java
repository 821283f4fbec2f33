package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A plural role that a copula gives a list of names, with the list as subject or as
 * complement, is held by each of them; in sentences written for the test.
 */
class CopularListRolesTest {

	@Test
	void a_bare_plural_subject_before_a_list_of_names_gives_each_its_singular() {
		assertThat(roles("Producers are Karl Vint, Sam Ockley, and Dana Pirrel."))
			.containsExactly("Karl Vint | a producer", "Sam Ockley | a producer", "Dana Pirrel | a producer");
		assertThat(roles("Executive producers were Mia Dorn and Colin Fass."))
			.containsExactly("Mia Dorn | an executive producer", "Colin Fass | an executive producer");
	}

	@Test
	void a_list_of_names_before_a_copula_and_a_plural_role_is_one_of_those_holders() {
		assertThat(roles("Oskar Wend and Lena Marsh were the founding leaders of the project.")).containsExactly(
				"Oskar Wend | one of the founding leaders of the project",
				"Lena Marsh | one of the founding leaders of the project");
		assertThat(roles(
				"According to a memo, Oskar Wend and Lena Marsh were the first organisers of the fair, and Jo Pym paid."))
			.contains("Oskar Wend | one of the first organisers of the fair",
					"Lena Marsh | one of the first organisers of the fair");
		assertThat(roles("Rita Fenn and Joe Cabral are the co-founders of the charity.")).containsExactly(
				"Rita Fenn | one of the co-founders of the charity",
				"Joe Cabral | one of the co-founders of the charity");
		assertThat(roles("Police said Rita Fenn and Joe Cabral were the owners of the boat."))
			.containsExactly("Rita Fenn | one of the owners of the boat", "Joe Cabral | one of the owners of the boat");
		assertThat(roles("Rita Fenn and Joe Cabral are both former soldiers who served abroad."))
			.containsExactly("Rita Fenn | a former soldier", "Joe Cabral | a former soldier");
	}

	@Test
	void a_copula_before_no_kind_of_person_gives_no_role() {
		assertThat(roles("Rita Fenn and Joe Cabral were the first to arrive.")).isEmpty();
		assertThat(roles("Rita Fenn and Joe Cabral are friends.")).isEmpty();
		assertThat(roles("Rita Fenn and Joe Cabral were among the winners.")).isEmpty();
		assertThat(roles("Their hopes are Rita Fenn and Joe Cabral.")).isEmpty();
	}

	@Test
	void a_part_that_firms_and_clubs_play_as_often_as_people_gives_a_list_no_role() {
		assertThat(roles("Brindle Foods and Ostrava Steel were the biggest losers on the index.")).isEmpty();
		assertThat(roles("Sponsors are Harbour Tea, Kestrel Mills and Dunmore Gas.")).isEmpty();
		assertThat(roles("Semi-finalists are Northam Rovers and Calder Town.")).isEmpty();
	}

	@Test
	void a_counted_plural_set_off_before_a_list_may_carry_a_word_of_rank() {
		assertThat(roles("A report said that two former police officers, Greg Hollis and Fay Mundt, had warned of it."))
			.containsExactly("Greg Hollis | a former police officer", "Fay Mundt | a former police officer");
		assertThat(roles("The letter was signed by three senior doctors, Ahmed Rauf, Lisa Quon and Ben Stoll."))
			.containsExactly("Ahmed Rauf | a senior doctor", "Lisa Quon | a senior doctor",
					"Ben Stoll | a senior doctor");
		assertThat(roles("A column said two ex-FBI agents, Paul Gill and Ellen Lomax, had warned of war."))
			.containsExactly("Paul Gill | an ex-FBI agent", "Ellen Lomax | an ex-FBI agent");
	}

}
