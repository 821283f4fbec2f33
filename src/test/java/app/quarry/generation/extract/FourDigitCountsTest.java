package app.quarry.generation.extract;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

/**
 * Four digits written without a thousands comma count the noun after them when a word of
 * quantity comes before them, when a plural that can be counted follows a verb, or when a
 * unit of measure stands between them and a noun; a year placed by a preposition, a name
 * or an owner stays a year.
 */
class FourDigitCountsTest {

	private static List<String> dates(String text) {
		return new DateFinder().find(DocumentText.of(text), new ExtractionContext("t", LocalDate.parse("2005-03-14")))
			.stream()
			.filter(DateFact.class::isInstance)
			.map(Fact::text)
			.toList();
	}

	@Test
	void four_digits_after_a_word_of_quantity_count_the_plural_after_them() {
		assertThat(counts("Around 1500 workers will lose their jobs at the mill.")).containsExactly("1500=1500 worker");
		assertThat(counts("Some 2000 fans waited outside the ground.")).containsExactly("2000=2000 fan");
		assertThat(dates("Around 1500 workers will lose their jobs at the mill.")).isEmpty();
	}

	@Test
	void four_digits_after_a_verb_count_the_plural_they_open() {
		assertThat(counts("The bakery employs 1800 staff across the county.")).containsExactly("1800=1800 staff");
		assertThat(dates("The bakery employs 1800 staff across the county.")).isEmpty();
	}

	@Test
	void four_digits_before_a_unit_and_its_noun_count_the_unit() {
		assertThat(counts("The convoy finished the 1800 mile journey in a week.")).contains("1800=1800 mile");
		assertThat(counts("The town built a 2000 seat theatre.")).contains("2000=2000 seat");
		assertThat(dates("The convoy finished the 1800 mile journey in a week.")).isEmpty();
	}

	@Test
	void a_year_placed_by_a_preposition_a_name_or_an_owner_stays_a_year() {
		assertThat(dates("In 1998 workers at the mill went on strike.")).containsExactly("1998");
		assertThat(counts("In 1998 workers at the mill went on strike.")).isEmpty();
		assertThat(counts("Acme's 2004 accounts showed a loss.")).isEmpty();
		assertThat(counts("The 2004 accounts showed a loss.")).isEmpty();
		assertThat(counts("Upgrades reached Orbix 2000 users last month.")).isEmpty();
		assertThat(dates("The launch is expected around 2010, and not 2008 as once planned.")).contains("2008");
		assertThat(counts("The bakery expects 2006 sales to rise.")).isEmpty();
	}

	@Test
	void four_digits_after_a_survey_of_count_the_plural_after_them() {
		assertThat(counts("A survey of 1450 pupils was carried out in the north.")).contains("1450=1450 pupil");
		assertThat(dates("A survey of 1450 pupils was carried out in the north.")).isEmpty();
		assertThat(dates("The floods of 1953 struck the coast.")).contains("1953");
	}

}
