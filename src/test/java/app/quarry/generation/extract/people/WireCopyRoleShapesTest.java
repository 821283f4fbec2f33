package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Titles before names as wire copy writes them, in invented sentences: the day put
 * between the name and its verb, a title that names the country it is sent to, a role and
 * what it heads in lower case.
 */
class WireCopyRoleShapesTest {

	@Test
	void the_day_between_a_titled_name_and_its_verb_is_no_part_of_the_name() {
		assertThat(roles("President Ann Tarrant Saturday vowed to rebuild the bridge."))
			.containsExactly("Ann Tarrant | President");
	}

	@Test
	void an_ambassador_to_a_country_is_titled_as_the_name_before_her_is() {
		assertThat(roles("American ambassador to Ruritania Lena Marsh and Trade Minister Osric Vale were injured."))
			.containsExactly("Lena Marsh | American ambassador to Ruritania", "Osric Vale | Trade Minister");
	}

	@Test
	void a_given_name_after_to_starts_the_name_it_belongs_to() {
		assertThat(FoundRoles.roles("The letter was sent by the private secretary to Anna Maria Berg on Monday."))
			.doesNotContain("Maria Berg | private secretary to Anna");
		assertThat(new PersonExtractor().find(app.quarry.corpus.DocumentText
			.of("The letter was sent by the private secretary to Anna Maria Berg on Monday."), null))
			.extracting(fact -> fact.value())
			.containsExactly("Anna Maria Berg");
	}

	@Test
	void a_role_and_what_it_heads_in_lower_case_title_the_name_after_them() {
		assertThat(roles("Veltrian head of state Osric Vale signed the treaty on Monday."))
			.containsExactly("Osric Vale | Veltrian head of state");
	}

	@Test
	void a_relation_heads_nothing() {
		// the daughter is no title of his; the trade before his name is
		assertThat(roles("She interviewed the daughter of sailor Osric Vale.")).containsExactly("Osric Vale | sailor");
	}

	@Test
	void a_word_that_counts_people_before_of_is_no_part_of_the_title() {
		assertThat(roles("One of President Osric Vale's sons has resigned.")).containsExactly("Osric Vale | President");
	}

	@Test
	void a_police_rank_after_its_place_and_force_titles_the_name_after_it() {
		assertThat(roles("Ohio State Police Superintendent Karl Brenner urged store owners to be alert."))
			.containsExactly("Karl Brenner | Ohio State Police Superintendent");
		assertThat(roles("Cook County Sheriff Tom Dart said the jail was full."))
			.containsExactly("Tom Dart | Cook County Sheriff");
		assertThat(roles("Police Detective Sgt. Ray Dunn said the car was stolen."))
			.containsExactly("Ray Dunn | Police Detective Sgt.");
	}

}
