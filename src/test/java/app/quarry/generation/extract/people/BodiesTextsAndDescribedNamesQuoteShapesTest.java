package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attributions after a quote that open with an article instead of a name: a body, a text,
 * a known person with describing words; and a pronoun that cannot stand for someone its
 * own sentence names after it. Every sentence is written for the test.
 */
class BodiesTextsAndDescribedNamesQuoteShapesTest {

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_pronoun_that_says_the_words_is_not_the_person_named_later_in_its_sentence() {
		assertThat(quotes("Lena Markov, 22, denied the charges. Markov admitted she told the police that Tomas "
				+ "Verhoeven was a traitor and that she prayed for him to fall ill. She said Verhoeven's death was "
				+ "\"a black stain on the whole country,\" the radio reported."))
			.containsExactly("Lena Markov :: a black stain on the whole country");
	}

	@Test
	void a_name_after_the_quotation_is_no_rival_for_the_pronoun_before_it() {
		assertThat(quotes("The idea has been credited to the painter Anton Weller. He wrote, \"by some great "
				+ "policy of government... a nation's park!\"Weller's vision had no effect."))
			.containsExactly("Anton Weller :: by some great policy of government... a nation's park!");
	}

	@Test
	void a_body_after_the_quote_says_the_words_as_the_text_describes_it() {
		assertThat(quotes("A federal appeals court ruled on Thursday. \"Expect no extensions,\" the court instructed."))
			.containsExactly("the court :: Expect no extensions");
		assertThat(quotes("The hearing ended at noon. \"No further hearings will be held,\" the court said."))
			.containsExactly("the court :: No further hearings will be held");
	}

	@Test
	void a_text_that_reads_the_words_is_their_source() {
		assertThat(quotes("The agency's decision was \"within the outside border of reasonable choices,\" the "
				+ "opinion read."))
			.containsExactly("the opinion :: within the outside border of reasonable choices");
		assertThat(quotes("\"Keep out of the harbour at night,\" read a sign at the gate."))
			.containsExactly("a sign :: Keep out of the harbour at night");
	}

	@Test
	void a_message_whose_sender_the_story_never_names_speaks_for_no_one() {
		// "Who said …? A message that was read …" would be no answer a quiz could take
		assertThat(quotes("\"We cannot stop marching! The struggle must go on!\" said a message that was read on "
				+ "Wednesday night to several thousand farmers."))
			.containsExactly("null :: We cannot stop marching! The struggle must go on!");
	}

	@Test
	void a_quotation_after_a_texts_words_is_not_lent_to_the_text() {
		assertThat(quotes("The decision was \"within the border of reasonable choices,\" the opinion read. \"The "
				+ "court neither approves nor disapproves the decision of the agency.\""))
			.containsExactly("the opinion :: within the border of reasonable choices",
					"null :: The court neither approves nor disapproves the decision of the agency.");
	}

	@Test
	void a_known_person_with_describing_words_before_the_name_is_the_speaker() {
		String story = "Juan Ortega flew in from Havana on Monday. ";
		assertThat(quotes(story + "\"A child should simply be with his parents,\" the elder Ortega said through an "
				+ "interpreter."))
			.containsExactly("Juan Ortega :: A child should simply be with his parents");
		assertThat(quotes(
				story + "\"Being 48 is too early to be retired,\" a fit-looking Ortega said on the morning " + "show."))
			.containsExactly("Juan Ortega :: Being 48 is too early to be retired");
	}

	@Test
	void a_quote_closed_by_its_full_stop_is_not_said_by_the_body_opening_the_next_sentence() {
		assertThat(quotes("Mr. Tomlin said Acme's \"intention is to remain an independent public company.\" The "
				+ "company said it amended its rights plan."))
			.containsExactly("Tomlin :: intention is to remain an independent public company.");
	}

}
