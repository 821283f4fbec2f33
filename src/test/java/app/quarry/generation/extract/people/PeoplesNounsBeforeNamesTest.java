package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A noun for one of a people written before a name ("Spaniard Jane Roe", "Frenchman Tom
 * Hale") is no part of the name and says who the person is; a plural before a list
 * ("Americans Jane Roe and Tom Hale") says it of each. In sentences written for the test.
 */
class PeoplesNounsBeforeNamesTest {

	@Test
	void a_people_s_noun_before_a_name_is_a_description() {
		assertThat(roles("The champion beat Spaniard Maria Lopez in the final."))
			.containsExactly("Maria Lopez | a Spaniard");
		assertThat(roles("She equalled Swede Anna Berg's record of five titles."))
			.containsExactly("Anna Berg | a Swede");
		assertThat(roles("Frenchman Paul Tardieu withdrew with an injury on Monday."))
			.containsExactly("Paul Tardieu | a Frenchman");
		assertThat(roles("The title went to Dutchwoman Els Veen, who won in straight sets."))
			.contains("Els Veen | a Dutchwoman");
		assertThat(roles("Briton Tom Hale lost to the top seed.")).containsExactly("Tom Hale | a Briton");
	}

	@Test
	void a_plural_people_s_noun_before_a_list_describes_each_name() {
		assertThat(roles("Americans John Kemp and Bill Tovey reached the doubles final."))
			.containsExactly("John Kemp | an American", "Bill Tovey | an American");
		assertThat(roles("The relay was won by Kenyans Paul Kiptoo, Ann Wambui and Joe Rotich."))
			.containsExactly("Paul Kiptoo | a Kenyan", "Ann Wambui | a Kenyan", "Joe Rotich | a Kenyan");
		assertThat(roles("Spaniards Luis Ferrer and Rosa Vidal finished level."))
			.containsExactly("Luis Ferrer | a Spaniard", "Rosa Vidal | a Spaniard");
	}

	@Test
	void a_given_name_that_is_also_a_people_s_word_stays_in_the_name() {
		assertThat(roles("Finn Larsen, a carpenter, built the stage.")).containsExactly("Finn Larsen | a carpenter");
		assertThat(roles("Dane Whitford, a pilot, flew the plane.")).containsExactly("Dane Whitford | a pilot");
	}

}
