package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

/**
 * The shapes of personal names beyond a given name and a surname, in invented sentences.
 */
class NameShapesTest {

	private static List<String> people(String text) {
		return new PersonExtractor().find(DocumentText.of(text), null).stream().map(fact -> fact.value()).toList();
	}

	@Test
	void initials_written_together_open_a_name() {
		assertThat(roles("\"We will rebuild,\" council spokesman P.J. Varden said on Monday."))
			.containsExactly("P.J. Varden | council spokesman");
		assertThat(people("The novel by J.R.R. Talbot sold well.")).containsExactly("J.R.R. Talbot");
	}

	@Test
	void the_initials_of_a_country_or_a_body_open_no_name() {
		assertThat(roles("U.S. envoy Ada Fenn met U.N. officials.")).containsExactly("Ada Fenn | U.S. envoy");
		assertThat(people("The U.S. Congress met. The U.N. Assembly voted.")).isEmpty();
	}

	@Test
	void a_regnal_number_belongs_to_the_name() {
		assertThat(roles("The army was led by Lydian King Croesus IV until the winter."))
			.containsExactly("Croesus IV | Lydian King");
	}

	@Test
	void a_ruler_named_with_number_and_realm_opens_a_biography() {
		assertThat(roles("Ottokar VII of Veltria (1120 – 1168) was a king of the Veltrian highlands."))
			.containsExactly("Ottokar VII of Veltria | a king of the Veltrian highlands");
	}

	@Test
	void the_realm_of_a_ruler_is_not_another_name_for_him() {
		assertThat(people("Ottokar VII of Veltria was a king. Veltria was poor. Ottokar said so."))
			.containsExactly("Ottokar VII of Veltria");
	}

	@Test
	void an_epithet_after_the_belongs_to_the_name() {
		assertThat(roles("The death of King Aldric the Bold ended the war.")).containsExactly("Aldric the Bold | King");
	}

	@Test
	void a_sentence_that_goes_on_after_a_comma_is_not_an_apposition() {
		assertThat(roles("The enemy was routed by Aldric the Bold, overwhelming them and forcing a general retreat."))
			.isEmpty();
	}

	@Test
	void a_capital_letter_pronoun_and_single_letters_are_no_regnal_numbers() {
		assertThat(NameSuffix.regnal(new Token(0, 1, "I", true))).isFalse();
		assertThat(NameSuffix.regnal(new Token(0, 1, "V", true))).isFalse();
		assertThat(NameSuffix.regnal(new Token(0, 4, "XIII", true))).isTrue();
		assertThat(NameSuffix.regnal(new Token(0, 3, "CEO", true))).isFalse();
	}

	@Test
	void a_biography_may_open_with_every_given_name() {
		assertThat(roles("Jean Baptiste Honoré Achille Lemaire (1801 – 1870) was a Belgian botanist and engraver."))
			.containsExactly("Jean Baptiste Honoré Achille Lemaire | a Belgian botanist and engraver");
	}

	@Test
	void a_quoted_nickname_stays_out_of_the_name_even_before_a_surname_that_is_a_title() {
		assertThat(roles("Walter Henry \"Wally\" Bishop (1890 – 1960) was a Canadian rower."))
			.containsExactly("Walter Henry Bishop | a Canadian rower");
	}

	@Test
	void an_honour_after_the_name_is_not_part_of_it() {
		assertThat(roles("Margaret Ellen Tate OBE (1921 – 1999) was an English potter, known for her glazes."))
			.containsExactly("Margaret Ellen Tate | an English potter");
	}

	@Test
	void a_surname_joined_by_an_en_dash_is_one_name() {
		assertThat(roles("Anna Novak–Berg (1880 – 1950) was a chemist of Czech birth."))
			.containsExactly("Anna Novak–Berg | a chemist of Czech birth");
	}

}
