package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A nationality set off by commas before a name after "another", in the object of a
 * preposition as well as at the start of a clause, says what the person is: "set by
 * another Kenyan, Mary Wanjiru,". In sentences written for the test.
 */
class NationalitySetOffAfterAnotherTest {

	@Test
	void another_nationality_before_a_name_says_what_she_is() {
		assertThat(roles("She broke the record set by another Kenyan, Mary Wanjiru, in Berlin last year."))
			.contains("Mary Wanjiru | a Kenyan");
		assertThat(roles("Another Italian, Lucia Ferrante, finished third.")).contains("Lucia Ferrante | an Italian");
	}

}
