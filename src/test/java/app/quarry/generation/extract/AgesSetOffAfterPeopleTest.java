package app.quarry.generation.extract;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A bare number set off by commas after a word for a person ("her younger sister, 14,")
 * or after a name and "age" ("Jane Roe, age 34") is that person's age in years; after a
 * word for a thing it is no age.
 */
class AgesSetOffAfterPeopleTest {

	@Test
	void a_number_set_off_after_a_word_for_a_person_is_an_age() {
		assertThat(counts("Her younger sister, 14, was found in the garage.")).contains("14=14 year");
		assertThat(counts("The driver, 52, was treated at the scene.")).contains("52=52 year");
		assertThat(counts("Police said the suspect, 31, had fled on foot.")).contains("31=31 year");
		assertThat(counts("Jane Roe's husband, 60, told the court he was at home.")).contains("60=60 year");
		assertThat(counts("Their eldest son, 19, was not at home.")).contains("19=19 year");
	}

	@Test
	void a_name_followed_by_age_and_a_number_gives_an_age() {
		assertThat(counts("The victim was named as Ann Cole, age 34.")).contains("34=34 year");
		assertThat(counts("Tom Reed, age 61, said he would stand again.")).contains("61=61 year");
	}

	@Test
	void a_number_after_a_bodys_name_is_no_age() {
		assertThat(counts("The results were: Labour Party, 45; Green Party, 12.")).doesNotContain("45=45 year",
				"12=12 year");
		assertThat(counts("Harbour United, 14, were top of the table.")).doesNotContain("14=14 year");
	}

	@Test
	void a_number_set_off_after_a_word_for_a_thing_is_no_age() {
		assertThat(counts("The old mill, 12, stood empty.")).doesNotContain("12=12 year");
		assertThat(counts("Her score, 14, was the best of the day.")).doesNotContain("14=14 year");
	}

	@Test
	void two_people_named_then_two_ages_give_each_their_age() {
		assertThat(counts("She later met the officers Tom Vale and Ann Lee, 41 and 52, at a hotel."))
			.contains("41=41 year", "52=52 year");
		assertThat(counts("The twins Jo and Kim Hart, 17 and 17, were unhurt.")).contains("17=17 year");
		// a pair of numbers after one name is no pair of ages
		assertThat(counts("The scores of Tom Vale, 41 and 52, were the best.")).doesNotContain("41=41 year",
				"52=52 year");
	}

	@Test
	void a_number_after_reaching_an_age_is_an_age() {
		assertThat(counts("Most smokers start before they reach age 18.")).contains("18=18 year");
		assertThat(counts("Pupils may vote once they reach the age of 16.")).contains("16=16 year");
	}

}
