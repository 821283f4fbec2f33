package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A newspaper story ends by crediting the reporters who helped write it: each name on the
 * line is a contributor to the article, from the place written after it. A name that only
 * opens a sentence about contributing something else is none.
 */
class ContributorLineShapesTest {

	@Test
	void a_reporter_in_a_place_contributed_to_the_article() {
		assertThat(roles("The talks went on. Nora K. Vale in Geneva contributed to this article."))
			.containsExactly("Nora K. Vale | contributor to this article from Geneva");
	}

	@Test
	void a_credit_line_may_open_with_dashes_and_name_no_place() {
		assertThat(roles("The talks went on.\n--- Ivo Brand contributed to this report."))
			.containsExactly("Ivo Brand | contributor to this article");
	}

	@Test
	void two_reporters_on_one_line_each_have_their_place() {
		assertThat(roles("The talks went on. Nora Vale in Geneva and Ivo Brand in Oslo contributed to this article."))
			.containsExactly("Nora Vale | contributor to this article from Geneva",
					"Ivo Brand | contributor to this article from Oslo");
	}

	@Test
	void contributing_money_or_a_name_inside_a_sentence_is_no_credit() {
		assertThat(roles("Nora Vale contributed $5,000 to the campaign."))
			.noneMatch(found -> found.contains("article"));
		assertThat(roles("Officials said Nora Vale contributed to this article."))
			.noneMatch(found -> found.contains("contributor"));
	}

}
