package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A full name owned by a country is a person from that country when its first word is a
 * given name from public records, or when the story owns another person by a country the
 * same way, as a match report owns its players; a firm's name stays unread. In sentences
 * written for the test.
 */
class PeopleOwnedByCountriesTest {

	@Test
	void a_given_name_from_the_long_list_reads_as_a_person() {
		assertThat(roles("Denmark's Konrad Vask was shown a red card in the second half."))
			.contains("Konrad Vask | someone from Denmark");
		assertThat(roles("The visitors went ahead, but Norway's Wilbert Dahl was sent off."))
			.contains("Wilbert Dahl | someone from Norway");
	}

	@Test
	void another_player_owned_by_a_country_vouches_for_the_rest_of_the_story() {
		String report = "Chile's Orvo Brenes was booked early. Later, Peru's Jesse Mardon scored twice.";
		assertThat(roles(report)).contains("Orvo Brenes | someone from Chile", "Jesse Mardon | someone from Peru");
		assertThat(roles("Spain's Zarko Lundt and Italy's Tom Hale were both booked."))
			.contains("Zarko Lundt | someone from Spain", "Tom Hale | someone from Italy");
	}

	@Test
	void a_firms_name_owned_by_a_country_stays_no_person() {
		assertThat(roles("Japan's Konrad Motors said sales fell. Japan's Tom Hale, an analyst, agreed."))
			.noneMatch(role -> role.startsWith("Konrad Motors"));
		assertThat(roles("Sweden's Orvo Telecom bought Norway's Jesse Mardon Group. Orvo said the deal was done."))
			.noneMatch(role -> role.startsWith("Orvo"));
		assertThat(roles("Chile's Orvo Brenes said profits rose.")).noneMatch(role -> role.startsWith("Orvo"));
	}

}
