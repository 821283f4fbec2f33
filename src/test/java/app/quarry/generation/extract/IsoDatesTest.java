package app.quarry.generation.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IsoDatesTest {

	@Test
	void reads_days_and_months_as_the_formatter_does() {
		for (String day : new String[] { "2019-06-30", "1989-01-01", "2020-02-29", "0044-03-15" }) {
			assertThat(IsoDates.day(day)).isEqualTo(LocalDate.parse(day));
		}
		for (String month : new String[] { "2019-06", "1989-12", "0044-03" }) {
			assertThat(IsoDates.month(month)).isEqualTo(YearMonth.parse(month));
		}
	}

	@Test
	void an_impossible_date_fails_as_the_formatter_fails() {
		assertThatThrownBy(() -> IsoDates.day("2019-02-29")).isInstanceOf(DateTimeParseException.class);
		assertThatThrownBy(() -> IsoDates.day("2019-6-30")).isInstanceOf(DateTimeParseException.class);
		assertThatThrownBy(() -> IsoDates.month("2019-13")).isInstanceOf(DateTimeParseException.class);
	}

}
