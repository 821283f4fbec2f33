package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

/**
 * A body's name may run on past "for" or "of" ("the Westria Fund for Rural Housing") and
 * join two words by "and" there ("the Acme Coalition for Migrant and Worker Rights"). The
 * whole name is the body: none of its parts is a person, and a clause after it describes
 * the whole body.
 */
class LinkedBodyNamesTest {

	private static List<String> people(String text) {
		return new PersonExtractor().find(DocumentText.of(text), null).stream().map(fact -> fact.value()).toList();
	}

	@Test
	void the_words_after_and_in_a_bodys_tail_are_no_person() {
		assertThat(people("Members of the Acme Coalition for Migrant and Worker Rights signed the letter."))
			.noneMatch(name -> name.contains("Rights"));
		assertThat(people("In May the Westria Alliance for Peace and Tenant Rights backed the plan."))
			.noneMatch(name -> name.contains("Rights"));
		assertThat(people("A grant came from the Office of Trade and Public Works on Monday."))
			.noneMatch(name -> name.contains("Works"));
		assertThat(roles("The letter was signed by the Acme Coalition for Migrant and Tenant Rights."))
			.noneMatch(line -> line.startsWith("Rights"));
	}

	@Test
	void a_person_named_after_a_body_and_and_is_still_a_person() {
		assertThat(people("A lawyer for the Office of Trade and Jane Roe spoke to reporters.")).contains("Jane Roe");
		assertThat(people("Jane Roe of Acme and Tom Hale of Bolt Rail met on Monday.")).contains("Tom Hale");
	}

	@Test
	void a_peoples_adjective_before_forces_opens_a_body_not_a_person() {
		assertThat(roles("The talks were about the release of John Doe, a corporal in the Westrian Defense Forces."))
			.contains("John Doe | a corporal in the Westrian Defense Forces")
			.noneMatch(line -> line.startsWith("Defense Forces"));
		assertThat(roles("Jane Roe, a major in the Norwegian Armed Forces, was also present."))
			.noneMatch(line -> line.contains("| a Norwegian"));
		assertThat(people("Roe served in the Israeli Special Forces for ten years.")).doesNotContain("Special Forces");
	}

	@Test
	void a_relative_clause_after_a_linked_name_describes_the_whole_body() {
		assertThat(FoundOrganisations
			.in("The money comes from the Acme Fund for Rural Housing, which lends only to farmers."))
			.contains("Acme Fund for Rural Housing | which lends only to farmers");
		assertThat(FoundOrganisations
			.in("Most of it is paid by the Westrian Campaign for Clean Rivers which funds local groups."))
			.contains("Westrian Campaign for Clean Rivers | which funds local groups");
		assertThat(FoundOrganisations.in("The Acme Campaign for Clean Rivers, which funds local groups, was praised."))
			.anyMatch(fact -> fact.startsWith("Acme Campaign for Clean Rivers | which funds local groups"));
	}

	@Test
	void a_name_with_no_body_word_before_its_link_takes_no_clause() {
		assertThat(FoundOrganisations.in("The grant went to the Friends of Clean Rivers, which funds local groups."))
			.noneMatch(fact -> fact.contains("which funds"));
		assertThat(FoundOrganisations.in("She wrote the Story of Rural Housing which sells well."))
			.noneMatch(fact -> fact.contains("which sells"));
	}

	@Test
	void a_name_ending_in_newspapers_is_a_publisher_not_a_person() {
		assertThat(people("Acme Air sued newspaper publishers Westbury Newspapers and Harbour Group on Monday."))
			.doesNotContain("Westbury Newspapers");
		assertThat(FoundOrganisations.in("Acme Air sued newspaper publishers Westbury Newspapers and Harbour Group."))
			.contains("Westbury Newspapers | newspaper publisher", "Harbour Group | newspaper publisher");
	}

}
