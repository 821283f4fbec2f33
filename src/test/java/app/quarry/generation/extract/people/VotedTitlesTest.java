package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "Was voted the Footballer of the Year" confers a title as "was named" does; "voted out"
 * or "voted off" confers none, nor does a bare "voted best ..." whose words may run on
 * into who voted.
 */
class VotedTitlesTest {

	@Test
	void a_title_someone_was_voted_is_who_they_are() {
		assertThat(FoundRoles.roles("Marta Quince was voted the European Footballer of the Year in 2003."))
			.containsExactly("Marta Quince | the European Footballer of the Year");
	}

	@Test
	void being_voted_out_or_voted_best_without_an_article_gives_no_title() {
		assertThat(FoundRoles.roles("Tom Roe was voted out of office in May.")).isEmpty();
		assertThat(FoundRoles.roles("Ben Lusk was voted best actor by critics.")).isEmpty();
	}

}
