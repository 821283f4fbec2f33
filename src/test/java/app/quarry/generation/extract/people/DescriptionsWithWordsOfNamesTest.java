package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An apposition whose words look like a name's, capitalized, yet say who the person is: a
 * doer joined by a hyphen to what made them one ("a Calder Prize-winner"), the part an
 * actor speaks ("the voice of Captain Comet"), a title with its subtitle after a colon.
 * None of them is a second name, and none ends the apposition early.
 */
class DescriptionsWithWordsOfNamesTest {

	@Test
	void a_doer_joined_by_a_hyphen_to_a_prize_is_a_description_not_a_name() {
		assertThat(FoundRoles.roles("Jane Roe, a Calder Prize-winner, came to sign copies of her novel."))
			.containsExactly("Jane Roe | a Calder Prize-winner");
		assertThat(FoundRoles.roles("Tom Doe, an Oscar-winner, came to launch his film."))
			.containsExactly("Tom Doe | an Oscar-winner");
		assertThat(FoundRoles.roles("Ann Lee, a Nobel Prize-laureate, spoke first at the dinner."))
			.containsExactly("Ann Lee | a Nobel Prize-laureate");
	}

	@Test
	void names_joined_by_a_hyphen_stay_names() {
		assertThat(new PersonExtractor().find(
				app.quarry.corpus.DocumentText.of("Lau Ming-tak and Chan Wai-shun were elected, as was Ho Siu-hing.\n"),
				null))
			.extracting(fact -> fact.value())
			.contains("Lau Ming-tak", "Chan Wai-shun", "Ho Siu-hing");
	}

	@Test
	void the_voice_of_a_part_is_the_actors_role() {
		assertThat(
				FoundRoles.roles("Pat Lee met Kevin Roe, the voice of Captain Comet in The Comet Show, at the panel."))
			.contains("Kevin Roe | the voice of Captain Comet in The Comet Show");
		assertThat(FoundRoles.roles("The cast included Ann Lee, the voice of Mother Hen, who sang."))
			.contains("Ann Lee | the voice of Mother Hen");
	}

	@Test
	void a_colon_between_a_title_and_its_subtitle_ends_no_apposition() {
		assertThat(FoundRoles.roles("Jane Roe, the author of Dune: The Desert Planet, signed books."))
			.contains("Jane Roe | the author of Dune: The Desert Planet");
		assertThat(FoundRoles.roles("Tom Doe, the voice of Captain Comet in Comet: The Lost Orbit, waved."))
			.contains("Tom Doe | the voice of Captain Comet in Comet: The Lost Orbit");
		assertThat(FoundRoles.roles("Tom Doe, the mayor, said: The town is safe."))
			.containsExactly("Tom Doe | the mayor");
	}

}
