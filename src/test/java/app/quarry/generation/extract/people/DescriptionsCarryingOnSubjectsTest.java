package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sentence that opens with a description of someone in the subject's place goes on
 * about the person named as the subject of the sentence before; each shape in invented
 * text.
 */
class DescriptionsCarryingOnSubjectsTest {

	@Test
	void a_description_opening_the_next_sentence_is_the_previous_subjects() {
		assertThat(roles("Marsh wins in Oslo\n\nBritain's Tom Marsh shook off a cold to win the 60m in Oslo.\n\n"
				+ "Marsh clocked 6.58 seconds, well ahead of Norway's Per Lunde. The world indoor champion said he "
				+ "had felt awful that morning."))
			.contains("Tom Marsh | world indoor champion")
			.noneMatch(line -> line.startsWith("Per Lunde | world"));
	}

	@Test
	void a_bare_office_carries_on_a_subject_in_the_next_paragraph() {
		assertThat(roles("Alan Reed has issued a rallying cry to supporters before the election.\n\n"
				+ "The chancellor said the vote would offer a clear choice."))
			.contains("Alan Reed | chancellor");
	}

	@Test
	void a_titled_subject_and_a_country_in_the_possessive_and_an_age() {
		assertThat(roles("Teenager Jon Hale ran the quickest indoor 400m of the winter in Leeds.\n\n"
				+ "The European youth champion ran 45.12 seconds to finish ahead of Bo Tate."))
			.contains("Jon Hale | European youth champion");
		assertThat(roles("Sprinter Lena Frost has received a six year ban after a hearing in Lausanne.\n\n"
				+ "America's former world indoor 100m champion is the first athlete banned without a positive test."))
			.contains("Lena Frost | America's former world indoor 100m champion");
	}

	@Test
	void a_description_in_the_possessive_still_describes_the_subject() {
		assertThat(roles("Kenyan runner Eli Kamau won the mile in Boston. The Olympic silver medallist's time was "
				+ "the best of the year."))
			.contains("Eli Kamau | Olympic silver medallist");
	}

	@Test
	void people_brought_in_to_comment_are_no_one_named_before() {
		assertThat(roles("Dan Holt scored twice as Rovers beat United on Saturday. The coach said he was delighted."))
			.noneMatch(line -> line.contains("coach"));
		assertThat(roles("Dan Holt scored twice on Saturday. The club spokesman said he would stay."))
			.noneMatch(line -> line.contains("spokesman"));
	}

	@Test
	void a_known_figure_named_with_the_subject_makes_either_possible() {
		assertThat(roles("Quinn aims for title\n\nRunner Owen Quinn hopes to win in Vienna.\n\n"
				+ "New coach Sam Pryce has helped put Quinn's running back on course. The 29 year old 5000 metres "
				+ "runner has rarely lived up to his talent."))
			.noneMatch(line -> line.contains("5000 metres"));
	}

	@Test
	void a_subject_known_by_another_calling_is_not_the_one_described() {
		assertThat(
				roles("Coach Sam Pryce praised Owen Quinn after the race. The 27 year old runner said he was pleased."))
			.noneMatch(line -> line.startsWith("Sam Pryce | 27"));
	}

	@Test
	void an_office_given_to_someone_else_is_theirs() {
		assertThat(roles("Prime Minister Jack Morton defended the budget. Ed Vale said the plans were reckless.\n\n"
				+ "Ed Vale left early. The prime minister said the figures were sound."))
			.noneMatch(line -> line.startsWith("Ed Vale | prime minister"));
	}

	@Test
	void another_office_of_the_same_noun_does_not_block_the_description() {
		assertThat(roles("Alan Reed has issued a rallying cry to supporters.\n\n"
				+ "The chancellor said the vote would offer a clear choice. Shadow chancellor Rob Lane disagreed."))
			.contains("Alan Reed | chancellor");
	}

	@Test
	void a_description_after_a_headline_or_inside_a_quote_carries_nothing_on() {
		assertThat(roles("Tom Marsh wins again\n\nThe world indoor champion said he felt fine."))
			.noneMatch(line -> line.contains("world indoor champion"));
		assertThat(roles("Tom Marsh won in Oslo. \"The world champion said nothing to me,\" Lunde added."))
			.noneMatch(line -> line.contains("world champion"));
	}

}
