package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Broadcast and spoken news says who speaks where print has a byline: a reporter signs
 * off with name, outlet and place, an anchor hands over to "NPR's Jane Roe", a presenter
 * greets the audience. Each tells who the person is.
 */
class SignOffShapesTest {

	@Test
	void a_sign_off_of_name_outlet_and_place_makes_a_reporter_for_the_outlet_in_the_place() {
		assertThat(roles("The markets fell again today. Nora Vale, ABC News, Hong Kong."))
			.containsExactly("Nora Vale | reporter for ABC News in Hong Kong");
		assertThat(roles("The talks go on. Ivo Brand, CNN, the foreign ministry."))
			.containsExactly("Ivo Brand | reporter for CNN at the foreign ministry");
		assertThat(roles("The appeal was heard. Mila Stone for VOA News, Geneva."))
			.containsExactly("Mila Stone | reporter for VOA News in Geneva");
		assertThat(roles("The vote is close. This is Mila Stone, NPR News, Boston."))
			.containsExactly("Mila Stone | reporter for NPR News in Boston");
	}

	@Test
	void a_sign_off_written_in_lower_case_names_the_person_the_story_named_before() {
		assertThat(roles("Ivo Brand has the latest. The search goes on. ivo brand, CNN, Atlanta."))
			.containsExactly("Ivo Brand | reporter for CNN in Atlanta");
	}

	@Test
	void an_anchor_handing_over_names_the_outlet_and_where_the_report_comes_from() {
		assertThat(roles("NPR's Nora Vale has more from Denver."))
			.containsExactly("Nora Vale | reporter for NPR in Denver");
		assertThat(roles("The World's Nora Vale has our story.")).containsExactly("Nora Vale | reporter for The World");
		assertThat(roles("VOA's Nora Vale has details from our northern bureau."))
			.containsExactly("Nora Vale | reporter for VOA");
		assertThat(roles("From member station WXYZ, Nora Vale reports."))
			.containsExactly("Nora Vale | reporter for member station WXYZ");
	}

	@Test
	void initials_of_a_role_or_of_countries_name_no_outlet() {
		assertThat(roles("The board met on Monday. Nora Vale, CEO, London.")).noneMatch(r -> r.contains("reporter"));
		assertThat(roles("The vote was close. Nora Vale, UN, Geneva.")).noneMatch(r -> r.contains("reporter"));
	}

	@Test
	void a_reporter_introducing_herself_for_an_outlet_reports_for_it() {
		assertThat(roles("For The World, I'm Nora Vale.")).containsExactly("Nora Vale | reporter for The World");
		assertThat(roles("For NPR News, I'm Nora Vale reporting."))
			.containsExactly("Nora Vale | reporter for NPR News");
		assertThat(roles("For The World, this is Nora Vale in the BBC newsroom in London."))
			.containsExactly("Nora Vale | reporter for The World in the BBC newsroom in London");
	}

	@Test
	void a_greeting_before_name_and_outlet_makes_a_presenter() {
		assertThat(roles("Good evening, I'm Nora Vale, CNN Headline News."))
			.containsExactly("Nora Vale | presenter for CNN Headline News");
		assertThat(roles("Live from Denver, good evening Nora Vale, CNN Headline News."))
			.containsExactly("Nora Vale | presenter for CNN Headline News");
	}

	@Test
	void a_name_a_company_and_a_town_are_no_sign_off_without_a_broadcaster() {
		assertThat(roles("The order was signed. Nora Vale, Acme Tools, Leeds.")).noneMatch(r -> r.contains("reporter"));
	}

	@Test
	void a_possessive_owner_with_more_of_something_hands_nothing_over() {
		assertThat(roles("Acme's Nora Vale has more cash than her rivals.")).noneMatch(r -> r.contains("reporter"));
		assertThat(roles("Acme's Nora Vale reports to the board.")).noneMatch(r -> r.contains("reporter"));
	}

	@Test
	void a_place_before_a_reporter_is_no_outlet() {
		assertThat(roles("From Denver, Nora Vale reports.")).noneMatch(r -> r.contains("reporter"));
	}

	@Test
	void a_sign_off_shape_with_a_verb_in_it_is_a_sentence_of_another_kind() {
		assertThat(roles("Nora Vale, CNN, said the vote was close.")).noneMatch(r -> r.contains("reporter"));
	}

}
