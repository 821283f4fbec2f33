package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A role told by a clause whose subject is the role and whose complement the names, and
 * where someone quoted comes from ("said Mike Gikas of Consumer Reports").
 */
class RoleClauseShapesTest {

	@Test
	void a_singular_role_names_one_person() {
		assertThat(roles("The captain of the rowing crew was Dana Whitfield."))
			.containsExactly("Dana Whitfield | the captain of the rowing crew");
	}

	@Test
	void each_name_of_a_list_holds_the_role_for_the_side_it_stands_for() {
		assertThat(roles("The players of the cup final were Omar Castillo for Leeds for his two goals and"
				+ " Carl Jansen for York, who saved a penalty."))
			.containsExactly("Omar Castillo | the player of the cup final for Leeds",
					"Carl Jansen | the player of the cup final for York");
	}

	@Test
	void a_list_without_sides_makes_each_one_of_the_holders() {
		assertThat(roles("The founders of the club were Omar Castillo and Carl Jansen.")).containsExactly(
				"Omar Castillo | one of the founders of the club", "Carl Jansen | one of the founders of the club");
	}

	@Test
	void a_passive_naming_stands_for_the_copula() {
		assertThat(roles("The pilot has been identified as Dana Whitfield, 57."))
			.containsExactly("Dana Whitfield | the pilot");
		assertThat(roles("The Driver was named as Carl Jansen by the police."))
			.containsExactly("Carl Jansen | the driver");
		assertThat(roles("The victims have been identified as Omar Castillo, 45, and Carl Jansen, 37."))
			.containsExactly("Omar Castillo | one of the victims", "Carl Jansen | one of the victims");
	}

	@Test
	void a_naming_with_no_passive_before_it_holds_no_role_here() {
		assertThat(roles("The pilot identified as Dana Whitfield landed safely.")).isEmpty();
		assertThat(roles("The driver named as his heir Carl Jansen.")).noneMatch(role -> role.contains("the driver"));
	}

	@Test
	void a_name_after_a_clause_that_the_copula_does_not_open_holds_no_role() {
		assertThat(roles("The players were tired and Omar Castillo left early.")).isEmpty();
	}

	@Test
	void an_organisation_after_the_name_of_someone_quoted_says_where_they_are_from() {
		assertThat(roles("The fault is rare, said Mike Orr of Harbor Analytics."))
			.containsExactly("Mike Orr | someone from Harbor Analytics");
		assertThat(roles("Dana Whitfield of the Riverside Trust said the park would stay open."))
			.containsExactly("Dana Whitfield | someone from the Riverside Trust");
	}

	@Test
	void a_country_after_a_name_is_where_he_is_from_and_a_name_nobody_quotes_gives_no_affiliation() {
		assertThat(roles("The fault is rare, said Mike Orr of Britain."))
			.containsExactly("Mike Orr | someone from Britain");
		assertThat(roles("Mike Orr of Harbor Analytics visited the plant.")).isEmpty();
	}

}
