package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

/**
 * A capitalized pair that a comma and a state, province or home nation follow names a
 * town, not a person; invented sentences.
 */
class TownsBeforeStatesTest {

	private static List<String> people(String text) {
		return new PersonExtractor().find(DocumentText.of(text), null).stream().map(fact -> fact.value()).toList();
	}

	@Test
	void a_town_before_a_state_abbreviation_is_no_person() {
		assertThat(people("The Santa Rosa, Calif., thrift had a loss.")).isEmpty();
		assertThat(people("Zentrix Freight Inc., Menlo Park, Calif., said its profit rose.")).isEmpty();
		assertThat(people("A team at the White Plains, N.Y., branch met.")).isEmpty();
	}

	@Test
	void a_town_before_a_state_written_out_or_a_province_is_no_person() {
		assertThat(people("The Round Rock, Texas, maker of saddles said orders fell.")).isEmpty();
		assertThat(people("It opened a plant in Red Deer, Alberta, last year.")).isEmpty();
		assertThat(people("It has an office in Cherry Hill, New Jersey, and one in Leeds.")).isEmpty();
	}

	@Test
	void a_town_that_goes_on_as_a_modifier_is_no_person() {
		assertThat(people("They bid for the Walnut Creek, Calif.-based lamp maker.")).isEmpty();
	}

	@Test
	void a_town_that_a_given_name_opens_needs_a_town_noun_or_an_article() {
		assertThat(people("It has plants in Glen Cove, N.Y., and Beverly Hills, Calif.")).isEmpty();
		assertThat(people("Mary Smith, Virginia, and Bob Jones attended.")).contains("Mary Smith", "Bob Jones");
	}

	@Test
	void a_title_or_a_score_keeps_the_pair_a_person() {
		assertThat(people("Sen. Pete Wilson, Calif., opposed the bill.")).containsExactly("Pete Wilson");
		assertThat(people("The leaders: Colin Doyle, Scotland, 68; Ann Lee, Wales, 69.")).contains("Colin Doyle",
				"Ann Lee");
	}

	@Test
	void a_state_that_runs_on_into_a_name_is_no_state() {
		assertThat(people("Jane Roe, Texas Instruments' treasurer, resigned.")).contains("Jane Roe");
	}

}
