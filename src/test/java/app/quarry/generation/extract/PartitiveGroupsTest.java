package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sentence that opens by naming a group and then splits it into parts told by a number
 * and a verb counts each part in the group's noun.
 */
class PartitiveGroupsTest {

	@Test
	void the_parts_of_a_counted_group_count_its_noun() {
		assertThat(counts("Of nine jurors picked by Monday, seven were women and two were men."))
			.containsExactly("nine=9 juror", "seven=7 juror", "two=2 juror");
		assertThat(counts("Of 30 workers questioned, 20 said yes and ten said no.")).containsExactly("30=30 worker",
				"20=20 worker", "ten=10 worker");
		assertThat(counts("Out of the 80 candidates interviewed, fifteen were rejected and about a dozen withdrew."))
			.containsExactly("80=80 candidate", "fifteen=15 candidate", "a dozen=12 candidate");
		assertThat(counts("Out of 70 people polled, fifteen were unsure and a dozen were opposed."))
			.containsExactly("70=70 person", "fifteen=15 person", "a dozen=12 person");
		assertThat(counts("Of all the 40 climbers, 31 reached the summit, nine turned back."))
			.contains("31=31 climber");
	}

	@Test
	void a_part_whose_verb_was_read_as_its_noun_counts_the_group() {
		assertThat(counts("Of the 30 tenants asked, 20 said yes and one said no.")).containsExactly("30=30 tenant",
				"20=20 tenant", "one=1 tenant");
	}

	@Test
	void a_group_told_by_its_size_alone_takes_the_noun_of_that_count_said_before() {
		assertThat(counts("Acme hired 12 new guides in May. Of the twelve, eight were farmers, four were teachers."))
			.containsExactly("12=12 guide", "eight=8 guide", "four=4 guide");
		assertThat(counts("Jane Roe trained six pilots. \"Of those six, five passed and one failed,\" she said."))
			.containsExactly("six=6 pilot", "five=5 pilot", "one=1 pilot");
	}

	@Test
	void a_group_of_unknown_noun_lets_each_part_name_its_own() {
		assertThat(counts("Of the eleven, seven were sailors, four were cooks.")).containsExactly("seven=7 sailor",
				"four=4 cook");
		assertThat(counts("Of the nine, three are retired doctors and six are students."))
			.containsExactly("three=3 doctor", "six=6 student");
	}

	@Test
	void a_group_named_by_its_plural_noun_lends_it() {
		assertThat(counts("Of the victims, 12 were children.")).containsExactly("12=12 victim");
		assertThat(counts("Out of those ballots, 300 were spoiled.")).containsExactly("300=300 ballot");
		assertThat(counts("Of these, 40 were later freed.")).noneMatch(c -> c.endsWith("these"));
	}

	@Test
	void numbers_with_their_own_noun_or_no_verb_after_them_are_left_alone() {
		assertThat(counts("Of the 200 passengers, 150 were rescued by a ferry that carried 40 crew."))
			.containsExactly("200=200 passenger", "150=150 passenger", "40=40 crew");
	}

}
