package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotations handed over by a feeling a speaker expresses, by a described speaker whose
 * description opens with "One" or is followed by when it was said, and quotations whose
 * closing mark a typist put after the space: each in a sentence written for the test.
 */
class FeelingsAndStrayMarksQuoteShapesTest {

	private static java.util.List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_closing_mark_typed_after_its_space_ends_the_quotation_and_the_next_pair_is_a_quotation_of_its_own() {
		assertThat(quotes("Harbour master Tom Hale described the port office as \"a room full of clerks holding their "
				+ "tongues, \"waiting to see whether the budget survives. A council source said Hale complained "
				+ "that \"the walls are closing in on me, and I need your support.\""))
			.containsExactly("Tom Hale :: a room full of clerks holding their tongues",
					"Tom Hale :: the walls are closing in on me, and I need your support.");
	}

	@Test
	void straight_quotes_nested_in_one_sentence_still_belong_to_the_outer_quotation() {
		assertThat(quotes("\"Barring some sudden \"change of heart\", I see nothing that will stop the merger,\" said "
				+ "Lena Hartig."))
			.containsExactly("Lena Hartig :: Barring some sudden \"change of heart\", I see nothing that will stop the "
					+ "merger");
	}

	@Test
	void expressing_a_feeling_hands_over_the_words_that_follow() {
		String before = "Interior Minister Karl Brenner toured the flooded valley on Sunday. ";
		assertThat(quotes(before + "He expressed hope that \"the looting will be stopped soon by the army and the "
				+ "police.\""))
			.containsExactly("Karl Brenner :: the looting will be stopped soon by the army and the police.");
		assertThat(quotes(before + "He voiced concern that the \"slow pace of aid\" could anger residents."))
			.containsExactly("Karl Brenner :: slow pace of aid");
	}

	@Test
	void expressing_support_for_a_quoted_name_quotes_no_one() {
		assertThat(quotes("Karl Brenner expressed support for the \"green corridor\" plan.")).isEmpty();
	}

	@Test
	void a_pronoun_opening_the_sentence_gives_two_quoted_words_to_the_person_before() {
		assertThat(quotes("Karl Brenner toured the valley on Sunday. He said the \"reckless looting\" must stop."))
			.containsExactly("Karl Brenner :: reckless looting");
		assertThat(quotes("Although he called the terms \"very harsh,\" Mr. Hale, the harbour master, signed them."))
			.isEmpty();
	}

	@Test
	void a_description_opening_with_one_is_the_speaker() {
		assertThat(quotes(
				"One senior aide described the port office as \"a room full of clerks holding their " + "tongues.\""))
			.containsExactly("one senior aide :: a room full of clerks holding their tongues.");
	}

	@Test
	void when_a_described_speaker_spoke_is_no_part_of_the_description() {
		assertThat(quotes("A senior aide on Monday described the port office as \"a room full of clerks holding "
				+ "their tongues.\""))
			.containsExactly("a senior aide :: a room full of clerks holding their tongues.");
		assertThat(quotes("The late mayor once said the harbour was \"a room full of clerks holding their tongues.\""))
			.containsExactly("the late mayor :: a room full of clerks holding their tongues.");
	}

}
