package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbers whose noun news names once, before them: the levels of a counted subject (a
 * death toll, "the number of", a population, a membership), a part opened by "including"
 * and a number set against a count ("compared with", "down from"); and what a few units
 * of measure say: pounds of a stuff weigh it, storeys before a building's name count, an
 * ordinal century of the calendar dates.
 */
class CountsOfSubjectsAndPartsTest {

	@Test
	void every_level_of_a_death_toll_counts_deaths() {
		assertThat(counts("The death toll in the bridge collapse, initially 8, has risen to 11, officials said."))
			.containsExactly("8=8 death", "11=11 death");
		assertThat(counts("The death toll from the mine collapse in the north climbed to 31 on Monday."))
			.containsExactly("31=31 death");
	}

	@Test
	void the_levels_given_after_the_number_of_things_count_those_things() {
		assertThat(counts("The number of tourists to Ruritania jumped from fewer than 40,000 in 1985 "
				+ "to more than 250,000 last year."))
			.containsExactly("40,000=40000 tourist", "250,000=250000 tourist");
		assertThat(counts("The village's population grew from 3,000 to 12,000 within a century."))
			.containsExactly("3,000=3000 inhabitant", "12,000=12000 inhabitant");
		assertThat(counts("Club membership fell by 200 to 1,800.")).containsExactly("200=200 member",
				"1,800=1800 member");
		assertThat(counts("The union's membership, once 60,000, has fallen to 35,000."))
			.containsExactly("60,000=60000 member", "35,000=35000 member");
	}

	@Test
	void a_level_is_no_share_and_stays_in_the_clause_of_its_subject() {
		assertThat(counts("The number of tourists rose to 40 percent of the total.")).isEmpty();
		assertThat(counts("The number of tourists fell, but the fare rose to 300.")).isEmpty();
		assertThat(counts("The population grew to 5,000 and its budget to 3 million."))
			.containsExactly("5,000=5000 inhabitant");
		assertThat(counts("The death toll in Ruritania and Vardenia rose to 250.")).containsExactly("250=250 death");
		assertThat(counts("The number of tourists fell; the museum was 200 yards away."))
			.containsExactly("200=200 yard");
	}

	@Test
	void a_part_opened_by_including_counts_what_its_whole_counts() {
		assertThat(counts("The fund holds 612,400 Brixton shares, including 231,500 bought last week."))
			.containsExactly("612,400=612400 share", "231,500=231500 share");
		assertThat(counts("The firm employs 3,000 people, among them 400 in Spain."))
			.containsExactly("3,000=3000 person", "400=400 person");
	}

	@Test
	void a_number_set_against_a_count_counts_what_it_counts() {
		assertThat(counts("The firm shipped 4,500 units in the quarter, compared with 3,200 a year earlier."))
			.containsExactly("4,500=4500 unit", "3,200=3200 unit");
		assertThat(counts("The airline carried 2.1 million passengers last month, against 1.8 million a year ago."))
			.containsExactly("2.1 million=2100000 passenger", "1.8 million=1800000 passenger");
		assertThat(counts("The plant employs 1,200 workers, down from 2,000 in 1995."))
			.containsExactly("1,200=1200 worker", "2,000=2000 worker");
		assertThat(counts("The plant employs 1,200 workers. Output is down from 2,000 in 1995."))
			.containsExactly("1,200=1200 worker");
	}

	@Test
	void a_part_larger_than_its_whole_or_a_share_is_no_part() {
		assertThat(counts("The fund holds 200 shares, including 231,500 bought last week."))
			.containsExactly("200=200 share");
		assertThat(counts("The fund holds 200 shares, including 12 percent of the votes."))
			.containsExactly("200=200 share");
	}

	@Test
	void pounds_of_a_stuff_or_told_again_in_kilograms_weigh_it_but_pounds_alone_may_be_money() {
		assertThat(counts("Police found 2,400 pounds of explosives and 300 pounds (136 kgs) of fertilizer."))
			.containsExactly("2,400=2400 pound", "300=300 pound");
		assertThat(counts("She paid 300 pounds for the lease and 40 pounds ($64) for the fee.")).isEmpty();
	}

	@Test
	void storeys_before_a_building_s_name_count_though_inches_before_a_model_do_not() {
		assertThat(counts("The storm shattered the 31-story Meridian Tower and toppled the four-story Carlton House."))
			.containsExactly("31=31 story", "four=4 story");
		assertThat(counts("The firm sold a 13-inch Notebook Pro.")).isEmpty();
	}

	@Test
	void an_ordinal_century_of_the_calendar_is_a_date_but_an_owner_s_century_counts() {
		assertThat(counts("He is a 15th century monk who wrote of the 14th century.")).isEmpty();
		assertThat(counts("The park system, now in its second century, keeps 300 sites."))
			.containsExactly("second=2th century", "300=300 site");
	}

	@Test
	void a_margin_over_another_or_the_whole_a_count_was_out_of_counts_the_same_things() {
		assertThat(counts("Westria recovered 58 balls – 14 more than Acme – in the final."))
			.containsExactly("58=58 ball", "14=14 ball");
		assertThat(counts("The visitors completed 210 passes out of 290.")).containsExactly("210=210 pass",
				"290=290 pass");
		assertThat(counts("Jane Roe won 9 races out of a possible 12.")).containsExactly("9=9 race", "12=12 race");
		// a whole smaller than the part is no whole of it
		assertThat(counts("Acme sold 300 cars out of 20 showrooms.")).doesNotContain("20=20 car");
	}

}
