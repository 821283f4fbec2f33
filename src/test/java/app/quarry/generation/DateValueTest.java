package app.quarry.generation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DateValueTest {

	@Test
	void a_day_before_christ_is_shown_with_its_era() {
		assertThat(DateValue.parse("-0043-03-15").display()).isEqualTo("March 15, 44 BC");
		assertThat(DateValue.parse("-0355-07-20/-0355-07-21").display()).isEqualTo("July 20–21, 356 BC");
		assertThat(DateValue.parse("-0043-03").display()).isEqualTo("March 44 BC");
	}

	@Test
	void a_century_is_named_by_its_ordinal() {
		assertThat(DateValue.parse("1801/1900").display()).isEqualTo("the 19th century");
		assertThat(DateValue.parse("-1899/-1800").display()).isEqualTo("the 19th century BC");
	}

	@Test
	void a_day_written_with_its_era_year_is_shown_with_the_year() {
		assertThat(DateValue.parse("-0043-03-15").inStyleOf("15 March 44 BC")).isEqualTo("March 15, 44 BC");
	}

	@Test
	void a_decade_or_a_century_is_not_of_the_shape_of_a_two_year_season() {
		assertThat(DateValue.parse("1920/1929").shape()).isNotEqualTo(DateValue.parse("1935/1936").shape());
		assertThat(DateValue.parse("1801/1900").shape()).isNotEqualTo(DateValue.parse("1920/1929").shape());
	}

}
