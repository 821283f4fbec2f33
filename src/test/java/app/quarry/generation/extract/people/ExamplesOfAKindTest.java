package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A name given as an example of a kind ("such as", "like", "including" after a plural
 * noun phrase) is one of that kind, where no other finder described it. A bare or vague
 * plural, a name that qualifies a noun, and a list that runs into a clause give nothing.
 */
class ExamplesOfAKindTest {

	private static List<String> described(String body) {
		return LastResortReadings.of(new ExamplesOfAKind(), body, List.of());
	}

	@Test
	void each_name_listed_after_a_plural_kind_is_one_of_that_kind() {
		assertThat(described("Many neo-pagan religions, such as Wiccora, use old rites."))
			.containsExactly("thing Wiccora | one of the neo-pagan religions");
		assertThat(described("Aid will go to the hardest-hit countries, including Norland, Westria and Ostmark."))
			.containsExactly("place Norland | one of the hardest-hit countries",
					"place Westria | one of the hardest-hit countries",
					"place Ostmark | one of the hardest-hit countries");
	}

	@Test
	void a_short_complement_belongs_to_the_kind_unless_it_ends_on_a_plural() {
		assertThat(described("Private schools in the city, such as Colegio Santa Luz, held events."))
			.anyMatch(line -> line.endsWith("Colegio Santa Luz | one of the private schools in the city"));
		assertThat(described("Buses stop in major towns such as Halden and Ostby.")).isEmpty();
	}

	@Test
	void a_bare_or_vague_kind_says_too_little_to_ask() {
		assertThat(described("Firms like Acme and Vellcorp were hit.")).isEmpty();
		assertThat(described("Big firms like Acme and Vellcorp were hit.")).isEmpty();
		assertThat(described("It looks like Acme will win the bid.")).isEmpty();
	}

	@Test
	void a_name_that_qualifies_a_noun_is_no_example() {
		assertThat(described("Doctors rely on advanced tools such as CT scanners in the clinic.")).isEmpty();
	}

}
