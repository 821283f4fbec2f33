package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A post with its article set off by a comma before a name that ends the clause is the
 * name's role, also after a passive or another verb that opens the sentence on something
 * else, and when the post names "the state of" a place. In sentences written for the
 * test.
 */
class PostsSetOffAtClauseEndTest {

	@Test
	void a_post_of_the_state_of_a_place_is_a_role() {
		assertThat(roles("A short reply arrived from the treasurer of the state of Nevara, Ray Blanton."))
			.containsExactly("Ray Blanton | the treasurer of the state of Nevara");
		assertThat(roles("The motion was opposed by the mayor of the city of Dunmore, Alice Brandt."))
			.containsExactly("Alice Brandt | the mayor of the city of Dunmore");
	}

	@Test
	void a_post_after_the_verb_of_a_sentence_opening_on_something_else_is_a_role() {
		assertThat(roles("The prize was handed over by the president of Veldia, Ivo Karsk."))
			.containsExactly("Ivo Karsk | the president of Veldia");
		assertThat(roles("The company was bought last year by the owner of a rival chain, Mark Tull."))
			.containsExactly("Mark Tull | the owner of a rival chain");
		assertThat(roles("The plan was backed by the leader of the opposition, Carl Mey, and most MPs."))
			.containsExactly("Carl Mey | the leader of the opposition");
	}

	@Test
	void a_post_owning_a_thing_before_the_verb_is_no_head_and_the_post_after_the_verb_is_the_role() {
		assertThat(roles("The union's answer to the mayor's letter came from the treasurer of the state of "
				+ "Nevara, Ray Blanton."))
			.containsExactly("Ray Blanton | the treasurer of the state of Nevara");
	}

	@Test
	void a_post_opening_the_sentence_is_still_read_whole() {
		assertThat(roles("The chief executive of Acme, Jane Roe, said sales rose."))
			.containsExactly("Jane Roe | the chief executive of Acme");
	}

}
