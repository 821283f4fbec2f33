package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A second post set off by commas before a name ("goalkeeper, and captain, Pedro Alves")
 * is a title of that name like the first. In sentences written for the test.
 */
class SecondPostsSetOffTest {

	@Test
	void two_posts_with_the_second_set_off_by_commas_are_one_title() {
		assertThat(roles("Norland goalkeeper, and captain, Pedro Alves is accused of fraud."))
			.contains("Pedro Alves | Norland goalkeeper and captain");
	}

	@Test
	void a_list_of_people_before_a_name_is_no_title() {
		assertThat(roles("Tom Hale met the goalkeeper, the captain, Pedro Alves and others."))
			.noneMatch(found -> found.startsWith("Pedro Alves |") && found.contains("goalkeeper"));
	}

}
