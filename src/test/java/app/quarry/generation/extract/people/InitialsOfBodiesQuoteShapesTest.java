package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies known by their initials: the initials in brackets after the full name, the
 * initials alone as a speaker, and the full name a speaker told by initials answers to.
 */
class InitialsOfBodiesQuoteShapesTest {

	private static java.util.List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void initials_in_brackets_between_a_body_and_its_speech_verb_leave_the_body_the_speaker() {
		assertThat(quotes("Doctors Without Limits (DWL) said the clinic network in Norland was \"close to collapse "
				+ "after the floods\"."))
			.containsExactly("Doctors Without Limits :: close to collapse after the floods");
		assertThat(quotes("The Harbour Safety Board (HSB) warned that the old pier was \"unfit for any vessel\"."))
			.containsExactly("Harbour Safety Board :: unfit for any vessel");
		assertThat(quotes("Acme Foods (AF) said the new plant was \"running smoothly\"."))
			.containsExactly("Acme Foods :: running smoothly");
		assertThat(quotes("The Norland Football Association (NFA) stated, \"We will appeal against the ruling as "
				+ "soon as we can.\""))
			.containsExactly(
					"the Norland Football Association :: We will appeal against the ruling as soon as we can.");
		assertThat(quotes("\"The river has never been this high,\" the Flood Warning Service (FWS) said."))
			.containsExactly("the Flood Warning Service :: The river has never been this high");
	}

	@Test
	void small_words_of_a_name_kept_in_french_or_spanish_belong_to_the_name() {
		assertThat(quotes("Docteurs sans Limites said the clinic network in Norland was \"close to collapse\"."))
			.containsExactly("Docteurs sans Limites :: close to collapse");
		assertThat(quotes("Amigos del Mar said the beach clean-up had been \"a great success for the whole town\"."))
			.containsExactly("Amigos del Mar :: a great success for the whole town");
	}

	@Test
	void initials_with_or_without_their_article_speak_for_the_body() {
		assertThat(quotes("The HSB said the old pier had been \"left to rot for twenty years or more\"."))
			.containsExactly("HSB :: left to rot for twenty years or more");
		assertThat(quotes("NFA stated of the ban, \"The club was told about the decision on Monday morning.\""))
			.containsExactly("NFA :: The club was told about the decision on Monday morning.");
		assertThat(quotes("The FWS warned, \"The river will rise again before the weekend is over.\""))
			.containsExactly("FWS :: The river will rise again before the weekend is over.");
	}

	@Test
	void initials_closing_the_tag_after_an_inverted_speech_verb_speak_for_the_body() {
		assertThat(quotes("\"The dam will hold through the spring floods and the summer after them\", said NWB."))
			.containsExactly("NWB :: The dam will hold through the spring floods and the summer after them");
		assertThat(quotes("\"Every village on the coast road has been told to leave by noon\", added the FWS, "
				+ "which runs the sirens."))
			.containsExactly("FWS :: Every village on the coast road has been told to leave by noon");
	}

	@Test
	void initials_that_open_a_longer_name_after_the_verb_do_not_speak_for_the_body() {
		assertThat(quotes("\"The dam will hold through the spring floods and the summer after them,\" said NWB "
				+ "engineer Jane Roe."))
			.containsExactly("Jane Roe :: The dam will hold through the spring floods and the summer after them");
		assertThat(quotes(
				"\"The dam will hold through the spring floods and the summer after them,\" said NWB " + "officials."))
			.doesNotContain("NWB :: The dam will hold through the spring floods and the summer after them");
	}

	@Test
	void a_speaker_told_by_initials_is_answered_with_the_full_name_the_text_spells_out() {
		assertThat(quotes("The Harbour Safety Board (HSB) met on Friday. In refusing to \"put lives at risk for the "
				+ "sake of trade\", the HSB accused the port of breaking the law."))
			.containsExactly("Harbour Safety Board :: put lives at risk for the sake of trade");
		assertThat(quotes("The Norland Football Association (NFA) met on Friday. NFA stated, \"The club was told "
				+ "about the decision on Monday morning.\""))
			.containsExactly("Norland Football Association :: The club was told about the decision on Monday morning.");
		// spelled out without brackets, as a headline and its story do
		assertThat(quotes("HSB: pier closed\n\nA Harbour Safety Board report came out on Friday. \"No boat may "
				+ "moor at the old pier until it is rebuilt,\" the HSB said."))
			.containsExactly("Harbour Safety Board :: No boat may moor at the old pier until it is rebuilt");
		assertThat(quotes("The Flood Warning Service's report came out on Friday. \"The river will rise again,\" "
				+ "the FWS said."))
			.containsExactly("Flood Warning Service :: The river will rise again");
	}

	@Test
	void initials_the_text_never_spells_out_stay_as_they_are() {
		assertThat(quotes("\"The river will rise again before the weekend,\" the FWS said."))
			.containsExactly("FWS :: The river will rise again before the weekend");
		assertThat(quotes("Fresh Water Supplies opened a plant. \"The river will rise again before the weekend,\" "
				+ "the FWS said."))
			.containsExactly("Fresh Water Supplies :: The river will rise again before the weekend");
	}

}
