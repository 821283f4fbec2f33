package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbers news leaves without their noun because the sentence says what they count in
 * another way: by what only people do or undergo, by "the most" of a kind, by the count
 * they break down, by the clause they are joined to, by the subject that changed, by the
 * step of a race they place, by the owner of an ordinal, and by the count just before a
 * list of standings.
 */
class CountsLeftBareTest {

	@Test
	void a_bare_number_that_only_people_can_be_the_subject_of_counts_people() {
		assertThat(counts("Organisers said 3,000 attended the rally.")).containsExactly("3,000=3000 person");
		assertThat(counts("About 40 turned up for the vigil on Sunday.")).containsExactly("40=40 person");
		assertThat(counts("Officials said 12 were later charged with affray.")).containsExactly("12=12 person");
		assertThat(counts("Nearly 900 who had registered for the race did not start."))
			.containsExactly("900=900 person");
		assertThat(counts("Police said 250 have since been freed on bail.")).containsExactly("250=250 person");
		// rockets are fired and records released too: no people are counted by those
		assertThat(counts("Of the rockets, 12 were fired at the port.")).noneMatch(c -> c.endsWith("person"));
		assertThat(counts("Some 60 were deported last month.")).containsExactly("60=60 person");
		assertThat(counts("The inquiry heard that 189 of those who died were Ruritanians."))
			.containsExactly("189=189 person");
	}

	@Test
	void a_bare_number_owning_what_only_people_have_counts_people() {
		assertThat(counts("The pair were among nine whose arrests were announced in May.")).contains("nine=9 person");
		assertThat(counts("Divers recovered 14 whose bodies lay near the shore.")).containsExactly("14=14 person");
		assertThat(counts("Police spoke to the three whose families had called.")).containsExactly("three=3 person");
	}

	@Test
	void a_bare_number_whose_lives_are_told_of_or_who_make_a_crowd_counts_people() {
		assertThat(counts("The famine put at risk the lives of nearly two million in the north."))
			.containsExactly("two million=2000000 person");
		assertThat(counts("The derby drew a crowd of 31,000 to the ground.")).containsExactly("31,000=31000 person");
		assertThat(counts("The storm cost the lives of 12 sheep and a crowd of 400 ducks flew off."))
			.containsExactly("12=12 sheep", "400=400 duck");
	}

	@Test
	void a_bare_number_owning_what_things_have_too_counts_no_people() {
		assertThat(counts("Of the firms, three whose names were withheld paid fines.")).isEmpty();
		assertThat(counts("Acme named the two whose products failed the test.")).isEmpty();
	}

	@Test
	void a_bare_number_whose_verb_things_also_take_or_that_says_nobody_counts_no_people() {
		assertThat(counts("The plant was closed and 300 were sold to a rival.")).isEmpty();
		assertThat(counts("No one attended the hearing.")).isEmpty();
		assertThat(counts("She was one of those who stayed.")).isEmpty();
	}

	@Test
	void a_number_set_after_the_most_of_a_kind_counts_that_kind() {
		assertThat(counts("Roe won the most medals, six, at the games.")).containsExactly("six=6 medal");
		assertThat(counts("Acme had the highest number of complaints (412) last year."))
			.containsExactly("412=412 complaint");
		assertThat(counts("The Reds scored the most goals with 81 this season.")).containsExactly("81=81 goal");
		assertThat(counts("Jane Roe collected the largest number of awards at the gala — eleven — on Monday."))
			.containsExactly("eleven=11 award");
		assertThat(counts("Doe finished the rally having led the most stages with 14.")).containsExactly("14=14 stage");
	}

