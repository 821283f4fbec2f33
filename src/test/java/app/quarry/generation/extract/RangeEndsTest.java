package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A number after the lower end of a range of measures or money, or after the first part
 * of a number written in words, is no count; the words before a number are searched for
 * those only when they end with "to", "and", "or" or a dash.
 */
class RangeEndsTest {

	@Test
	void the_upper_end_of_a_range_of_measures_or_money_is_no_count() {
		assertThat(counts("The ferry trip takes 1.5 to 2 hours.")).isEmpty();
		assertThat(counts("The ferry trip takes 1.5 -\n2 hours.")).isEmpty();
		assertThat(counts("The yard asked US$300 to 350 million for the hulls.")).isEmpty();
		assertThat(counts("The yard asked $40 million or 45 million for 3 hulls.")).containsExactly("3=3 hull");
	}

	@Test
	void a_number_written_in_words_is_counted_whole_or_not_at_all_never_by_its_parts() {
		assertThat(counts("The guild has two hundred and thirty members."))
			.containsExactly("two hundred and thirty=230 member");
		assertThat(counts("The guild has twenty four members.")).containsExactly("twenty four=24 member");
	}

	@Test
	void a_number_after_other_words_counts_its_noun() {
		assertThat(counts("The guild has 230 members and 12 boats.")).containsExactly("230=230 member", "12=12 boat");
	}

	@Test
	void the_upper_end_of_a_range_of_counts_is_no_count_of_its_own() {
		assertThat(counts("The club signed 300 to 450 players.")).containsExactly("300=300 player");
		assertThat(counts("Now there are five or six young riders coming through.")).containsExactly("five=5 rider");
		assertThat(counts("The crew found two or three wrecks a year.")).containsExactly("two=2 wreck");
		assertThat(counts("The scheme pays a grant to 16 and 17 year olds.")).containsExactly("16=16 year");
	}

}
