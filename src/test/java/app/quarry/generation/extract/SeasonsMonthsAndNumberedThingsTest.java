package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three ways a date is misread: a month and its year parted by a comma ("In May, 2004,
 * ..."), a number that names a flight or a room ("Flight 1907"), and a season word that
 * is part of a name ("the Winter Carnival") or, after "fall", a term ("their fall
 * session").
 */
class SeasonsMonthsAndNumberedThingsTest {

	@Test
	void a_month_and_the_year_after_its_comma_are_one_date() {
		assertThat(FoundDates.in("In November, 2003, Westria closed its border.", "2006-09-30"))
			.containsExactly("November, 2003=2003-11");
		assertThat(FoundDates.in("Acme was founded in May, 1998.", "2006-09-30")).containsExactly("May, 1998=1998-05");
		assertThat(FoundDates.in("The talks broke down in Jan, 2004; they resumed later.", "2006-09-30"))
			.contains("Jan, 2004=2004-01");
		assertThat(FoundDates.in("Between March, 2001 and June, 2002, the plant stood idle.", "2006-09-30"))
			.contains("June, 2002=2002-06");
	}

	@Test
	void a_number_of_people_after_a_month_and_a_comma_is_no_year() {
		assertThat(FoundDates.in("In March, 2000 people marched through Westria.", "2006-09-30"))
			.noneMatch(v -> v.contains("March, 2000"));
		assertThat(FoundDates.in("By June, 1,500 jobs had gone.", "2006-09-30")).noneMatch(v -> v.contains("1,500"));
	}

	@Test
	void the_number_of_a_flight_a_route_or_a_room_is_no_year() {
		assertThat(FoundDates.in("Acme Air Flight 1907 crashed on Friday September 29.", "2006-09-30"))
			.containsExactly("Friday September 29=2006-09-29");
		assertThat(FoundDates.in("The bus left Route 1960 near Westbury.", "2006-09-30")).isEmpty();
		assertThat(FoundDates.in("Guests in room 2001 were moved on Sunday.", "2006-09-30"))
			.noneMatch(v -> v.startsWith("2001"));
		assertThat(FoundDates.in("The flight 1999 crew was praised by Jane Roe.", "2006-09-30")).isEmpty();
	}

	@Test
	void a_year_after_other_capitalised_words_is_still_a_year() {
		assertThat(FoundDates.in("In 1907 the first bridge opened.", "2006-09-30")).contains("1907=1907");
		assertThat(FoundDates.in("Acme has flown the route since 1998.", "2006-09-30")).contains("1998=1998");
	}

	@Test
	void a_capitalised_season_before_another_capitalised_word_is_part_of_a_name() {
		assertThat(FoundDates.in("Jane Roe wants the Winter Carnival held elsewhere.", "2006-09-30")).isEmpty();
		assertThat(FoundDates.in("She swam at the Summer Regatta in Acmeville.", "2006-09-30")).isEmpty();
		assertThat(FoundDates.in("Roe wants the Spring Fair cancelled.", "2006-09-30")).isEmpty();
	}

	@Test
	void a_season_in_lower_case_or_with_its_year_is_still_a_date() {
		assertThat(FoundDates.in("The dam will be finished in the winter.", "2006-09-30"))
			.containsExactly("winter=2006-12/2007-02");
		assertThat(FoundDates.in("The Summer of 2004 was the driest on record.", "2006-09-30"))
			.contains("Summer of 2004=2004-06/2004-08");
	}

	@Test
	void fall_before_a_term_or_a_sitting_is_the_season() {
		assertThat(FoundDates.in("The council may take up the bill during their fall session.", "2013-07-30"))
			.containsExactly("fall=2013-09/2013-11");
		assertThat(FoundDates.in("Roe will teach two classes in the fall semester.", "2013-07-30"))
			.containsExactly("fall=2013-09/2013-11");
		assertThat(FoundDates.in("Its fall elections drew few voters.", "2013-12-30"))
			.containsExactly("fall=2013-09/2013-11");
	}

	@Test
	void fall_as_a_drop_or_a_collapse_is_no_season() {
		assertThat(FoundDates.in("The fall of the city shocked Westria.", "2013-07-30")).isEmpty();
		assertThat(FoundDates.in("Acme blamed the fall in prices on the weather.", "2013-07-30")).isEmpty();
		assertThat(FoundDates.in("She broke her hip in a fall at home.", "2013-07-30")).isEmpty();
	}

}
