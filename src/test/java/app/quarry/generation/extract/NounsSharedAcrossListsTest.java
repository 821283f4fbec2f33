package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bare number that continues a count in the same sentence counts the same things: an
 * item of a list placed somewhere ("4,000 fans in all, 900 in Leeds"), or a number after
 * what befell the things counted first ("60 people dead and 900 homeless"). A range whose
 * lower end leaves out the scale of its upper one ("between 2 and 3 million") is asked by
 * neither end, and ages set off after names in a list with semicolons are ages.
 */
class NounsSharedAcrossListsTest {

	@Test
	void items_of_a_list_placed_somewhere_count_the_things_counted_before() {
		assertThat(counts("Organisers said 3.1 million people marched and sang, 640,000 in Boston, "
				+ "320,000 in Denver, Colorado, and 90,000 at the Mall."))
			.containsExactly("3.1 million=3100000 person", "640,000=640000 person", "320,000=320000 person",
					"90,000=90000 person");
		assertThat(counts("The firm sold 4,000 cars last year, 1,200 in March alone."))
			.containsExactly("4,000=4000 car", "1,200=1200 car");
		assertThat(counts("Acme employs 900 workers in total, about 300 at the Leeds plant and 120 in York."))
			.containsExactly("900=900 worker", "300=300 worker", "120=120 worker");
	}

	@Test
	void a_bare_number_placed_somewhere_without_a_count_before_it_counts_nothing() {
		assertThat(counts("In the final, 12 in Paris voted against it.")).isEmpty();
		assertThat(counts("The vote was close, 52 in Ohio going the other way.")).isEmpty();
	}

	@Test
	void a_number_after_what_befell_the_first_things_counts_them_too() {
		assertThat(counts("The storms left 215 people dead and 40,000 homeless.")).containsExactly("215=215 person",
				"40,000=40000 person");
		assertThat(counts("The floods left 90 people dead and over 3,000 forcibly displaced."))
			.containsExactly("90=90 person", "3,000=3000 person");
		assertThat(counts("The quake left 12 villagers missing and 300 stranded in the hills."))
			.containsExactly("12=12 villager", "300=300 villager");
	}

	@Test
	void a_range_whose_lower_end_leaves_out_the_scale_is_neither_asked_as_a_count_nor_by_its_upper_end() {
		assertThat(counts("Between 2 and 3 million people attended the rally.")).isEmpty();
		assertThat(counts("Some 4 to 5 billion birds migrate each year.")).isEmpty();
		assertThat(counts("The firm expects to sell 2-3 million phones.")).isEmpty();
		assertThat(counts("Between 300 and 400 people attended the rally.")).containsExactly("300=300 person");
		assertThat(counts("Sales rose from 2 to 3 million cars.")).containsExactly("3 million=3000000 car");
	}

	@Test
	void items_of_a_list_after_such_a_range_count_what_the_range_counts() {
		assertThat(counts("Between 2.1 and 3.4 million people marched, 640,000 in Boston and 90,000 at the Mall."))
			.containsExactly("640,000=640000 person", "90,000=90000 person");
	}

	@Test
	void a_noun_the_same_in_the_plural_is_counted_as_it_stands() {
		assertThat(counts("Biologists compared embryos of two different species of lizard."))
			.containsExactly("two=2 species");
		assertThat(counts("The broadcaster ordered three new series of the show.")).containsExactly("three=3 series");
	}

	@Test
	void ages_set_off_after_names_in_a_list_with_semicolons_are_ages() {
		assertThat(counts("The dead included Jane Roe, 20; Mary Poe, 19; Bob Smith, 32, and Carl Jones, 20."))
			.containsExactly("20=20 year", "19=19 year", "32=32 year", "20=20 year");
	}

	@Test
	void a_number_after_a_single_place_name_and_before_a_semicolon_is_no_age() {
		assertThat(counts("Most cases were in Texas, 52; the rest were elsewhere.")).isEmpty();
	}

}
