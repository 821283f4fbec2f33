package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A number or ordinal counts the head of the whole noun phrase it opens, however many
 * adjectives, names, noun modifiers and short asides stand before that head.
 */
class CountedNounPhrasesTest {

	@Test
	void an_ordinal_ranks_the_noun_past_adjectives_and_names() {
		assertThat(counts("Jane Roe won her fifth straight Northfield open singles title."))
			.contains("fifth=5th singles title");
		assertThat(counts("Tom Poe gave his first annual Voice of the Valley lecture on Friday."))
			.contains("first=1th lecture");
		assertThat(counts("In its third consecutive Acme Cup final, the club lost again.")).contains("third=3th final");
		assertThat(counts("The mayor gave her second yearly State of the Town speech, which ran long."))
			.contains("second=2th speech");
		assertThat(counts("Acme shipped its fourth new Zenith Labs handset that autumn."))
			.contains("fourth=4th handset");
	}

	@Test
	void a_plural_noun_before_the_head_makes_a_compound_the_ordinal_ranks() {
		assertThat(counts("The council passed a second housing bill.")).contains("second=2th housing bill");
		assertThat(counts("Lawmakers backed a third jobs package on Monday.")).contains("third=3th jobs package");
		assertThat(counts("She saved a second match point to win.")).contains("second=2th match point");
		assertThat(counts("Rivals feared a second price war that winter.")).contains("second=2th price war");
		assertThat(counts("The city hosted its 12th annual Harvest Moon street fair, which drew crowds."))
			.contains("12th=12th street fair");
	}

	@Test
	void a_cardinal_counts_its_plural_noun_past_names_and_a_short_aside() {
		assertThat(counts("Acme released two distinct Rich Text Format (RTF) files with the same checksum."))
			.contains("two=2 file");
		assertThat(counts("The firm hired three new Global Positioning System (GPS) engineers last year."))
			.contains("three=3 engineer");
		assertThat(counts("Police named two ex- Zenith guards, Tom Poe and Ann Lee, as suspects."))
			.contains("two=2 guard");
		assertThat(counts("Critics said four rival (and larger) stores had closed.")).contains("four=4 store");
	}

	@Test
	void one_counts_the_whole_compound_after_its_adjectives() {
		assertThat(counts("Each guest got one free parking pass at the gate.")).contains("one=1 parking pass");
		assertThat(counts("Only one big margin call sank the fund.")).contains("one=1 margin call");
		assertThat(counts("They found one Acme Labs player asleep.")).contains("one=1 player");
		assertThat(counts("Scouts found one old railway bridge near the river.")).contains("one=1 railway bridge");
		assertThat(counts("The lab kept one small blood sample for each donor.")).contains("one=1 blood sample");
	}

	@Test
	void the_phrase_ends_at_a_verb_a_name_or_a_plural_after_its_noun() {
		assertThat(counts("Her second film released abroad won a prize.")).contains("second=2th film");
		assertThat(counts("Police said one man dead was a guard.")).contains("one=1 man");
		assertThat(counts("His first meeting set to open in May was delayed.")).contains("first=1th meeting");
		assertThat(counts("In his first speech Tuesday night, the governor spoke of water."))
			.contains("first=1th speech");
		assertThat(counts("He ranked one place lower than last year.")).contains("one=1 place");
		assertThat(counts("Only one seat available was left.")).contains("one=1 seat");
	}

	@Test
	void measures_money_and_parts_of_a_period_are_no_phrase_heads() {
		assertThat(counts("Acme wants two distinct (larger) percent gains.")).noneMatch(c -> c.endsWith("percent"));
		assertThat(counts("Sales fell in the second half of the year.")).noneMatch(c -> c.endsWith("half"));
	}

	@Test
	void a_number_inside_a_name_opens_no_phrase() {
		assertThat(counts("Zenith Air Flight 253 crew members were praised.")).isEmpty();
		assertThat(counts("Teams fielded one national and one regional side.")).containsExactly("one=1 side");
	}

	@Test
	void scales_past_a_trillion_count_in_full() {
		assertThat(counts("The servers ran more than nine quintillion (or so) hash checks."))
			.contains("nine quintillion=9000000000000000000 check");
		assertThat(counts("The mint made three quadrillion tiny tokens."))
			.contains("three quadrillion=3000000000000000 token");
		assertThat(counts("The model made twelve quintillion guesses."))
			.noneMatch(c -> c.startsWith("twelve quintillion"));
	}

}
