package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A body written after a person's name with "of" or "from" says where the person belongs
 * even where nobody is quoted, when its name says it is a body: initials, a noun for a
 * kind of body, a newspaper's word. A town after "of" is no affiliation.
 */
class BodiesAfterNamesTest {

	@Test
	void a_party_after_of_or_from_in_a_list_gives_each_person_their_party() {
		assertThat(
				roles("Jane Roe from the Harbour Union, Tom Hale of the Labour Party and Ann Lee of TGL were elected."))
			.contains("Jane Roe | someone from the Harbour Union", "Tom Hale | someone from the Labour Party",
					"Ann Lee | someone from TGL");
		assertThat(roles("Other winners were Gary Bell of VRP and Rita Vane of the Green Party."))
			.contains("Gary Bell | someone from VRP", "Rita Vane | someone from the Green Party");
	}

	@Test
	void a_body_after_the_name_of_a_subject_that_does_not_speak_is_its_affiliation() {
		assertThat(roles("Owen Marsh from the KWU was re-elected with many votes."))
			.contains("Owen Marsh | someone from the KWU");
		assertThat(roles("Lena Park of the Daily Courier broke the story on Monday."))
			.contains("Lena Park | someone from the Daily Courier");
		assertThat(roles("Nora Quill of the University of Halden was among the guests; she left early."))
			.contains("Nora Quill | someone from the University of Halden");
		assertThat(roles("The prize went to Carl Moss of Halden Group, who had led the bid."))
			.contains("Carl Moss | someone from Halden Group");
		assertThat(roles("On Sunday, Tom Hale of Halden Motorsports recorded his 40th career win."))
			.contains("Tom Hale | someone from Halden Motorsports");
		assertThat(roles("Ann Lee of Quist Racing finished third behind two rookies."))
			.contains("Ann Lee | someone from Quist Racing");
		assertThat(roles("Ida Stone, of the Tenants' Housing Trust, lost her seat by ten votes."))
			.anyMatch(line -> line.startsWith("Ida Stone | someone from the Tenants"));
	}

	@Test
	void a_role_that_already_names_the_body_is_not_repeated() {
		assertThat(roles("Veteran councillors Jane Roe of the Green Party and Tom Hale of HRA were re-elected."))
			.noneMatch(line -> line.contains("someone from"));
	}

	@Test
	void a_place_a_possessive_or_an_unknown_word_after_of_gives_nothing() {
		assertThat(roles("Bob Hart of Springfield won the race, and Mia Cole of Ohio came second."))
			.noneMatch(line -> line.contains("someone from"));
		assertThat(roles("Paul West of the UK was named in the team."))
			.noneMatch(line -> line.contains("someone from"));
		assertThat(roles("Henry Vance of the Green Party's youth wing joined the march."))
			.noneMatch(line -> line.contains("someone from"));
		assertThat(roles("Mary Lowe of Ashgrove Heights was among the winners."))
			.noneMatch(line -> line.contains("someone from"));
	}

}
