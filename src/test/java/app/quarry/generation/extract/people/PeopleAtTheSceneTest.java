package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A noun for what someone was at the scene ("passenger", "bystander", "commuter") before
 * the name describes the person, also where it opens the sentence with a capital; a given
 * name there is no such noun.
 */
class PeopleAtTheSceneTest {

	@Test
	void a_noun_for_someone_at_the_scene_before_a_name_describes_the_person() {
		assertThat(roles("She said passenger Nils Berg had been hurt in the crash.")).contains("Nils Berg | passenger");
		assertThat(roles("One witness, commuter Carl Moss, left before noon.")).contains("Carl Moss | commuter");
		assertThat(roles("Police said tourist Ida Stone, 34, had died at the scene.")).contains("Ida Stone | tourist");
	}

	@Test
	void such_a_noun_opening_the_sentence_is_written_in_lower_case() {
		assertThat(roles("Passenger Jane Roe told reporters the train shook.")).contains("Jane Roe | passenger");
		assertThat(roles("Bystander Ann Lee told police she saw the van.")).contains("Ann Lee | bystander");
		assertThat(roles("Commuter Tom Hale told the inquiry he ran.")).contains("Tom Hale | commuter");
	}

	@Test
	void a_given_name_opening_the_sentence_describes_nobody() {
		assertThat(roles("Christian Tom Hale said he waited.")).noneMatch(line -> line.contains("christian"));
	}

}
