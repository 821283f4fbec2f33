package app.quarry.generation.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Years as speech says them and a transcript writes them down: "nineteen oh five", "the
 * year two thousand and one", "in two thousand one, ...".
 */
class SpokenYearsTest {

	@Test
	void a_year_of_the_first_decade_of_a_century_is_said_with_oh() {
		assertThat(FoundDates.in("The chapel was built in nineteen oh five.", "2011-05-04"))
			.containsExactly("nineteen oh five=1905");
		assertThat(FoundDates.in("It flooded in March nineteen oh eight.", "2011-05-04"))
			.containsExactly("March nineteen oh eight=1908-03");
	}

	@Test
	void the_year_two_thousand_and_after_reads_the_whole_year() {
		assertThat(FoundDates.in("By the year two thousand three the fair was back.", "2011-05-04"))
			.containsExactly("two thousand three=2003");
		assertThat(FoundDates.in("By the year two thousand the fair was back.", "2011-05-04"))
			.containsExactly("two thousand=2000");
	}

	@Test
	void two_thousand_and_one_after_in_is_a_year_where_a_clause_goes_on() {
		assertThat(FoundDates.in("In two thousand and one the mill closed.", "2011-05-04"))
			.containsExactly("two thousand and one=2001");
		assertThat(FoundDates.in("In two thousand one, the bridge fell.", "2011-05-04"))
			.containsExactly("two thousand one=2001");
	}

	@Test
	void two_thousand_and_one_of_something_is_no_year() {
		assertThat(FoundDates.in("The hall was lit in two thousand and one colours.", "2011-05-04")).isEmpty();
	}

}
