package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A post with no article opening the sentence, set off by a comma before a name whose
 * closing comma was left out because the speech verb follows at once, is the name's role;
 * a phrase that opens with a preposition is no post. In sentences written for the test.
 */
class BarePostsBeforeSpeakingNamesTest {

	@Test
	void a_bare_post_before_a_name_and_its_speech_verb_is_the_role() {
		assertThat(roles("Regional governor, Pavel Dunn said the search would go on."))
			.containsExactly("Pavel Dunn | Regional governor");
		assertThat(roles("Acme chief executive, Omar Fell told staff the plant would close."))
			.containsExactly("Omar Fell | Acme chief executive");
		assertThat(roles("Team coach, Rob Hale says his players are tired.")).containsExactly("Rob Hale | Team coach");
		assertThat(roles("Senior adviser at Norbank, Ines Varga added that rates would rise."))
			.containsExactly("Ines Varga | senior adviser at Norbank");
	}

	@Test
	void an_opening_phrase_that_is_no_post_gives_no_role() {
		assertThat(roles("In a letter to the president, Jane Roe said she would resign.")).isEmpty();
		assertThat(roles("As chairman, Tim Rowe said the board had met.")).isEmpty();
		assertThat(roles("After the meeting, Jane Roe said little.")).isEmpty();
	}

}
