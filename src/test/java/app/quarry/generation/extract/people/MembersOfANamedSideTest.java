package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * People listed after "including" or a colon as the members of a side a named body puts
 * out are each someone from that body; a list that names no side, or a side a person
 * picks, gives them nothing.
 */
class MembersOfANamedSideTest {

	@Test
	void players_of_a_side_a_club_fields_are_someone_from_the_club() {
		assertThat(roles(
				"Kestrel put out a young side, including Karl Benson, Mark Lund and Peter Quill. Fans of Kestrel sang."))
			.contains("Karl Benson | someone from Kestrel", "Mark Lund | someone from Kestrel",
					"Peter Quill | someone from Kestrel");
		assertThat(roles(
				"Brimble, for its part, fielded a full squad including Karl Benson and Mark Lund. It was a win for Brimble."))
			.contains("Karl Benson | someone from Brimble", "Mark Lund | someone from Brimble");
		assertThat(roles(
				"Westport Athletic named an unchanged line-up including Karl Benson, Mark Lund, and Peter Quill. Fans of Westport Athletic sang."))
			.contains("Karl Benson | someone from Westport Athletic", "Peter Quill | someone from Westport Athletic");
	}

	@Test
	void a_list_after_a_colon_or_with_words_before_each_name_counts_too() {
		assertThat(roles(
				"Westria's team has three members who raced at the last Games in Oslo: Karl Benson, Mark Lund, and Peter Quill. Fans in Westria cheered."))
			.contains("Karl Benson | someone from Westria", "Mark Lund | someone from Westria",
					"Peter Quill | someone from Westria");
		assertThat(roles(
				"Team Norland includes all four members of its winning rink, including 40-year-old Karl Benson, Anna Berg and Mark Lund. Fans of Team Norland sang."))
			.contains("Anna Berg | someone from Team Norland", "Mark Lund | someone from Team Norland");
	}

	@Test
	void a_role_the_list_gives_a_member_is_kept() {
		assertThat(roles(
				"Kestrel fielded a strong side, including Karl Benson and skipper Mark Lund. Fans of Kestrel sang."))
			.contains("Karl Benson | someone from Kestrel", "Mark Lund | skipper");
	}

	@Test
	void lists_that_name_no_side_or_a_side_a_person_picks_give_nothing() {
		assertThat(roles("Acme sued three customers, including Karl Benson and Mark Lund. Shares in Acme fell."))
			.noneMatch(role -> role.contains("someone from Acme"));
		assertThat(roles("Police named the team, including Karl Benson and Mark Lund."))
			.noneMatch(role -> role.contains("someone from Police"));
		assertThat(roles("Coach Jane Roe spoke first. Roe named a squad, including Karl Benson and Mark Lund."))
			.noneMatch(role -> role.contains("someone from Roe"));
		assertThat(roles("Jane Roe picked a side, including Karl Benson and Mark Lund."))
			.noneMatch(role -> role.contains("someone from Jane Roe"));
		assertThat(roles(
				"Kestrel fielded a young side on Monday, and fans including Karl Benson cheered. It was a win for Kestrel."))
			.noneMatch(role -> role.contains("someone from Kestrel"));
	}

}
