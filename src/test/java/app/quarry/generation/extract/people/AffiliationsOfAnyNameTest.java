package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A person no other finder described is someone from the name written after them with
 * "of", or before them in the possessive, whatever that name is: a team, a paper, a party
 * or a town. Realms, people, weekdays and longer names give nothing.
 */
class AffiliationsOfAnyNameTest {

	private static List<String> described(String body) {
		return LastResortReadings.of(new AffiliationsOfAnyName(), body, List.of());
	}

	@Test
	void a_name_after_of_is_where_the_person_belongs() {
		assertThat(described("Soon after, Tino Vargo of Rovers had a claim for a penalty. Vargo scored later."))
			.containsExactly("person Tino Vargo | someone from Rovers");
		assertThat(described("Bob Hart of Springfield won the race on Sunday."))
			.containsExactly("person Bob Hart | someone from Springfield");
		assertThat(described("Harald Moen of Norland Air said the flight was late. Moen left."))
			.containsExactly("person Harald Moen | someone from Norland Air");
	}

	@Test
	void a_given_name_of_the_wider_list_shows_the_run_is_a_persons() {
		assertThat(described("Karim Tahiri of Weekview was arrested on Friday, the group said."))
			.containsExactly("person Karim Tahiri | someone from Weekview");
		assertThat(described("Victoria Dock Company of Upton was sold on Friday.")).isEmpty();
	}

	@Test
	void a_name_owning_the_person_in_the_possessive_is_where_they_belong() {
		assertThat(described("The coach praised Westria's Tom Bell after the match."))
			.containsExactly("person Tom Bell | someone from Westria");
		assertThat(described("Another attempt by Halden's Mark Lund was saved. Lund was unlucky."))
			.containsExactly("person Mark Lund | someone from Halden");
	}

	@Test
	void a_given_name_of_the_wider_list_after_the_possessive_shows_a_person() {
		assertThat(described("Moments later, Halden Rovers' Karim Tahiri was shown a yellow card."))
			.containsExactly("person Karim Tahiri | someone from Halden Rovers");
		assertThat(described("A shot by Kestrel's Karim Tahiri went wide."))
			.containsExactly("person Karim Tahiri | someone from Kestrel");
		assertThat(described("Norland's Vasca Motor said profits rose.")).isEmpty();
		assertThat(described("Halden's Victoria Dock Company was sold on Friday.")).isEmpty();
	}

	@Test
	void realms_people_weekdays_and_longer_names_give_nothing() {
		assertThat(described("King Olaf of Norland opened the bridge.")).isEmpty();
		assertThat(described("Henry VIII of England had six wives.")).isEmpty();
		assertThat(described("Jane Roe said Monday's Tom Bell show was late.")).isEmpty();
		assertThat(described("Jane Roe greeted Mark Lund's Tom Bell on Friday.")).isEmpty();
		assertThat(described("Edward Yiu of the Coastal, Island and Harbour district was elected.")).isEmpty();
		assertThat(described("Henry Vance of the Green Party's youth wing joined the march.")).isEmpty();
	}

	@Test
	void a_person_another_finder_described_is_left_alone() {
		assertThat(LastResortReadings.of(new AffiliationsOfAnyName(), "Tom Bell of Halden, a baker, won.",
				List.of(new app.quarry.generation.extract.PersonFact("Tom Bell", 23, 31, "Tom Bell", "a baker"))))
			.isEmpty();
	}

}
