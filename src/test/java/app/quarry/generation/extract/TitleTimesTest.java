package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

class TitleTimesTest {

	@Test
	void a_title_told_with_how_often_it_was_won_counts_times() {
		assertThat(counts("The two-time world indoor champion will race on Sunday.")).containsExactly("two=2 time");
		assertThat(counts("The board banned three time national road champion Ada Kerr."))
			.containsExactly("three=3 time");
		assertThat(counts("The 5-time Grand Slam winner lost in the first round.")).containsExactly("5=5 time",
				"first=1th round");
		assertThat(counts("She is a four time Oscar nominee and a two-time runner-up at the festival."))
			.containsExactly("four=4 time", "two=2 time");
		assertThat(counts("The club signed the two time runner up from the league.")).containsExactly("two=2 time");
	}

	@Test
	void a_one_time_title_and_time_before_other_nouns_count_no_titles() {
		assertThat(counts("The one-time champion now coaches the team.")).isEmpty();
		assertThat(counts("The firm took a one-time charge of $5 million.")).isEmpty();
		assertThat(counts("The flight crossed two time zones and the champion slept.")).doesNotContain("two=2 time");
	}

}
