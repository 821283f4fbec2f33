package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A title written before a name and set off from it by a comma: an owner's title in
 * capitals ("Orlan's Chief Executive Officer, Marcus Quint,"). A title after a verb of
 * speech ("said Grey Owl Trading chief strategist, Jo Lind.") is specified in
 * {@link RolesAfterSpeechVerbShapesTest}.
 */
class TitlesSetOffBeforeNamesTest {

	@Test
	void an_owners_title_written_in_capitals() {
		assertThat(FoundRoles.roles(
				"The plan, the brainchild of Orlan's Chief Executive Officer, Marcus Hale Quint, is to end the losses."))
			.contains("Marcus Hale Quint | Orlan's Chief Executive Officer");
	}

}
