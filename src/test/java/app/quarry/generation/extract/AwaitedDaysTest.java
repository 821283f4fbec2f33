package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A weekday that closes a time allowed ("have until noon on Monday to") or names a step
 * still awaited ("up for a vote on Friday") lies ahead when no verb of the clause is in
 * the past. 2004-06-16 is a Wednesday.
 */
class AwaitedDaysTest {

	@Test
	void a_weekday_after_until_and_a_part_of_the_day_is_the_one_ahead() {
		assertThat(FoundDates.in("Rival bidders have until noon on Monday to file their offers.", "2004-06-16"))
			.contains("Monday=2004-06-21");
		assertThat(FoundDates.in("The clubs have until afternoon on Sunday to name their squads.", "2004-06-16"))
			.contains("Sunday=2004-06-20");
		assertThat(FoundDates.in("Applicants have until the end of Tuesday to register.", "2004-06-16"))
			.contains("the end of Tuesday=2004-06-22");
		assertThat(FoundDates.in("Acme has until midnight on Saturday to answer the claim.", "2004-06-16"))
			.contains("Saturday=2004-06-19");
		assertThat(FoundDates.in("The tenants have until late on Monday to leave the block.", "2004-06-16"))
			.contains("Monday=2004-06-21");
	}

	@Test
	void a_time_allowed_that_was_over_stays_in_the_past() {
		assertThat(FoundDates.in("The tenants had until noon on Monday to leave the block.", "2004-06-16"))
			.contains("Monday=2004-06-14");
	}

	@Test
	void a_weekday_a_step_is_awaited_for_is_the_one_ahead() {
		assertThat(
				FoundDates.in("A draft treaty being weighed for adoption on Monday calls for a truce.", "2004-06-16"))
			.contains("Monday=2004-06-21");
		assertThat(FoundDates.in("The motion up for a vote on Friday asks for new elections.", "2004-06-16"))
			.contains("Friday=2004-06-18");
		assertThat(FoundDates.in("Two plans before the council for approval on Tuesday differ on taxes.", "2004-06-16"))
			.contains("Tuesday=2004-06-22");
		assertThat(FoundDates.in("The accord set for signing on Thursday ends the dispute.", "2004-06-16"))
			.contains("Thursday=2004-06-17");
	}

	@Test
	void a_step_put_forward_in_the_past_keeps_its_weekday_in_the_past() {
		assertThat(FoundDates.in("The bill was put forward for a vote on Tuesday.", "2004-06-16"))
			.contains("Tuesday=2004-06-15");
	}

}
