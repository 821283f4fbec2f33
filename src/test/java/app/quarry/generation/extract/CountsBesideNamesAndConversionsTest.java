package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbers read by where they stand: a capitalised number opening a paragraph still
 * counts, one opening a longer name inside a sentence does not; a measure given again in
 * brackets in another system is counted once; "one" taken from a group counted before
 * leaves the amount after "to" its own.
 */
class CountsBesideNamesAndConversionsTest {

	@Test
	void a_number_word_opening_a_paragraph_counts_even_before_a_capitalised_word() {
		assertThat(counts("Acme crash\nMonday, 4 May 2009\nFour Westrian ski champions died in the crash."))
			.contains("Four=4 champion");
		assertThat(counts("Westria news\nTwelve Acme staff were hurt on Friday.")).contains("Twelve=12 staff");
		assertThat(counts("It rained. Three Acme workers were hurt.")).contains("Three=3 worker");
	}

	@Test
	void two_names_joined_by_and_share_the_noun_after_them() {
		assertThat(counts("The maker will recall close to 90,000 Acme and Westria cars.")).contains("90,000=90000 car");
		assertThat(counts("About 300 Acme and Beta Corp staff signed the letter.")).contains("300=300 staff");
	}

	@Test
	void a_capitalised_ordinal_inside_a_sentence_that_opens_a_longer_name_ranks_nothing() {
		assertThat(counts("Veterans of the Second Acme War marched next week.")).isEmpty();
		assertThat(counts("The Third Westrian Republic fell in a day.")).isEmpty();
		assertThat(counts("Roe wrote a history of the First Eastham Crusade, her fifth book."))
			.containsExactly("fifth=5th book");
	}

	@Test
	void a_capitalised_ordinal_before_a_single_capitalised_noun_still_ranks_it() {
		assertThat(counts("The law breached the Fourteenth Amendment, the judge said."))
			.containsExactly("Fourteenth=14th amendment");
		assertThat(counts("It was a breach of the Ninth Amendment's Free Speech Clause."))
			.containsExactly("Ninth=9th amendment");
	}

	@Test
	void a_measure_converted_in_brackets_is_counted_once_by_its_first_figure() {
		assertThat(counts("The tower rises 60 meters (200 feet) above the square.")).containsExactly("60=60 meter");
		assertThat(counts("The jet came down 1,640km (1,020 miles) west of the capital."))
			.containsExactly("1,640=1640 kilometre");
		assertThat(counts("The farm lies 70 miles (112 km) east of Eastham and covers 300 acres."))
			.containsExactly("70=70 mile", "300=300 acre");
		assertThat(counts("The boy weighed 60 pounds (about 27 kg) when found.")).containsExactly("60=60 pound");
	}

	@Test
	void a_rounded_measure_keeps_its_conversion_and_other_brackets_are_no_conversions() {
		assertThat(counts("The camp lay about 9 miles (14 kilometres) from the coast.")).containsExactly("9=9 mile",
				"14=14 kilometre");
		assertThat(counts("The squad has 25 players (12 of them strikers) this year.")).contains("25=25 player");
		assertThat(counts("The road is 40 miles long (and 30 metres wide).")).contains("40=40 mile");
	}

	@Test
	void one_taken_from_a_group_counted_before_leaves_the_amount_after_to_its_own() {
		assertThat(counts("A court convicted two Acme managers and jailed one to 14 months in prison."))
			.containsExactly("two=2 manager", "14=14 month");
		assertThat(counts("Westria detained three Acme businessmen and jailed one to 5 years on Monday."))
			.contains("5=5 year")
			.noneMatch(c -> c.startsWith("one="));
	}

	@Test
	void one_to_a_number_without_a_group_before_is_still_a_range() {
		assertThat(counts("The project will take one to two years.")).containsExactly("one=1 year");
		assertThat(counts("The judge handed down one to three years.")).containsExactly("one=1 year");
	}

}
