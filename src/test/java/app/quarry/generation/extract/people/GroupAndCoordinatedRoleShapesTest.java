package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Posts written without an article around a name: a post an -ing word names the kind of
 * ("managing director"), two posts joined before one name, one member of a group set off
 * before the name, and a nationality before a name; each in an invented sentence.
 */
class GroupAndCoordinatedRoleShapesTest {

	@Test
	void an_ing_word_naming_the_kind_of_post_opens_an_apposition() {
		assertThat(roles("\"Prices will fall,\" said Tom Welby, managing director of Brightwell."))
			.contains("Tom Welby | managing director of Brightwell");
		assertThat(roles("Tom Welby, managing director of 4sight, said prices would fall."))
			.contains("Tom Welby | managing director of 4sight");
		assertThat(roles("Joan Welby, presiding judge at the inquest, said the case was closed."))
			.contains("Joan Welby | presiding judge at the inquest");
	}

	@Test
	void an_ing_clause_after_a_name_is_no_post() {
		assertThat(roles("Tom Welby, leading officers into the hall, said it was wrong.")).isEmpty();
		assertThat(roles("Tom Welby, leading the march, said it was wrong.")).isEmpty();
	}

	@Test
	void two_posts_joined_before_one_name_are_both_hers() {
		assertThat(roles("Former sprint champion and TV pundit Colin Hart believes the youngster can win."))
			.contains("Colin Hart | Former sprint champion and TV pundit");
		assertThat(roles("Olympic champion and radio commentator Jo Lane expects a close race."))
			.contains("Jo Lane | Olympic champion and radio commentator");
	}

	@Test
	void a_pundit_before_a_name_is_a_role() {
		assertThat(roles("BBC pundit Colin Hart believes the youngster can win.")).contains("Colin Hart | BBC pundit");
	}

	@Test
	void one_of_a_named_owners_group_keeps_the_owner() {
		assertThat(roles("\"We will appeal,\" said one of Acme's lawyers, Nikos Pappas."))
			.contains("Nikos Pappas | one of Acme's lawyers");
	}

	@Test
	void one_of_a_pronouns_group_is_one_member_of_it() {
		assertThat(roles("\"We will appeal,\" said one of their lawyers, Nikos Pappas."))
			.contains("Nikos Pappas | a lawyer");
		assertThat(roles("The party split after the defection of one of its top leaders, Ivo Marek."))
			.contains("Ivo Marek | a top leader");
	}

	@Test
	void one_of_a_pronouns_relatives_says_nothing_alone() {
		assertThat(roles("One of her sons, Tom Roe, said the farm would be sold.")).isEmpty();
	}

	@Test
	void a_nationality_right_before_a_name_says_where_the_person_is_from() {
		assertThat(roles("The Welsh champion will face stiff competition from Australian Craig Mottley."))
			.contains("Craig Mottley | an Australian");
		assertThat(roles("She won the race ahead of leading American Alma Weber in Boston."))
			.contains("Alma Weber | a leading American");
		assertThat(roles("Kenyan Susan Chepkoi took silver in the last mile.")).contains("Susan Chepkoi | a Kenyan");
	}

	@Test
	void a_nationality_inside_another_name_is_no_persons() {
		assertThat(roles("The ship crossed the Irish Sea with Tom Roe aboard."))
			.noneMatch(line -> line.contains("Irish"));
	}

}
