package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Who is who in family stories and court reports, each shape in an invented sentence:
 * relatives set off by commas, a past doer, and two people named together as the subject
 * of one act.
 */
class KinAndPairShapesTest {

	@Test
	void another_of_a_named_owners_relatives_is_one_of_them() {
		assertThat(roles("\"She wants to stay,\" said Anselm Brenner, another of Lena's great-uncles."))
			.containsExactly("Anselm Brenner | one of Lena's great-uncles");
	}

	@Test
	void a_widow_owned_by_a_name_is_a_role() {
		assertThat(roles("Tomas Brenner died in the flood. Brenner's widow, Greta Brenner, said she would sue."))
			.contains("Greta Brenner | Brenner's widow");
	}

	@Test
	void a_role_set_off_after_a_verb_of_thinking_is_the_role_of_the_name() {
		assertThat(roles("When asked if he thought the baby's uncle, Tomas Brenner, was to blame, he said yes."))
			.containsExactly("Tomas Brenner | the baby's uncle");
	}

	@Test
	void a_former_doer_is_a_role_as_the_doer_is() {
		assertThat(roles("\"Nobody will be alone,\" said Lorenz Pohl, a former prisoner who leads the volunteers."))
			.containsExactly("Lorenz Pohl | a former prisoner who leads the volunteers");
		assertThat(roles("Nils Pohl, a former dealer, was at the march."))
			.containsExactly("Nils Pohl | a former dealer");
	}

	@Test
	void two_people_named_together_as_the_subject_of_a_passive_are_each_one_of_the_two() {
		assertThat(roles("Karl Vossen and Dieter Hahn are charged with manslaughter, arson and fraud."))
			.containsExactly("Karl Vossen | one of the two people charged with manslaughter",
					"Dieter Hahn | one of the two people charged with manslaughter");
		assertThat(roles("Jonas Weber and Ilse Kranz were originally sentenced in May 2009, but lost their appeal."))
			.containsExactly("Jonas Weber | one of the two people sentenced in May 2009",
					"Ilse Kranz | one of the two people sentenced in May 2009");
	}

	@Test
	void a_long_name_in_a_pair_is_a_persons() {
		assertThat(roles("Omar Said Ali al-Harbi and Karim Nasser were charged with smuggling in 1996."))
			.containsExactly("Omar Said Ali al-Harbi | one of the two people charged with smuggling in 1996",
					"Karim Nasser | one of the two people charged with smuggling in 1996");
	}

	@Test
	void two_people_named_together_as_the_subject_of_a_past_act_are_each_one_of_the_two_who_did_it() {
		assertThat(roles("Petra Quist and Hanna Berg painted the old ferry in 1990.")).containsExactly(
				"Petra Quist | one of the two people who painted the old ferry in 1990",
				"Hanna Berg | one of the two people who painted the old ferry in 1990");
	}

	@Test
	void two_names_joined_inside_a_sentence_or_doing_too_little_are_no_pair_act() {
		assertThat(roles("On Monday, Petra Quist and Hanna Berg painted the old ferry.")).isEmpty();
		assertThat(roles("Petra Quist and Hanna Berg met on Monday.")).isEmpty();
		assertThat(roles("Petra Quist and Hanna Berg would have painted the ferry.")).isEmpty();
		assertThat(roles("Quist Holdings and Dorne Industries were charged with fraud.")).isEmpty();
	}

	@Test
	void a_town_and_its_state_before_the_role_stay_inside_the_apposition() {
		assertThat(roles("Jon Farlow, a New Carlisle, Pa., marketing consultant, says the brand holds an edge."))
			.containsExactly("Jon Farlow | a New Carlisle, Pa., marketing consultant");
		assertThat(roles("Jon Farlow, a lawyer in Carlisle, Pa., filed the suit on Monday."))
			.containsExactly("Jon Farlow | a lawyer in Carlisle");
	}

	@Test
	void a_plural_owner_before_the_role_makes_it_an_owned_role() {
		assertThat(roles("\"We have not done enough,\" said Edgar Wollin, Marlow Foods' chairman, in an interview."))
			.contains("Edgar Wollin | Marlow Foods' chairman");
	}

}
