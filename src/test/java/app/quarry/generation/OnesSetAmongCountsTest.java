package app.quarry.generation;

import static app.quarry.generation.CountQuestionsTest.clozes;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A one told among other counts is news: one that opens a list of counts, one besides
 * those named, and one set against another's count; "the only one of" is a pronoun and
 * not asked.
 */
class OnesSetAmongCountsTest {

	@Test
	void a_one_that_opens_a_list_of_counts_is_asked() {
		assertThat(clozes("One juror and five alternates had yet to be chosen."))
			.contains("Fill in the missing number: _____ juror(s) and five alternates had yet to be chosen. = 1");
		assertThat(clozes("Police seized one rifle, 12 pistols and a boat.")).anyMatch(q -> q.endsWith("= 1"));
		assertThat(clozes("The firm opened one store and three warehouses in May.")).anyMatch(q -> q.endsWith("= 1"));
	}

	@Test
	void one_besides_those_named_is_asked() {
		assertThat(clozes("One witness besides Jane Roe is expected to speak.")).anyMatch(q -> q.endsWith("= 1"));
		assertThat(clozes("One student apart from the twins passed the exam.")).anyMatch(q -> q.endsWith("= 1"));
	}

	@Test
	void a_one_set_against_another_count_is_asked() {
		assertThat(clozes("Jane Roe served 19 aces to her rival's one."))
			.contains("Fill in the missing number: Jane Roe served 19 aces to her rival's _____. = 1");
		assertThat(clozes("The visitors scored four goals in the match to the hosts' one."))
			.anyMatch(q -> q.endsWith("= 1"));
	}

	@Test
	void the_only_one_of_a_group_is_a_pronoun_and_not_asked() {
		assertThat(clozes("It was the only one of the three cups the club has never won."))
			.noneMatch(q -> q.endsWith("= 1"));
		assertThat(clozes("She is the one of the four judges who dissented.")).noneMatch(q -> q.endsWith("= 1"));
	}

}
