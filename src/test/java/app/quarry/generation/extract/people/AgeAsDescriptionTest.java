package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An age used as a noun ("the 45-year-old") carries on the person the sentence before is
 * about, only when no one else is in that sentence and the story gave them no other age.
 */
class AgeAsDescriptionTest {

	@Test
	void an_age_opening_the_next_sentence_describes_the_previous_subject() {
		assertThat(roles("Alan Pike has joined the campaign for the seat. The 45-year-old said he was proud to help."))
			.contains("Alan Pike | 45-year-old");
	}

	@Test
	void a_subject_set_off_by_an_apposition_naming_their_employer_is_still_the_only_one() {
		assertThat(roles("Tom Birch, chief executive of Lumen Foods, said sales were up. The 61-year-old said the "
				+ "firm would hire more staff."))
			.contains("Tom Birch | 61-year-old");
	}

	@Test
	void two_people_in_the_sentence_before_leave_the_age_to_either() {
		assertThat(roles("Jane Dunn met John Lyle in Hull on Monday. The 39-year-old said the talks went well."))
			.noneMatch(line -> line.contains("39-year-old"));
	}

	@Test
	void another_age_given_before_makes_the_description_someone_elses() {
		assertThat(roles("Alan Pike, 52, has joined the board. The 45-year-old said he was proud."))
			.noneMatch(line -> line.contains("45-year-old"));
	}

	@Test
	void a_short_phrase_of_where_or_when_before_the_subject_keeps_it_the_subject() {
		assertThat(roles(
				"Speaking in York, Lyn Marsh said the party was united. The 50-year-old said morale was " + "high."))
			.contains("Lyn Marsh | 50-year-old");
	}

}
