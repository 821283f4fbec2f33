package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A people's noun after a capitalized word that opens the sentence ("Fellow Briton Jane
 * Roe") is no part of the name; a seed with its rank is a person's description. In
 * sentences written for the test.
 */
class PeoplesNounsAfterOpeningTitlesTest {

	@Test
	void the_peoples_noun_is_not_part_of_the_name() {
		assertThat(roles("Fellow Briton Sam Oakes finished third.")).containsExactly("Sam Oakes | Fellow Briton");
		assertThat(roles("Fellow Kenyan Ruth Obi won the race.")).containsExactly("Ruth Obi | Fellow Kenyan");
		assertThat(roles("Britain's Sam Oakes and fellow Briton Tim Dale finished third."))
			.contains("Tim Dale | fellow Briton");
	}

	@Test
	void a_peoples_adjective_before_a_race_or_a_series_describes_no_one() {
		assertThat(roles("He crashed at the 2012 Belgian Grand Prix in heavy rain.")).isEmpty();
		assertThat(roles("She won the 2009 Italian Formula Three title.")).isEmpty();
		assertThat(roles("The Swedish Davis Cup team lost.")).isEmpty();
	}

	@Test
	void a_ranked_seed_describes_the_player() {
		assertThat(roles("Top seed Nora Lind beat her rival.")).containsExactly("Nora Lind | Top seed");
	}

}
