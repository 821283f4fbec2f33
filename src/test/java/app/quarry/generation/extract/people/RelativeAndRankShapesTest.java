package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who a person is, told after the name by a relative clause in the present tense or led
 * by an adverb, by whom they act for, or by the letters of a rank; each in an invented
 * sentence.
 */
class RelativeAndRankShapesTest {

	@Test
	void a_habit_in_the_present_says_who_someone_is() {
		assertThat(roles(
				"\"Prices are climbing,\" said Tobias Wren, who follows the timber trade for Northfield Research."))
			.contains("Tobias Wren | someone who follows the timber trade for Northfield Research");
		assertThat(roles("Gregor Lint, who lives in the flat above the bakery, said the noise was terrible."))
			.contains("Gregor Lint | someone who lives in the flat above the bakery");
	}

	@Test
	void an_age_may_stand_before_the_habit() {
		assertThat(roles("The others are Kit Darrow, 29, who breeds horses on a farm near Tilton."))
			.contains("Kit Darrow | someone who breeds horses on a farm near Tilton");
	}

	@Test
	void an_adverb_may_lead_the_act_and_a_hedge_stays_in_it() {
		assertThat(roles("Ivan Stoll, who apparently organised the escape across the river, was caught."))
			.contains("Ivan Stoll | someone who apparently organised the escape across the river");
		assertThat(roles("Rita Moss, who also breeds ponies at Elmfield, said she was proud."))
			.contains("Rita Moss | someone who breeds ponies at Elmfield");
	}

	@Test
	void a_decimal_point_does_not_end_the_act() {
		assertThat(roles("Ada Quill finished behind Mara Venn, who won in 11.42 seconds on a wet track."))
			.contains("Mara Venn | someone who won in 11.42 seconds on a wet track")
			.noneMatch(role -> role.endsWith("won in 11"));
		assertThat(roles("Ada Quill finished behind Mara Venn, who won the 3,000m at the indoor meeting."))
			.noneMatch(role -> role.endsWith("won the 3"));
	}

	@Test
	void a_wish_a_belief_or_words_are_no_habit() {
		assertThat(roles("Tom Wick, who wants to run the club next year, said nothing.")).isEmpty();
		assertThat(roles("Lena Hoff, who believes the court was wrong, was freed.")).isEmpty();
		assertThat(roles("Lena Hoff, who says the court was wrong, was freed.")).isEmpty();
		assertThat(roles("Lena Hoff, who thinks her brother is innocent, was freed.")).isEmpty();
	}

	@Test
	void a_habit_that_only_names_a_place_tells_nothing() {
		assertThat(roles("Omar Rask, who lives in Valdoria, was named in the report.")).isEmpty();
		assertThat(roles("Omar Rask, who lives in New Carthage, was named in the report.")).isEmpty();
	}

	@Test
	void who_appointed_someone_stands_before_the_role_and_is_left_out() {
		assertThat(roles("She follows Ursula Fenn, who was appointed by the board as chief executive in 2004."))
			.contains("Ursula Fenn | chief executive");
		assertThat(roles("She follows Ursula Fenn, who was appointed by the board as both president and treasurer."))
			.contains("Ursula Fenn | president");
	}

	@Test
	void an_agent_without_a_role_after_it_gives_none() {
		assertThat(roles("Ursula Fenn, who was appointed by the board last year, said profits rose.")).isEmpty();
	}

	@Test
	void whom_someone_represents_is_who_they_are() {
		assertThat(roles("\"It is a sad day,\" said Nigel Crane, representing the Ashby family."))
			.contains("Nigel Crane | someone representing the Ashby family");
	}

	@Test
	void a_rank_after_the_name_is_a_role_and_takes_whom_they_represent() {
		assertThat(roles("Harold Pemberton QC, representing four of the prisoners, said the law was unfair."))
			.contains("Harold Pemberton | QC representing four of the prisoners");
		assertThat(roles("Martha Quill MP said the vote was close.")).contains("Martha Quill | MP");
	}

	@Test
	void capitals_opening_another_name_are_no_rank() {
		assertThat(roles("Martha Quill MP Holdings said the vote was close.")).noneMatch(line -> line.endsWith("| MP"));
	}

	@Test
	void a_party_told_by_a_pronoun_is_left_unsaid() {
		assertThat(roles("Nigel Crane, representing his own family, spoke first.")).isEmpty();
	}

	@Test
	void a_party_member_word_before_a_name_is_their_side() {
		assertThat(roles("The minister was praised, but Tory Gerald Wilkes branded the plan a farce."))
			.contains("Gerald Wilkes | Tory");
		assertThat(roles("Democrat Rosa Keller voted against the bill.")).contains("Rosa Keller | Democrat");
		assertThat(roles("Liberal Democrat Oliver Pratt said the plan was flawed."))
			.contains("Oliver Pratt | Liberal Democrat");
	}

	@Test
	void a_party_owning_a_name_is_where_the_person_comes_from() {
		assertThat(roles("Labour's Anne Quayle held the seat with a small majority."))
			.contains("Anne Quayle | someone from Labour");
	}

	@Test
	void a_party_word_inside_a_longer_name_is_no_label() {
		assertThat(roles("The Young Conservative Gerald Wilkes spoke first."))
			.noneMatch(line -> line.contains("| Conservative"));
	}

}
