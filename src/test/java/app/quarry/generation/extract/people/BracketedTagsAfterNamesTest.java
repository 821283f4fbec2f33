package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A short tag in brackets right after a name (a country's code, a party and a state)
 * stands between the name and the comma of its apposition, which is read past it. In
 * sentences written for the test.
 */
class BracketedTagsAfterNamesTest {

	@Test
	void the_apposition_after_a_bracketed_tag_is_the_persons_post() {
		assertThat(roles("Jane Roe (WES), Westria coach")).containsExactly("Jane Roe | Westria coach");
		assertThat(roles("Mark Hale (USA), Acme goalkeeper, said the team was ready."))
			.containsExactly("Mark Hale | Acme goalkeeper");
		assertThat(roles("Ana Lind (Green), a member of the city council, voted against the plan."))
			.containsExactly("Ana Lind | a member of the city council");
	}

	@Test
	void a_long_aside_in_brackets_or_no_comma_after_it_gives_no_post() {
		assertThat(roles("Ana Lind (who had voted for the plan only a week before), a councillor, wept."))
			.noneMatch(role -> role.contains("councillor"));
		assertThat(roles("Ana Lind (Green) voted against the plan.")).isEmpty();
	}

}
