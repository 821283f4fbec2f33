package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A post set off after a name without an article, its owner a country, a people or a body
 * written first: "Jane Roe, Westria foreign minister,", "Tom Lee, Danish Minister of
 * Fisheries,". Lower-case words that qualify the post may stand between the owner and the
 * post's noun; a verb, a second name or no post at all gives no role. In sentences
 * written for the test.
 */
class PostsOfNamedOwnersTest {

	@Test
	void lower_case_words_between_the_owner_and_the_post_are_part_of_the_post() {
		assertThat(roles("Tom Grady, Danish foreign minister, on Monday warned that ties could sour."))
			.containsExactly("Tom Grady | Danish foreign minister");
		assertThat(roles("Jane Roe, Acme senior vice president, said the plan would hold."))
			.containsExactly("Jane Roe | Acme senior vice president");
		assertThat(roles("Nina Karsh, European trade commissioner, said the tariffs would go."))
			.containsExactly("Nina Karsh | European trade commissioner");
		assertThat(roles("Paul Wend, Westria defence minister, told reporters the border was quiet."))
			.containsExactly("Paul Wend | Westria defence minister");
	}

	@Test
	void a_peoples_word_before_a_title_in_capitals_names_the_country_of_the_post() {
		assertThat(roles("Jon Dahl, Norwegian Minister of Fisheries, said the quota would rise."))
			.containsExactly("Jon Dahl | Norwegian Minister of Fisheries");
		assertThat(roles("Ivy Lang, Swedish Undersecretary of State for Trade, noted the rising costs."))
			.containsExactly("Ivy Lang | Swedish Undersecretary of State for Trade");
		assertThat(roles("Olaf Berg, Danish Prime Minister, opened the bridge."))
			.containsExactly("Olaf Berg | Danish Prime Minister");
	}

	@Test
	void a_portfolio_word_in_capitals_belongs_to_the_title() {
		assertThat(roles("Ali Noor, Pakistani Information Minister, declared the roads open."))
			.containsExactly("Ali Noor | Pakistani Information Minister");
		assertThat(roles("Late on Monday, Eva Holm, Swedish Health Minister, said the clinics would stay shut."))
			.containsExactly("Eva Holm | Swedish Health Minister");
	}

	@Test
	void a_verb_a_second_name_or_no_post_gives_no_role() {
		assertThat(roles("Tom Grady, Westria said on Monday, would not attend.")).isEmpty();
		assertThat(roles("Jane Roe, Danish Minister Olaf Berg and three aides left the hall."))
			.noneMatch(role -> role.startsWith("Jane Roe | Danish"));
		assertThat(roles("Ann Pike, Acme quietly agreed, had left the board.")).isEmpty();
	}

}
