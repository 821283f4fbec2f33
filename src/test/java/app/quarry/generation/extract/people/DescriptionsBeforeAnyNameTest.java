package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.generation.extract.Fact;

/**
 * Any name set off by a noun phrase is described, whatever its kind, where no other
 * finder described it: the phrase is read by its parts of speech, the name's kind by the
 * phrase's head noun. Clauses, lists, opening phrases and eras give nothing.
 */
class DescriptionsBeforeAnyNameTest {

	private static List<String> described(String body, List<Fact> found) {
		return LastResortReadings.of(new DescriptionsBeforeAnyName(), body, found);
	}

	private static List<String> described(String body) {
		return described(body, List.of());
	}

	@Test
	void a_phrase_set_off_before_a_closed_name_describes_it() {
		assertThat(described("The talks moved to the nation's capital, Vellhaven."))
			.containsExactly("place Vellhaven | the nation's capital");
		assertThat(described("Not even Norland's top climber, Michael Pilgrim, was allowed in."))
			.containsExactly("person Michael Pilgrim | Norland's top climber");
		assertThat(described("The deal was signed by the Norlandic lender, Vellbank, on Monday."))
			.containsExactly("organisation Vellbank | the Norlandic lender");
	}

	@Test
	void a_list_an_unclosed_name_or_an_opening_phrase_gives_nothing() {
		assertThat(described("They beat the champions, Vellhaven, and Korva.")).isEmpty();
		assertThat(described("He passed the ball, Tomas Pilgrim scored.")).isEmpty();
		assertThat(described("After the match, Tomas Pilgrim said he was tired.")).isEmpty();
		assertThat(described("In the capital, Vellhaven, the streets were empty.")).isEmpty();
	}

	@Test
	void a_part_of_a_group_a_plural_or_a_vocative_gives_nothing() {
		assertThat(described("The biggest of the three islands, Skarva, lies to the north.")).isEmpty();
		assertThat(described("One of the suspects, Karl Bruun, was released.")).isEmpty();
		assertThat(described("Norland beat the hosts, Skarva, on Sunday.")).isEmpty();
		assertThat(described("\"Welcome to the club, Anna,\" said the chairman.")).isEmpty();
	}

}
