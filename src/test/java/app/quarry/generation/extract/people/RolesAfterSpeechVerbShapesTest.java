package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A role with no article between "said" and a name, set off from it by a comma: wire and
 * web news write "said Acme Securities chief strategist, Jane Roe." An employer's title
 * may stand before a name that the sentence goes on after; any other role only before the
 * name that ends the sentence.
 */
class RolesAfterSpeechVerbShapesTest {

	@Test
	void an_employers_title_after_said_is_his_even_when_the_sentence_goes_on() {
		assertThat(roles("\"It is bad,\" said Grey Owl Trading chief market strategist, Peter Vantongeren."))
			.contains("Peter Vantongeren | Grey Owl Trading chief market strategist");
		assertThat(roles("\"It is bad,\" said Orlan chief executive, Peter Vantongeren, on Monday."))
			.contains("Peter Vantongeren | Orlan chief executive");
	}

	@Test
	void a_role_between_said_and_the_closing_name_is_hers() {
		assertThat(roles("\"It is pretty bad,\" said Brook Valley Trading chief strategist, Dan Cole."))
			.contains("Dan Cole | Brook Valley Trading chief strategist");
		assertThat(roles(
				"\"The stock is reacting nicely,\" said chief investment officer at Ferrous Asset Management, Lena Hart."))
			.contains("Lena Hart | chief investment officer at Ferrous Asset Management");
	}

	@Test
	void the_said_line_may_stand_apart_from_the_quotation_paragraph() {
		assertThat(roles(
				"\"It is pretty bad. Nobody saw it coming.\"\nsaid Brook Valley Trading chief strategist, Dan Cole."))
			.contains("Dan Cole | Brook Valley Trading chief strategist");
	}

	@Test
	void a_bare_role_noun_is_his_only_where_his_name_ends_the_sentence() {
		assertThat(roles("\"It is bad,\" said analyst, Peter Vantongeren.")).contains("Peter Vantongeren | analyst");
		assertThat(roles("\"It is bad,\" said analyst, Peter Vantongeren, on Monday."))
			.noneMatch(found -> found.startsWith("Peter Vantongeren"));
	}

	@Test
	void words_that_are_no_role_or_a_name_that_goes_on_give_nothing() {
		assertThat(roles("\"It is pretty bad,\" said on Monday in Paris, Dan Cole.")).isEmpty();
		assertThat(roles("\"It is pretty bad,\" said Ann Lee, Dan Cole and Tom Hale.")).isEmpty();
		assertThat(roles("\"It is pretty bad,\" said a trader who asked for anonymity, Dan Cole, and left."))
			.noneMatch(role -> role.startsWith("Dan Cole"));
		assertThat(roles("\"It is bad,\" said Orlan chief executive, Peter Vantongeren and Jo Lind."))
			.noneMatch(found -> found.contains("Orlan chief executive"));
		assertThat(roles("\"It is bad,\" said Orlan, Peter Vantongeren and Jo Lind."))
			.noneMatch(found -> found.contains("Orlan"));
	}

}
