package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "Boss" is a post as "head" is, in an apposition, before a name and after an owner; an
 * adjective of scope after "head of the" opens the body's name and makes no title of the
 * words before it. In sentences written for the test.
 */
class BossesAndScopedBodiesTest {

	@Test
	void a_boss_of_a_body_is_a_role() {
		assertThat(roles("Mara Quill, boss of the Harbour Safety Board, spoke."))
			.containsExactly("Mara Quill | boss of the Harbour Safety Board");
		assertThat(roles("Party boss Kit Varn resigned.")).containsExactly("Kit Varn | Party boss");
		assertThat(roles("Ola Brent, the union's regional boss, was arrested."))
			.containsExactly("Ola Brent | the union's regional boss");
	}

	@Test
	void a_body_named_after_an_adjective_of_scope_is_no_titled_person() {
		assertThat(roles("Officials met Mara Quill, head of the regional Harbour Safety Board, on Friday."))
			.containsExactly("Mara Quill | head of the regional Harbour Safety Board");
		assertThat(roles("Officials met Ivo Lenz, chief of the national Water Board, on Friday."))
			.containsExactly("Ivo Lenz | chief of the national Water Board");
		assertThat(roles("The spokesman for the ministry Jan Dole declined to comment."))
			.containsExactly("Jan Dole | spokesman for the ministry");
	}

}
