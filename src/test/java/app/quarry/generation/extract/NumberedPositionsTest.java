package app.quarry.generation.extract;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A point in a series written as its noun and then its number ("on lap 22", "in round
 * three") places that noun as an ordinal does; the word ordinal of an event it places in
 * the same clause ("the second stoppage, on lap 40") is only their order.
 */
class NumberedPositionsTest {

	@Test
	void a_series_noun_and_its_number_is_a_position() {
		assertThat(counts("Jane Roe took the lead on lap 22 and never gave it back.")).contains("22=22th lap");
		assertThat(counts("The champion was knocked down in round three, his corner said."))
			.contains("three=3th round");
		assertThat(counts("Roe holed a long putt at hole 17 to draw level.")).contains("17=17th hole");
		assertThat(counts("On day five of the games, Acme's rowers won gold.")).contains("five=5th day");
		assertThat(counts("Stage 9 of the tour ends in the hills, organisers said.")).contains("9=9th stage");
		assertThat(counts("A crash on lap 98 led to a long stoppage.")).contains("98=98th lap");
		assertThat(counts("Acme Cup 2031 day four: hosts beat Ruritania")).contains("four=4th day");
		assertThat(counts("The race was halted on lap 140 due to rain.")).contains("140=140th lap");
		assertThat(counts("In Game Three, played at night, Acme won easily.")).contains("Three=3th game");
	}

	@Test
	void a_range_a_time_a_name_or_a_plural_after_the_number_is_no_position() {
		assertThat(counts("Talks in round 2-3 stalled.")).noneMatch(c -> c.endsWith("round"));
		assertThat(counts("The lap 3 Acme tyres wore out.")).noneMatch(c -> c.endsWith("lap"));
		assertThat(counts("On the first day 5 people were hurt.")).noneMatch(c -> c.endsWith("day"));
	}

	@Test
	void a_series_noun_an_article_or_an_ordinal_marks_is_no_position_for_the_number_after_it() {
		assertThat(counts("On the day 12 of the climbers died, snow fell.")).containsExactly("12=12 climber");
		assertThat(counts("Later that day 12 of the guests left the Acme hotel.")).containsExactly("12=12 guest");
		assertThat(counts("On the first day 5 of the runners dropped out.")).containsExactly("5=5 runner");
	}

	@Test
	void an_ordinal_of_an_event_placed_by_a_position_in_its_clause_is_not_a_count() {
		assertThat(counts("The first yellow flag came out on lap 22, after a spin.")).containsExactly("22=22th lap");
		assertThat(counts("On lap 40, the second stoppage, for debris in turn 2, slowed the field."))
			.containsExactly("40=40th lap");
		assertThat(counts("Roe scored a second goal for Acme; the visitors hit back on day two."))
			.contains("second=2th goal");
	}

}
