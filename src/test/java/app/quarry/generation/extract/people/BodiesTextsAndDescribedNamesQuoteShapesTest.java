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
		assertThat(quotes("Lena Markov, 22, denied the charges. Markov conceded she told the court that Tomas "
				+ "Verhoeven was a thief and that she hoped he would move away. She said Verhoeven's arrest was "
				+ "\"a bright day for the whole valley,\" the radio reported."))
			.containsExactly("Lena Markov :: a bright day for the whole valley");
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
		assertThat(
				quotes("The council's plan was \"well inside the limits of sound practice,\" the " + "opinion read."))
			.containsExactly("the opinion :: well inside the limits of sound practice");
		assertThat(quotes("\"Keep out of the harbour at night,\" read a sign at the gate."))
			.containsExactly("a sign :: Keep out of the harbour at night");
	}

	@Test
	void a_message_whose_sender_the_story_never_names_speaks_for_no_one() {
		// "Who said …? A letter that was read …" would be no answer a quiz could take
		assertThat(quotes("\"We will not stop singing! The festival must go on!\" said a letter that was read on "
				+ "Sunday morning to a few hundred fishermen."))
			.containsExactly("null :: We will not stop singing! The festival must go on!");
	}

	@Test
	void a_quotation_after_a_texts_words_is_not_lent_to_the_text() {
		assertThat(quotes("The plan was \"inside the limits of sound practice,\" the opinion read. \"The "
				+ "panel neither praises nor faults the plan of the council.\""))
			.containsExactly("the opinion :: inside the limits of sound practice",
					"null :: The panel neither praises nor faults the plan of the council.");
	}

	@Test
	void a_known_person_with_describing_words_before_the_name_is_the_speaker() {
		String story = "Piet Arnold flew in from Lisbon on Monday. ";
		assertThat(quotes(story + "\"A boy should just stay near his mother,\" the elder Arnold said through an "
				+ "interpreter."))
			.containsExactly("Piet Arnold :: A boy should just stay near his mother");
		assertThat(quotes(story + "\"Being 52 is too young to stop working,\" a fit-looking Arnold said on the morning "
				+ "show."))
			.containsExactly("Piet Arnold :: Being 52 is too young to stop working");
	}

	@Test
	void a_quote_closed_by_its_full_stop_is_not_said_by_the_body_opening_the_next_sentence() {
		assertThat(quotes("Mr. Tomlin said Acme's \"plan is to stay a small private firm.\" The "
				+ "company said it renewed its lease."))
			.containsExactly("Tomlin :: plan is to stay a small private firm.");
	}

}
