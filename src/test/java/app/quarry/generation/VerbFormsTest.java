package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A when-question turns the sentence's past tense back into its base form. */
class VerbFormsTest {

	@Test
	void a_verb_ending_in_a_silent_e_after_il_gets_its_e_back() {
		assertThat(VerbForms.base("filed")).isEqualTo("file");
		assertThat(VerbForms.base("compiled")).isEqualTo("compile");
		assertThat(VerbForms.base("smiled")).isEqualTo("smile");
	}

	@Test
	void a_vowel_pair_before_the_l_keeps_the_stem_as_it_is() {
		assertThat(VerbForms.base("failed")).isEqualTo("fail");
		assertThat(VerbForms.base("boiled")).isEqualTo("boil");
	}

	@Test
	void a_verb_ending_in_a_silent_e_after_ad_or_od_gets_its_e_back() {
		assertThat(VerbForms.base("invaded")).isEqualTo("invade");
		assertThat(VerbForms.base("persuaded")).isEqualTo("persuade");
		assertThat(VerbForms.base("exploded")).isEqualTo("explode");
		assertThat(VerbForms.base("loaded")).isEqualTo("load");
		assertThat(VerbForms.base("headed")).isEqualTo("head");
	}

	@Test
	void added_keeps_its_own_double_letter_while_a_doubled_one_goes() {
		assertThat(VerbForms.base("added")).isEqualTo("add");
		assertThat(VerbForms.base("nodded")).isEqualTo("nod");
	}

	@Test
	void regular_and_doubled_stems_are_unchanged() {
		assertThat(VerbForms.base("signed")).isEqualTo("sign");
		assertThat(VerbForms.base("planned")).isEqualTo("plan");
		assertThat(VerbForms.base("carried")).isEqualTo("carry");
	}

	@Test
	void a_verb_in_ete_gets_its_e_back_but_one_in_et_keeps_its_stem() {
		assertThat(VerbForms.base("completed")).isEqualTo("complete");
		assertThat(VerbForms.base("competed")).isEqualTo("compete");
		assertThat(VerbForms.base("targeted")).isEqualTo("target");
	}

}
