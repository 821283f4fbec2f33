package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A date swapped into a false statement takes the words a date needs, so that the
 * statement's grammar does not tell that it is false.
 */
class SwappedDatesTest {

	@Test
	void a_part_of_the_day_goes_before_the_date() {
		assertThat(SwappedDates.fitted("The clerk was robbed on October 25 night as he closed the shop.", "October 25"))
			.isEqualTo("The clerk was robbed on the night of October 25 as he closed the shop.");
		assertThat(SwappedDates.fitted("Crowds rallied in the square February 10 night to demand his return.",
				"February 10"))
			.isEqualTo("Crowds rallied in the square on the night of February 10 to demand his return.");
		assertThat(SwappedDates.fitted("As of March 28 evening, the uncle had not signed.", "March 28"))
			.isEqualTo("As of the evening of March 28, the uncle had not signed.");
	}

	@Test
	void a_date_opening_the_statement_takes_its_preposition() {
		assertThat(SwappedDates.fitted("April 1989, the agency downgraded the bonds.", "April 1989"))
			.isEqualTo("In April 1989, the agency downgraded the bonds.");
		assertThat(SwappedDates.fitted("1991, the fund made an offer for the firm.", "1991"))
			.isEqualTo("In 1991, the fund made an offer for the firm.");
		assertThat(SwappedDates.fitted("March 5, 1998, the board met again.", "March 5, 1998"))
			.isEqualTo("On March 5, 1998, the board met again.");
		assertThat(SwappedDates.fitted("March 16–22, 1998, the rebels held the pass.", "March 16–22, 1998"))
			.isEqualTo("During March 16–22, 1998, the rebels held the pass.");
	}

	@Test
	void a_date_opening_its_clause_without_a_comma_takes_its_preposition_but_a_subject_does_not() {
		assertThat(SwappedDates.fitted("2003 the council will rebuild the pier.", "2003"))
			.isEqualTo("In 2003 the council will rebuild the pier.");
		assertThat(SwappedDates.fitted("2003 was a hard year for the growers.", "2003"))
			.isEqualTo("2003 was a hard year for the growers.");
	}

	@Test
	void the_article_before_the_date_follows_its_sound() {
		assertThat(SwappedDates.fitted("The firm will sell itself under a August 1989 agreement.", "August 1989"))
			.isEqualTo("The firm will sell itself under an August 1989 agreement.");
	}

	@Test
	void a_date_that_already_reads_well_stays() {
		assertThat(SwappedDates.fitted("The treaty was signed on March 12 in the library.", "March 12"))
			.isEqualTo("The treaty was signed on March 12 in the library.");
	}

}