	@Test
	void a_count_broken_down_after_a_dash_or_colon_lends_its_noun_to_each_part() {
		assertThat(counts("The firm cut 500 jobs: 300 in Ruritania and 200 in Vardenia."))
			.containsExactly("500=500 job", "300=300 job", "200=200 job");
		assertThat(counts("The team entered 12 events — seven in the pool, and five on the track."))
			.containsExactly("12=12 event", "seven=7 event", "five=5 event");
		assertThat(counts("Roe was shortlisted in six categories — four for her album; and two for her film."))
			.containsExactly("six=6 category", "four=4 category", "two=2 category");
	}

	@Test
	void a_part_no_smaller_than_its_whole_is_no_part() {
		assertThat(counts("The firm cut 50 jobs: 300 in Ruritania.")).containsExactly("50=50 job");
	}

	@Test
	void a_bare_object_of_a_joined_clause_counts_what_the_clause_before_counted() {
		assertThat(counts("The club signed 14 players but released only three.")).containsExactly("14=14 player",
				"three=3 player");
		assertThat(counts("The airline ordered 40 jets and has since cancelled 12.")).containsExactly("40=40 jet",
				"12=12 jet");
		assertThat(counts("She received nine nominations and won four.")).containsExactly("nine=9 nomination",
				"four=4 nomination");
		assertThat(counts("Roe earned the most mentions — eight — yet he kept only three."))
			.containsExactly("eight=8 mention", "three=3 mention");
	}

	@Test
	void a_joined_verb_whose_number_is_a_place_an_age_or_a_time_lends_it_no_noun() {
		assertThat(counts("The Acme quintet won 30 games and ranked 4.")).containsExactly("30=30 game");
		assertThat(counts("Doe's choir sang 12 concerts and placed 2.")).containsExactly("12=12 concert");
		assertThat(counts("The Acme museum received 900 visitors and lasted 12.")).containsExactly("900=900 visitor");
		assertThat(counts("Jane Roe scored 30 points in the final and turned 21.")).containsExactly("30=30 point",
				"21=21 year");
	}

	@Test
	void both_levels_of_a_changed_plural_subject_count_it_unless_it_is_measured() {
		assertThat(counts("The party's seats in the northern assembly increased from 9 to 10."))
			.containsExactly("9=9 seat", "10=10 seat");
		assertThat(counts("The club's members in the capital have fallen from 60 to 35."))
			.containsExactly("60=60 member", "35=35 member");
		assertThat(counts("Its branches grew from 12 to 15 last year.")).containsExactly("12=12 branch",
				"15=15 branch");
		assertThat(counts("Interest rates rose from 5 to 6.")).isEmpty();
		assertThat(counts("Prices fell from 20 to 15 in the sale.")).isEmpty();
	}

	@Test
	void a_plural_after_a_preposition_only_says_where_or_of_what_the_changed_subject_is() {
		assertThat(counts("Joblessness in the western counties fell from 9 to 7.")).isEmpty();
		assertThat(counts("Turnout among the city's students rose from 40 to 45.")).isEmpty();
	}

	@Test
	void a_number_after_a_step_of_a_race_or_a_trial_places_that_step() {
		assertThat(counts("Roe crashed on lap 57 and retired.")).containsExactly("57=57th lap");
		assertThat(counts("Doe led from lap 12 until lap 40.")).containsExactly("12=12th lap", "40=40th lap");
		assertThat(counts("Ruritania won game 7 of the series.")).containsExactly("7=7th game");
		assertThat(counts("The trial resumed on day 12 with new witnesses.")).containsExactly("12=12th day");
		assertThat(counts("Stage 9 of the tour was cancelled.")).containsExactly("9=9th stage");
		// a noun after the number may be what it counts: "on day 3 protesters" is left
		// alone
		assertThat(counts("On day 3 protesters gathered outside the court.")).noneMatch(c -> c.endsWith("day"));
	}

	@Test
	void a_step_word_before_a_number_that_no_preposition_leads_to_places_nothing() {
		assertThat(counts("Counsel said that day one filings were still pending.")).doesNotContain("one=1 day");
		assertThat(counts("That day 300 people marched.")).containsExactly("300=300 person");
	}

