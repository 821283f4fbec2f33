package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An apposition whose closing comma was left out ends where the sentence's verb and its
 * object begin; a closed apposition, or a participle that goes on with a preposition, is
 * read as before. In sentences written for the test.
 */
class RunOnAppositionsTest {

	@Test
	void the_verb_after_an_unclosed_apposition_ends_the_role() {
		assertThat(roles("Carl Fenner, the mayor of Westport visited the harbour on Monday."))
			.containsExactly("Carl Fenner | the mayor of Westport");
		assertThat(roles("Ida Moss, the Governor of Norland opened a school in the capital."))
			.containsExactly("Ida Moss | the Governor of Norland");
		assertThat(roles("Piet Dor, the Prime Minister of Ostland signed the treaty in May."))
			.containsExactly("Piet Dor | the Prime Minister of Ostland");
		assertThat(roles("Lea Sand, the head of Acme attended his funeral."))
			.containsExactly("Lea Sand | the head of Acme");
		assertThat(roles("Omar Fell, chairman of Norbank announced a merger on Friday."))
			.containsExactly("Omar Fell | chairman of Norbank");
	}

	@Test
	void a_closed_apposition_or_a_participle_with_a_preposition_stays_whole() {
		assertThat(roles("Tom Pike, the head of Acme, said the plant would stay open."))
			.containsExactly("Tom Pike | the head of Acme");
		assertThat(roles("Rita Vance, a nurse trained in Leeds, spoke first."))
			.containsExactly("Rita Vance | a nurse trained in Leeds");
	}

	@Test
	void an_auxiliary_after_an_unclosed_apposition_opens_the_sentences_verb() {
		assertThat(roles("Mark Hollis, deputy Prime Minister of Westria has left for the flooded valley."))
			.containsExactly("Mark Hollis | deputy Prime Minister of Westria");
		assertThat(roles("Jane Roe, mayor of Upton was named chair of the panel on Friday."))
			.containsExactly("Jane Roe | mayor of Upton");
		assertThat(roles("Carl Voss, the chief of Northgate Police will visit the site."))
			.containsExactly("Carl Voss | the chief of Northgate Police");
	}

	@Test
	void an_auxiliary_inside_a_clause_of_the_role_or_before_a_later_comma_ends_nothing() {
		assertThat(roles("Tom Vane, head of a group that Acme has funded, said the bridge was safe."))
			.noneMatch(role -> role.endsWith("Acme"));
		assertThat(roles("Lena Marr, a lawyer for Acme has said the claims are false, but others disagree."))
			.noneMatch(role -> role.endsWith("for Acme"));
	}

}
