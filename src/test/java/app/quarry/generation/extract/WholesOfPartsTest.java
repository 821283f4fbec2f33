package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole a share or a rank is told of is background to the number before it: the part
 * is the count asked.
 */
class WholesOfPartsTest {

	@Test
	void the_whole_after_a_part_is_not_asked() {
		assertThat(counts("Twelve out of the top 30 albums were reissues.")).containsExactly("Twelve=12 album");
		assertThat(counts("Three out of 10 voters have not decided.")).noneMatch(c -> c.startsWith("10"));
		assertThat(counts("Two in five drivers use the bypass.")).noneMatch(c -> c.startsWith("five"));
	}

	@Test
	void an_ordinal_part_leaves_its_whole_unasked() {
		assertThat(counts("She is the second of the four sisters to join the navy."))
			.noneMatch(c -> c.startsWith("four"));
	}

	@Test
	void the_whole_of_a_plain_part_and_an_owners_whole_are_still_asked() {
		assertThat(counts("The pilot was one of 14 crew members on board.")).contains("14=14 crew");
		assertThat(counts("Seven of the nine riders finished the stage.")).contains("nine=9 rider");
		assertThat(counts("The fund bought 20,000 of Halden's 450,000 shares outstanding."))
			.contains("450,000=450000 share");
	}

	@Test
	void the_upper_end_of_a_range_opened_by_a_capital_between_is_not_asked() {
		assertThat(counts("Between 300 and 400 workers joined the march.")).containsExactly("300=300 worker");
	}

	@Test
	void the_first_day_or_evening_opens_the_story_and_ranks_nothing() {
		assertThat(counts("By the morning of the first day more than 5,000 runners had signed up."))
			.containsExactly("5,000=5000 runner");
	}

}
