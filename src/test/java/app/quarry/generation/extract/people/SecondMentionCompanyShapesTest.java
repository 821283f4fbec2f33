package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * How business and wire stories describe a company they have named: an apposition with
 * its town set off by commas, a trade that runs to a list, a short name that stands for
 * the full one, a description at its second mention. Each shape in an invented story,
 * with the guards that keep a description from the wrong company.
 */
class SecondMentionCompanyShapesTest {

	private static List<String> organisations(String text) {
		return FoundOrganisations.in(text);
	}

	@Test
	void an_apposition_may_open_with_a_town_and_its_state_set_off_by_commas() {
		assertThat(organisations("Milford Pumps fended off overtures from Tarvex Corp., a Dayton, Ohio, maker of "
				+ "medical devices.\nOrbix Systems, a Fresno, Calif., software company, said it bought the stock."))
			.contains("Tarvex Corp. | a Dayton, Ohio, maker of medical devices",
					"Orbix Systems | a Fresno, Calif., software company");
	}

	@Test
	void what_a_maker_makes_may_run_to_a_list() {
		assertThat(organisations("Halder Co. said profit rose.\nHalder, a maker of coated fabrics for shipping, "
				+ "farming, mining and other trades, made the news public in a letter."))
			.contains("Halder Co. | a maker of coated fabrics for shipping, farming, mining and other trades");
	}

	@Test
	void a_list_of_appositions_is_no_description() {
		assertThat(organisations("Brovo Media publishes the Courier, a weekly paper, local guides and maps."))
			.noneMatch(found -> found.startsWith("Courier |"));
	}

	@Test
	void a_short_name_is_asked_by_the_full_name_the_story_gave_first() {
		assertThat(organisations("Brenner Corp. said sales fell.\nBrenner, whose main business is renting "
				+ "forklifts and related tools, said a Dutch company filed a request."))
			.contains("Brenner Corp. | whose main business is renting forklifts and related tools");
	}

	@Test
	void a_short_name_two_full_names_begin_with_stays_short() {
		assertThat(organisations("Brovo Foods Inc. and Brovo Steel Corp. said they would merge.\n"
				+ "Brovo, a maker of canned soups, said the deal would close in May."))
			.contains("Brovo | a maker of canned soups");
	}

}
