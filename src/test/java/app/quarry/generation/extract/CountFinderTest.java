package app.quarry.generation.extract;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

class CountFinderTest {

	/**
	 * Each count found in a text, written "words=value unit" ("th" after an ordinal's
	 * value).
	 */
	static List<String> counts(String text) {
		return new CountFinder().find(DocumentText.of(text), new ExtractionContext("t", null))
			.stream()
			.map((c) -> c.text() + "=" + c.value() + (c.ordinal() ? "th " : " ") + c.unit())
			.toList();
	}

	@Test
	void cardinals_in_digits_and_words_count_the_noun_after_them() {
		assertThat(counts(
				"They exchanged 27 letters. The two leaders met. Twenty-seven envoys and 2,000 troops came. I said it a hundred times."))
			.containsExactly("27=27 letter", "two=2 leader", "Twenty-seven=27 envoy", "2,000=2000 troop",
					"a hundred=100 time");
	}

	@Test
	void ordinals_after_a_determiner_count_the_noun_after_them() {
		assertThat(counts("Pompeo paid his third visit. It marked the 70th anniversary. A second summit came."))
			.containsExactly("third=3th visit", "70th=70th anniversary", "second=2th summit");
	}

	@Test
	void an_ordinal_standing_alone_takes_its_unit_from_the_sentence_or_the_series() {
		assertThat(counts("The letter is the fourth Kim has sent to Trump. The first was delivered in June. "
				+ "The second letter was handed to Pompeo on his third visit. The third was sent in August."))
			.containsExactly("fourth=4th letter", "first=1th letter", "second=2th letter", "third=3th visit",
					"third=3th letter");
	}

	@Test
	void years_dates_decimals_ids_footnotes_and_quantities_without_a_noun_are_not_counts() {
		assertThat(counts("In 2018 on Sept. 7, 3.5 percent of LFG-2018-0011 fell.<sup>1</sup> "
				+ "Measures would be taken first. Delegates first met. No one country won."))
			.isEmpty();
	}

	@Test
	void a_count_may_name_its_noun_a_few_words_later() {
		assertThat(counts("The navy ordered 212 new armoured patrol boats. The town hired 35 Welsh teachers. "
				+ "She planted 400 young oak saplings."))
			.containsExactly("212=212 boat", "35=35 teacher", "400=400 sapling");
	}

	@Test
	void nouns_with_irregular_plurals_and_proper_plurals_are_counted() {
		assertThat(counts("The airline flies 14 aircraft and employs 900 people. "
				+ "The fleet has 12 B757s. Nine Liberals voted with 41 Tories."))
			.containsExactly("14=14 aircraft", "900=900 person", "12=12 b757", "Nine=9 liberal", "41=41 tory");
	}

	@Test
	void scaled_numbers_are_normalised_to_whole_numbers() {
		assertThat(counts("The shop sold 4.2 million lamps and three thousand chairs. "
				+ "Over two billion songs were streamed."))
			.containsExactly("4.2 million=4200000 lamp", "three thousand=3000 chair", "two billion=2000000000 song");
	}

	@Test
	void durations_and_ages_count_their_time_units() {
		assertThat(counts("The river ran dry in a 12-year drought. She waited 24 days at 70 years old. "
				+ "Mayor Okafor, 61, resigned. The singer died aged 83. The plan takes ten-month cycles."))
			.containsExactly("12=12 year", "24=24 day", "70=70 year", "61=61 year", "83=83 year", "ten=10 month");
	}

	@Test
	void a_range_gives_its_lower_bound_with_the_noun_of_the_upper_one() {
		assertThat(counts("The works will create 300 to 450 jobs. The trial lasts between 20 and 40 weeks. "
				+ "A 10-to-15-day delay is likely. They sailed three, four, five days."))
			.containsExactly("300=300 job", "20=20 week", "10=10 day", "three=3 day");
	}

	@Test
	void numbers_in_a_list_share_the_noun_of_the_first() {
		assertThat(counts("The storm destroyed 310 homes in Leeds, 120 in York and about 45 in Hull. "
				+ "The floods killed 17 and 4 cattle. About 8,000 people live there, 3,000 of them in the old town."))
			.containsExactly("310=310 home", "120=120 home", "45=45 home", "17=17 cattle", "4=4 cattle",
					"8,000=8000 person", "3,000=3000 person");
	}

	@Test
	void ordinals_in_names_titles_and_superlatives_are_counted() {
		assertThat(counts("Congress passed the Nineteenth Amendment. A fifth Welsh castle opened. "
				+ "This was the club's ninth straight defeat. It was the third such strike. "
				+ "It is the sixth largest lake in the region."))
			.containsExactly("Nineteenth=19th amendment", "fifth=5th castle", "ninth=9th defeat", "third=3th strike",
					"sixth=6th lake");
	}

	@Test
	void an_ordinal_before_a_number_is_no_count_of_its_own() {
		assertThat(counts("The first six trains will run on Monday.")).containsExactly("six=6 train");
	}

	@Test
	void money_percentages_index_points_and_model_numbers_are_not_counts() {
		assertThat(counts("The deal is worth US$40 billion and 300 million euros. Sales rose 12 percent. "
				+ "The index fell 512 points. The Galaxy 9 phones and Flight 370 passengers were news. "
				+ "Each plane costs 90 million per aircraft."))
			.isEmpty();
	}

