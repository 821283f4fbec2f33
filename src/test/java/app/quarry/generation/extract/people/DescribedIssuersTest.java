package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A statement or a letter "by" or "from" a body the text describes without naming it
 * speaks with that body's words: "read a notice by the mission". A role alone ("by the
 * mayor", "by an unknown writer") is no such body.
 */
class DescribedIssuersTest {

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_text_by_a_described_body_after_the_quote_is_that_bodys() {
		assertThat(quotes("\"The tanker slipped past the raiders and sails on,\" read a notice by the mission."))
			.containsExactly("the mission :: The tanker slipped past the raiders and sails on");
		assertThat(quotes("\"The tanker slipped past the raiders and sails on,\" said a statement from the mission."))
			.containsExactly("the mission :: The tanker slipped past the raiders and sails on");
		assertThat(quotes("\"The tanker slipped past the raiders,\" read a statement from the Westria naval mission."))
			.containsExactly("the Westria naval mission :: The tanker slipped past the raiders");
		assertThat(quotes("\"Roads will close at noon,\" said a letter from the city council to residents."))
			.containsExactly("the city council :: Roads will close at noon");
		assertThat(quotes("\"Roads will close at noon,\" said a notice from the transport agency."))
			.containsExactly("the transport agency :: Roads will close at noon");
	}

	@Test
	void a_spokeswoman_for_a_described_body_is_told_with_it_on_either_side_of_the_quote() {
		assertThat(quotes("\"The tanker slipped past the raiders,\" said a spokeswoman for the naval mission."))
			.containsExactly("a spokeswoman for the naval mission :: The tanker slipped past the raiders");
		assertThat(quotes("\"The tanker slipped past the raiders,\" a spokeswoman for the naval mission said."))
			.containsExactly("a spokeswoman for the naval mission :: The tanker slipped past the raiders");
		assertThat(quotes("\"Roads will close at noon,\" said an official at the transport ministry in Upton."))
			.containsExactly("an official at the transport ministry :: Roads will close at noon");
		assertThat(quotes("\"We want answers now,\" said a spokesman for the families."))
			.containsExactly("null :: We want answers now");
	}

	@Test
	void a_mission_speaks_as_a_body_does() {
		assertThat(quotes("\"The tanker slipped past the raiders and sails on,\" the mission said in a statement."))
			.containsExactly("the mission :: The tanker slipped past the raiders and sails on");
	}

	@Test
	void a_named_issuer_is_still_read_by_name() {
		assertThat(quotes("\"The tanker slipped past the raiders and sails on,\" read a statement by Acme."))
			.containsExactly("Acme :: The tanker slipped past the raiders and sails on");
	}

	@Test
	void a_role_or_a_body_that_only_qualifies_another_word_is_no_issuer() {
		assertThat(quotes("\"Roads will close at noon,\" read a statement by the mayor."))
			.containsExactly("null :: Roads will close at noon");
		assertThat(quotes("\"Roads will close at noon,\" said a message by an unknown writer on a forum."))
			.containsExactly("null :: Roads will close at noon");
		assertThat(quotes("\"Roads will close at noon,\" said a statement from the council's lawyers."))
			.noneMatch(quote -> quote.startsWith("the council ::"));
	}

}