	@Test
	void an_owned_ordinal_standing_alone_ranks_the_noun_it_is_set_after_or_the_one_ranked_before() {
		assertThat(counts("Acme posted a quarterly loss, its third in a row.")).containsExactly("third=3th loss");
		assertThat(counts("The striker scored a header, his tenth of the season."))
			.containsExactly("tenth=10th header");
		assertThat(counts("Roe won the opening stage, her second this year.")).containsExactly("second=2th stage");
		assertThat(counts("Roe held pole position, her season-high fourth of the year."))
			.containsExactly("fourth=4th position");
		assertThat(counts("The band played its first concert in Vardenia and its second at home."))
			.containsExactly("first=1th concert", "second=2th concert");
	}

	@Test
	void starting_or_qualifying_in_a_place_is_a_placing() {
		assertThat(counts("Roe started the race in second and finished first.")).containsExactly("second=2th place",
				"first=1th place");
		assertThat(counts("Doe qualified fifth for the final.")).containsExactly("fifth=5th place");
		assertThat(counts("He started in third, then faded.")).containsExactly("third=3th place");
	}

	@Test
	void a_level_set_against_an_earlier_report_of_a_count_counts_what_it_counts() {
		assertThat(counts("Police counted 2,000 marchers, up from an earlier estimate of 1,500."))
			.containsExactly("2,000=2000 marcher", "1,500=1500 marcher");
		assertThat(counts("The register lists 640 voters, down from a previous count of 700."))
			.containsExactly("640=640 voter", "700=700 voter");
	}

	@Test
	void the_numbers_of_a_standings_list_count_what_the_count_before_it_counted() {
		assertThat(counts("Roe led the standings with 412 points. Doe with 398; Poe, 377; Loe, 360; "
				+ "and Zoe, 344, complete the top five."))
			.containsExactly("412=412 point", "398=398 point", "377=377 point", "360=360 point", "344=344 point");
		assertThat(counts("In the final tally Acme won 52 seats; Zenith, 40; Orbis, 12; and Vela, 3."))
			.containsExactly("52=52 seat", "40=40 seat", "12=12 seat", "3=3 seat");
	}

	@Test
	void a_list_of_names_and_numbers_with_no_count_before_it_or_too_short_is_no_standings() {
		assertThat(counts("Roe, 34; Doe, 28; Poe, 40.")).isEmpty();
		assertThat(counts("Roe won the title with 14 wins. Doe had 9; Poe, 7.")).containsExactly("14=14 win");
	}

	@Test
	void an_age_said_with_now_or_before_a_clause_goes_on_is_in_years() {
		assertThat(counts("Jane Roe, now 34, lives in Vardenia.")).containsExactly("34=34 year");
		assertThat(counts("Then Jack, now 10, was born.")).containsExactly("10=10 year");
		assertThat(counts("He left school when he was 16 because his father was ill.")).containsExactly("16=16 year");
		assertThat(counts("His family left Vardenia when he was seven so his father could find work."))
			.containsExactly("seven=7 year");
		assertThat(counts("He arrived when he was 24 hours late.")).containsExactly("24=24 hour");
	}

	@Test
	void four_digits_said_to_be_years_old_are_an_age_not_a_year() {
		assertThat(counts("The village keeps a 2000 year old custom of river songs."))
			.containsExactly("2000=2000 year");
		assertThat(counts("Monks still use the 1800 years old chapel.")).containsExactly("1800=1800 year");
		assertThat(counts("The custom began in 2000 with a song.")).isEmpty();
	}

	@Test
	void a_death_toll_that_could_have_been_a_number_counts_people() {
		assertThat(counts("Without the warning the death toll could have been over 400."))
			.containsExactly("400=400 person");
		assertThat(counts("Engineers said the death toll might be more than a thousand."))
			.containsExactly("a thousand=1000 person");
	}

}
