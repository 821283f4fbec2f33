package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speaker tags of everyday news copy: one who speaks for a named body ("a spokesman for
 * Acme"), told the way captions tell them; a body's possessive before the speaker's name
 * ("Acme's Jane Roe said"); a long phrase set off after the name with no comma before the
 * verb; and "He said:" that goes on from the sentence before.
 */
class DescribedAndContinuingTagQuoteShapesTest {

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void one_who_speaks_for_a_named_body_is_told_in_the_texts_own_words() {
		assertThat(quotes("Zentor cut the price of its cheapest laptop. \"This machine is for students and for "
				+ "families who want a spare computer,\" a spokesman for Zentor said. \"We think we offer better "
				+ "value than any rival.\""))
			.containsExactly(
					"a spokesman for Zentor :: This machine is for students and for families who want a spare computer",
					"a spokesman for Zentor :: We think we offer better value than any rival.");
	}

	@Test
	void the_same_after_the_verb_and_with_a_long_body_name_and_a_qualifier() {
		assertThat(quotes("\"The cut is permanent and applies across Europe,\" said a spokeswoman for Zentor."))
			.containsExactly("a spokeswoman for Zentor :: The cut is permanent and applies across Europe");
		assertThat(quotes("\"The fault lies with the suppliers and nobody else,\" said a senior official at the "
				+ "Home Office."))
			.containsExactly(
					"a senior official at the Home Office :: The fault lies with the suppliers and nobody else");
		assertThat(quotes(
				"A spokeswoman for the Ministry for Coastal Works said: \"The grants will be paid in " + "May.\""))
			.containsExactly("a spokeswoman for the Ministry for Coastal Works :: The grants will be paid in May.");
	}

	@Test
	void a_named_spokesman_and_a_persons_or_a_familys_spokesman_are_not_told_as_a_bodys() {
		assertThat(quotes("Jane Weller, a spokeswoman for Zentor, said: \"No jobs will go at the plant.\""))
			.containsExactly("Jane Weller :: No jobs will go at the plant.");
		assertThat(quotes("\"We ask for privacy at this time,\" said a spokesman for the Okafor family."))
			.noneMatch(quote -> quote.startsWith("Okafor"));
	}

	@Test
	void a_bodys_possessive_before_the_name_in_a_tag_leaves_the_name_as_speaker() {
		assertThat(quotes("\"As rich countries get richer, they give less. This must stop,\" Helpwell's Barbara "
				+ "Stone said. \"The poorest families are paying for it.\""))
			.containsExactly("Barbara Stone :: As rich countries get richer, they give less. This must stop",
					"Barbara Stone :: The poorest families are paying for it.");
		assertThat(quotes("\"We cannot wait for the talks to end,\" the union's Tom Lee said."))
			.containsExactly("Tom Lee :: We cannot wait for the talks to end");
	}

	@Test
	void a_place_in_a_phrase_set_off_after_the_name_is_no_rival_for_the_verb() {
		assertThat(quotes("Dr Peter Lamb, of the Centre for Roads and Safety at the University of the North in "
				+ "Brackton said: \"The design of the new scooters does not suit older riders.\""))
			.containsExactly("Peter Lamb :: The design of the new scooters does not suit older riders.");
	}

	@Test
	void he_said_goes_on_from_the_speaker_of_the_sentence_before_though_his_words_named_another_man() {
		assertThat(quotes("Party spokesman Mark Tolley said those who chose Mr Harcourt knew nothing of his views. "
				+ "He said the papers might have been drafts, not matched to Mr Harcourt when he was chosen. "
				+ "He told the BBC: \"We have dropped him from the party and from the ballot.\""))
			.containsExactly("Mark Tolley :: We have dropped him from the party and from the ballot.");
	}

	@Test
	void he_said_after_a_trailing_tag_and_a_reporting_sentence_stays_with_that_speaker() {
		assertThat(quotes("Mr Wren has \"the same drive he always had\" for the job, Alan Morrow said. And he "
				+ "confirmed Mr Wren's view that no date had been fixed. He said: \"I'm the organiser and I "
				+ "can't say, and Mr Wren has not decided.\""))
			.contains("Alan Morrow :: I'm the organiser and I can't say, and Mr Wren has not decided.");
	}

	@Test
	void he_said_after_a_sentence_bringing_in_a_new_man_is_that_man() {
		assertThat(quotes("\"It is a fine machine,\" said Mr Ogden. One dissenting view came from Brian Tasker, "
				+ "head of research at analysts Quellmark. He said: \"I doubt it will move the market.\""))
			.containsExactly("Ogden :: It is a fine machine", "Brian Tasker :: I doubt it will move the market.");
	}

	@Test
	void he_said_after_a_sentence_naming_two_men_stays_unresolved() {
		assertThat(quotes("Mark Tolley said the talks had failed. The plan drew criticism from Brian Tasker and "
				+ "Paul Gale. He said: \"Nobody asked the workers what they wanted.\""))
			.containsExactly("null :: Nobody asked the workers what they wanted.");
		assertThat(quotes("Mark Tolley said the talks had failed. Paul Gale said they had not. He said: \"Nobody "
				+ "asked the workers what they wanted.\""))
			.containsExactly("Paul Gale :: Nobody asked the workers what they wanted.");
	}

	@Test
	void a_surname_that_is_also_a_title_or_a_greeting_names_the_speaker_of_a_tag() {
		assertThat(quotes("\"Net firms are realising that it is not just about firewalls,\" said Ruth King, chief "
				+ "network planner at Ostara."))
			.containsExactly("Ruth King :: Net firms are realising that it is not just about firewalls");
		assertThat(quotes("\"Bosses have ripped up signed rules and ignored staff,\" said Peter Dear, the "
				+ "union general secretary."))
			.containsExactly("Peter Dear :: Bosses have ripped up signed rules and ignored staff");
		assertThat(quotes("\"Our people will not forget this day,\" said King Harald."))
			.containsExactly("King Harald :: Our people will not forget this day");
	}

}
