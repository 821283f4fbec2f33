package app.quarry.generation.extract.people;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who speaks when another name stands between the speaker and the verb, or when the
 * speaker is a pronoun: an organisation owning the post set off after the speaker's name
 * ("Jane Roe, the Acme newspaper's critic, said") never speaks in the speaker's place,
 * and "he" after a sentence whose subject is a person named in full goes on about that
 * person, even when the given name tells no gender and a man was named further back.
 */
class OwnedPostsAndUntoldGenderQuoteShapesTest {

	private static java.util.List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Pablo Ruiz Mendez, La Vela newspaper's best known columnist, told the radio that the claim is "
					+ "\"a silly waste of money and time.\"|Pablo Ruiz Mendez",
			"Jorge Vidal, La Prensa newspaper's famous columnist, said the plan was \"nothing but a cheap trick "
					+ "by the mayor.\"|Jorge Vidal",
			"Ana Ruiz, El Faro magazine's chief editor, wrote that the show had been \"a dull evening from "
					+ "start to finish.\"|Ana Ruiz",
			"Lisa Hart, Norland Steel company's lead designer, argued the bridge would be \"the lightest ever "
					+ "built in the region.\"|Lisa Hart",
			"Tomas Berg, Green Valley party's longtime treasurer, said the books were \"in perfect order, as "
					+ "they always have been.\"|Tomas Berg",
			"Rita Moss, Kings Road club's new captain, told reporters the season would be \"the hardest we "
					+ "have faced in years.\"|Rita Moss" })
	void an_organisation_owning_the_post_set_off_after_a_name_never_speaks_for_that_person(String sentence,
			String speaker) {
		assertThat(quotes("Columnists weigh in on the dispute. " + sentence)).singleElement()
			.satisfies(quote -> assertThat(quote).startsWith(speaker + " :: "));
	}

	@Test
	void the_post_an_organisation_owns_is_read_as_the_speakers_role() {
		assertThat(SeedDocuments.people(DocumentText.of("Jorge Vidal, La Prensa newspaper's famous columnist, "
				+ "said the plan was \"nothing but a cheap trick by the mayor.\"")))
			.contains("Jorge Vidal | La Prensa newspaper's famous columnist");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Zaydoun Marrak has always denied any part in the fire. In his last filmed interview, he insisted "
					+ "he was \"a wrongly accused man\" who was \"ready to go and rest with my family.\"",
			"Zaydoun Marrak has always denied any part in the fire. Speaking from his cell, he said he felt "
					+ "\"no anger toward anyone, only a deep sadness about the fire.\"",
			"Zaydoun Marrak never admitted guilt. In a letter sent in May, he wrote that he was \"at peace with "
					+ "whatever the court decides about me.\"",
			"Zaydoun Marrak denied the charge to the end. Last year he told a reporter: \"I have nothing to hide "
					+ "and never had.\"" })
	void he_after_a_subject_named_in_full_goes_on_about_that_person_though_a_man_was_named_before(String last) {
		String text = "Zaydoun Marrak was buried in Sfax on Monday. Zaydoun Marrak was the only one convicted over "
				+ "the harbour fire. Teacher Tom Baker, brother of a victim, believes Marrak was innocent. He "
				+ "described the death as \"a grim day for the whole town\", telling the radio he was \"sure for "
				+ "many years that this man played no part in the fire\". " + last;
		assertThat(quotes(text)).filteredOn(quote -> !quote.contains("grim day") && !quote.contains("sure for"))
			.isNotEmpty()
			.allSatisfy(quote -> assertThat(quote).startsWith("Zaydoun Marrak :: "));
	}

	@Test
	void a_capitalised_pair_read_once_before_a_noun_is_no_one_a_he_could_stand_for() {
		assertThat(quotes("Jens Falk spoke to developers in Oslo on Monday. Jens Falk said the new chips had "
				+ "\"a secret second life\" for years. Older Nimbus programs can run on the new chips thanks to "
				+ "a converter. He said that the firm is \"getting ready\" for the switch."))
			.contains("Jens Falk :: getting ready");
	}

}