	@Test
	void a_number_left_bare_takes_the_noun_of_a_rate_or_a_parallel_clause() {
		assertThat(counts("The mill will build 60 looms at a rate of 5 a month. "
				+ "The city will elect four councillors, and the county will elect nine."))
			.containsExactly("60=60 loom", "5=5 loom", "four=4 councillor", "nine=9 councillor");
	}

	@Test
	void bounds_abbreviations_and_measures_keep_their_noun() {
		assertThat(counts("The ferry has 120 + cabins. The firm opened 4 new U.K. branches. "
				+ "They bought six more ferries. It is a 50 mile per hour road."))
			.containsExactly("120=120 cabin", "4=4 branch", "six=6 ferry", "50=50 mile");
	}

	@Test
	void a_vote_tally_counts_the_votes_on_each_side() {
		assertThat(counts("The council vote ended 31-12 after a long debate. The match ended 3-1."))
			.containsExactly("31=31 vote", "12=12 vote");
	}

	@Test
	void twice_counts_times_but_twice_as_many_does_not() {
		assertThat(counts("The club has twice before won the cup. It sold twice as many shirts."))
			.containsExactly("twice=2 time");
	}

	@Test
	void a_rate_without_a_noun_counts_per_its_time_unit_and_a_change_keeps_it() {
		assertThat(counts("The yard must raise output from three a week to eight, its owners say."))
			.containsExactly("three=3 per week", "eight=8 per week");
	}

	@Test
	void a_number_used_as_a_name_in_the_document_is_a_name_everywhere() {
		assertThat(counts("The Falcon 900 flew first in 1984. Their new 900 jets are quieter. "
				+ "Their 310 jets are older than the 310. The A-10 pilots trained with 12 Falcon 900 aircraft. Some 50 Galaxy 7 owners wrote."))
			.containsExactly("12=12 aircraft", "50=50 owner");
	}

	@Test
	void a_singular_noun_between_a_number_and_another_noun_names_a_kind() {
		assertThat(counts("They ordered a new 180 + seat twin-engine airliner.")).containsExactly("180=180 seat");
	}

	@Test
	void an_age_after_at_the_age_of_or_until_is_counted_in_years() {
		assertThat(counts("She took the throne at the age of nineteen. He was schooled by monks until age 14. "
				+ "Aged 18, she sailed for Lisbon. They lived in Ghent until she was 22."))
			.containsExactly("nineteen=19 year", "14=14 year", "18=18 year", "22=22 year");
	}

	@Test
	void a_hyphened_count_counts_its_noun_unless_it_describes_a_way_or_is_a_term_of_art() {
		assertThat(counts("A four-judge bench heard the case. The six-match tour ended. It was a two-way race."))
			.containsExactly("four=4 judge", "six=6 match");
		assertThat(counts("A four-goal haul is rare. He made a four-goal haul. Another four-goal haul came. "
				+ "Her four-goal haul won. The last four-goal haul was in May."))
			.isEmpty();
	}

	@Test
	void a_capitalised_number_word_inside_a_name_is_not_a_count() {
		assertThat(counts("The side lost the Seven Nations Cup but won nine games.")).containsExactly("nine=9 game");
	}

	@Test
	void a_title_ordinal_before_a_possessive_counts_the_titled_thing() {
		assertThat(counts("They relied on the Nineteenth Amendment's Due Process Clause."))
			.containsExactly("Nineteenth=19th amendment");
	}

	@Test
	void collective_and_latin_plurals_are_counted() {
		assertThat(counts("Perhaps 4,000 infantry and 900 cavalry marched. Six marble sarcophagi were found."))
			.containsExactly("4,000=4000 infantry", "900=900 cavalry", "Six=6 sarcophagi");
	}

	@Test
	void a_part_of_a_count_takes_its_noun() {
		assertThat(counts("The league moved eight of the top twelve clubs. "
				+ "So far 210 pilots have flown the route, out of which thirty were French. "
				+ "Of the fifteen races where a rookie led, nine ended in a crash, four in a win and the other two in a tie. "
				+ "A bowler taking six or more wickets is rare."))
			.containsExactly("eight=8 club", "twelve=12 club", "210=210 pilot", "thirty=30 pilot", "fifteen=15 race",
					"nine=9 race", "four=4 race", "two=2 race", "six=6 wicket");
	}

	@Test
	void bare_numbers_after_a_vote_tally_count_votes_and_more_counts_the_things_before() {
		assertThat(counts("The council vote was 31-12, three short of the 34 needed. "
				+ "The yard has built 800 ferries, with orders for 120 more."))
			.containsExactly("31=31 vote", "12=12 vote", "three=3 vote", "34=34 vote", "800=800 ferry",
					"120=120 ferry");
	}

	@Test
	void one_of_the_first_ranks_nothing() {
		assertThat(counts("The survey was one of the first studies of the coast. It was his second voyage."))
			.containsExactly("second=2th voyage");
	}

	@Test
	void a_list_of_adjectives_may_stand_between_a_count_and_its_noun() {
		assertThat(counts("The trust runs 212 coastal, historical, and botanical gardens."))
			.containsExactly("212=212 garden");
	}

	@Test
	void a_parallel_clause_with_a_bare_range_counts_the_same_things() {
		assertThat(counts("The small ferry holds between 90 and 120 cars; the large ferry holds 150 to 200."))
			.containsExactly("90=90 car", "150=150 car");
	}

	@Test
	void tens_written_apart_from_their_units_are_read_with_them_not_as_the_units() {
		assertThat(counts("In the last twenty four hours the river rose.")).containsExactly("twenty four=24 hour");
	}

}
