package app.quarry.generation.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbers that are part of a name are read without an expression tried at every
 * character: the word before a number is read backwards from it, and a model is looked
 * for only where a capitalised word is followed by a number or a number by a hyphen and a
 * digit. They read exactly what the expressions read.
 */
class NumberNamesTest {

	/** The word before a number that makes it a name, as an expression reads it. */
	private static final Pattern NAME_BEFORE = Pattern.compile("([A-Za-z][\\w&’'.-]*)[ \\t]+$");

	@Test
	void the_word_before_a_number_is_read_as_the_expression_for_it_reads_it() {
		for (String before : List.of("The crew of Flight ", "a fleet of new Tandem ", "sold the Zephyr  ",
				"in the old X-Wing\t", "the L'Arbre ", "the A&B ", "at 9am ", "the 2nd-Gen ", "the __Rover ",
				"costs $ ", "Despite ", "", " ", "Model\n", "the Comet \n", "the Comet \r\n", "the Comet \r",
				"the Comet \u2028", "the Comet\n\n", "Café ", "the café Nova ", "U.S. ", "the Jets' ", "so,Tally ")) {
			var expected = NAME_BEFORE.matcher(before);
			assertThat(NumberNames.wordBefore(before)).as(before).isEqualTo(expected.find() ? expected.group(1) : null);
		}
	}

	@Test
	void a_number_after_a_capitalised_word_inside_a_sentence_names_it() {
		assertThat(NumberNames.namesSomething("The crew of Flight ")).isTrue();
		assertThat(NumberNames.namesSomething("a fleet of new Tandem\t")).isTrue();
		assertThat(NumberNames.namesSomething("the Comet \n")).isTrue();
	}

	@Test
	void a_sentence_opener_a_possessive_or_a_lower_case_word_names_nothing() {
		assertThat(NumberNames.namesSomething("Despite ")).isFalse();
		assertThat(NumberNames.namesSomething("the shop's ")).isFalse();
		assertThat(NumberNames.namesSomething("the Jets' ")).isFalse();
		assertThat(NumberNames.namesSomething("sold some ")).isFalse();
		assertThat(NumberNames.namesSomething("the Comet")).isFalse();
	}

	@Test
	void a_model_may_begin_only_at_a_word_with_a_number_after_it_or_at_a_hyphened_number() {
		assertThat(NumberNames.mayBeModel("the Tandem 450 flew", 4)).isTrue();
		assertThat(NumberNames.mayBeModel("the Tandem\t 450 flew", 4)).isTrue();
		assertThat(NumberNames.mayBeModel("the Ångström 12 probe", 4)).isTrue();
		assertThat(NumberNames.mayBeModel("the 450-2 flew", 4)).isTrue();
		assertThat(NumberNames.mayBeModel("the Tandem flew 450", 4)).isFalse();
		assertThat(NumberNames.mayBeModel("the Tandem, 450", 4)).isFalse();
		assertThat(NumberNames.mayBeModel("the 45000-2 flew", 4)).isFalse();
		assertThat(NumberNames.mayBeModel("the 4-2 vote", 4)).isFalse();
		assertThat(NumberNames.mayBeModel("the 450- flew", 4)).isFalse();
	}

	@Test
	void numbers_that_name_a_model_are_found_wherever_the_text_writes_them() {
		assertThat(NumberNames.modelNumbers("Pilots like the Tandem 450. The 450-2 is larger than the 380."))
			.containsExactlyInAnyOrder("450", "380");
		assertThat(NumberNames.modelNumbers("The 380, then The 490; theme 510.")).containsExactlyInAnyOrder("380",
				"490");
		assertThat(counts("Orchard Air flies 12 Tandem 450 jets and wants 30 more Tandem 450 jets."))
			.containsExactly("12=12 jet", "30=30 jet");
	}

}
