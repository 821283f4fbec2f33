package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A charity, think tank, agency or group named as the subject of one sentence is carried
 * on by a description of its kind opening the next ("The London based think tank said"),
 * only when that sentence names nothing else and the name is no person's.
 */
class BodyNounSubjectsTest {

	private static List<String> organisations(String text) {
		return FoundOrganisations.in(text);
	}

	@Test
	void a_think_tank_with_its_town_carries_on_the_body_just_named() {
		assertThat(organisations("Title\n\nMarch 03, 2005\n\nThe Northgate Institute published a study on savings. "
				+ "The London based think tank said savers were at risk."))
			.contains("Northgate Institute | the London based think tank");
	}

	@Test
	void a_charity_and_a_group_based_somewhere_carry_on_their_bodies() {
		assertThat(organisations("Title\n\nMarch 03, 2005\n\nFarlow Aid has appealed for help. "
				+ "The Oxford-based charity said thousands were homeless."))
			.contains("Farlow Aid | the Oxford-based charity");
		assertThat(organisations("Title\n\nMarch 03, 2005\n\nOrbit Media reported a loss. "
				+ "The Paris-based group blamed weak advertising."))
			.contains("Orbit Media | the Paris-based group");
	}

	@Test
	void two_bodies_in_the_sentence_before_leave_the_description_to_either() {
		assertThat(organisations("Title\n\nMarch 03, 2005\n\nHalden Care criticised Brightwater Aid on Monday. "
				+ "The Paris-based group said the plan was unfair."))
			.noneMatch(line -> line.contains("Paris-based group"));
	}

	@Test
	void a_person_is_never_described_as_a_body() {
		assertThat(organisations("Title\n\nMarch 03, 2005\n\nMary Stone said prices had risen. "
				+ "The Leeds-based group said demand was weak."))
			.noneMatch(line -> line.contains("Leeds-based group"));
	}

	@Test
	void a_body_noun_not_opening_its_sentence_is_left_alone() {
		assertThat(organisations("Title\n\nMarch 03, 2005\n\nHarlow Trust opened a school. "
				+ "Parents in the Leeds-based group said it was welcome."))
			.noneMatch(line -> line.contains("Leeds-based group"));
	}

	@Test
	void a_body_quoted_as_it_opens_the_sentence_before_is_carried_on() {
		assertThat(organisations("Title\n\nMarch 03, 2005\n\n\"Donations are down,\" Zenith Trust said. "
				+ "The Bristol-based think tank warned of cuts."))
			.contains("Zenith Trust | the Bristol-based think tank");
	}

}
