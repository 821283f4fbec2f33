package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A sentence that opens with "The" and an organisation's name says what it is as one that
 * opens with the name does; a clause about the whole statement ("which means ...") after
 * the organisation's noun is no part of the description.
 */
class CopularOrganisationsOpenedByTheTest {

	@Test
	void the_article_opening_the_sentence_is_no_part_of_the_name() {
		assertThat(FoundOrganisations.in("The Heron Trust is a small charity."))
			.contains("Heron Trust | a small charity");
	}

	@Test
	void a_which_means_clause_about_the_statement_is_cut_off() {
		assertThat(FoundOrganisations
			.in("The Gorse Foundation is a volunteer charity which means that anyone may join it."))
			.contains("Gorse Foundation | a volunteer charity");
		assertThat(FoundOrganisations.in("Brelloc is a member-owned charity, which meant that gifts went to the poor."))
			.contains("Brelloc | a member-owned charity");
	}

	@Test
	void the_before_a_common_word_opens_no_name() {
		assertThat(FoundOrganisations.in("The Company is a small charity.")).isEmpty();
	}

}
