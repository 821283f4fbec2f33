package app.quarry.generation.extract;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An ordinal after a negation ranks nothing ("not the first time"); of two ordinals
 * joined by "or" the first stands for the rough rank and the upper guess is no count of
 * its own.
 */
class OrdinalPrecisionTest {

	@Test
	void an_ordinal_after_a_negation_ranks_nothing() {
		assertThat(counts("It is not the first time floods have struck the valley.")).isEmpty();
		assertThat(counts("Not for the first time, the ferry was late.")).isEmpty();
		assertThat(counts("This is the fifth time the ferry was late.")).containsExactly("fifth=5th time");
	}

	@Test
	void of_two_ordinals_joined_by_or_only_the_first_is_a_count() {
		assertThat(counts("Go on the sixth or seventh day of the carnival.")).containsExactly("sixth=6th day");
		assertThat(counts("The ninth and tenth floors were closed.")).hasSize(2);
	}

	@Test
	void a_half_or_quarter_of_a_match_is_no_count_even_after_a_placing() {
		assertThat(counts("Westria finished fourth in the league. Jane Roe scored in the first half and "
				+ "John Doe in the second half."))
			.containsExactly("fourth=4th place");
		assertThat(counts("Acme led after the third quarter.")).isEmpty();
	}

	@Test
	void a_named_era_of_history_is_no_rank() {
		assertThat(counts("Veterans of the First Crusade and the Second World War were honoured.")).isEmpty();
		assertThat(counts("The Third Reich fell.")).isEmpty();
		assertThat(counts("The Fifth Symphony was played for the third time.")).contains("third=3th time");
	}

	@Test
	void an_ordinal_in_digits_ranks_the_noun_after_it_without_an_article() {
		assertThat(counts("Westria 46th ward alderman Jane Roe signed the letter.")).containsExactly("46th=46th ward");
		assertThat(counts("Acme doubled the lead on 7th minute with a header.")).containsExactly("7th=7th minute");
		// in words, an ordinal with no article ranks nothing: "first met"
		assertThat(counts("They first met in Lisbon.")).isEmpty();
	}

	@Test
	void an_ordinal_before_the_name_of_a_gathering_held_again_ranks_the_gathering() {
		assertThat(counts("Jane Roe opened the fourth Westria Garden Festival on Friday."))
			.containsExactly("fourth=4th festival");
		assertThat(counts("The 22nd Acme Software Conference opened in Lisbon."))
			.containsExactly("22nd=22th conference");
	}

}
