package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A player's position after the team that fields them ("Westria forward", "Acme
 * defender") is the player's post, in a transcript's speaker line or in an apposition;
 * the same words with no team before them are ordinary words. In sentences written for
 * the test.
 */
class SportingPositionsAfterTeamsTest {

	@Test
	void a_position_after_a_team_in_a_speaker_line_is_the_players_post() {
		assertThat(roles("Tom Hale (EAS), Eastland forward:")).containsExactly("Tom Hale | Eastland forward");
		assertThat(roles("Bob Gale (NOR), Norway defender")).containsExactly("Bob Gale | Norway defender");
		assertThat(roles("Ana Lind (WES), Westria keeper:")).containsExactly("Ana Lind | Westria keeper");
	}

	@Test
	void a_position_after_a_team_in_an_apposition_is_the_players_post() {
		assertThat(roles("Dan Fox, an Eastland forward, was booked in the first half."))
			.containsExactly("Dan Fox | an Eastland forward");
		assertThat(roles("Jane Roe, the Westria winger, said the team was ready."))
			.contains("Jane Roe | the Westria winger");
		assertThat(roles("Carl Dunn, Acme centre-back, scored the only goal."))
			.containsExactly("Carl Dunn | Acme centre-back");
	}

	@Test
	void the_same_words_without_a_team_are_no_post() {
		assertThat(roles("Jane Roe, looking forward, said the plan would work.")).isEmpty();
		assertThat(roles("Tom Hale, moving forward quickly, reached the line first.")).isEmpty();
	}

}
