package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotation shapes of British news copy: a long quotation whose paragraphs each open with
 * a mark and only the last closes, run together on one line; a peer called by title and
 * one name; a county set off after a constituency; and "he said" after another man was
 * named.
 */
class BritishNewsQuoteShapesTest {

	private static java.util.List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void each_opening_mark_after_a_sentence_end_starts_the_next_paragraph_of_the_quotation() {
		assertThat(quotes("Harriet Vane won the 400m in Leeds. Harriet Vane said: \"I reached the hotel and my head "
				+ "was spinning. I nearly pulled out. \"I slept well on Saturday but chose to run only the final. "
				+ "After that it all went to plan.\" Vane will race in Madrid next."))
			.containsExactly("Harriet Vane :: I reached the hotel and my head was spinning. I nearly pulled out.",
					"Harriet Vane :: I slept well on Saturday but chose to run only the final. After that it all went to plan.");
	}

	@Test
	void a_closing_mark_glued_to_the_stop_still_closes_the_quotation() {
		assertThat(quotes("Harriet Vane said: \"I nearly pulled out of the race in the end.\" The crowd cheered her "
				+ "on the last lap."))
			.containsExactly("Harriet Vane :: I nearly pulled out of the race in the end.");
	}

	@Test
	void a_peer_called_by_title_and_one_name_keeps_the_title_as_speaker() {
		assertThat(quotes("Lord Merton opened the new court in Leeds. Lord Merton said: \"Victims will come first in "
				+ "every courtroom in the land.\""))
			.containsExactly("Lord Merton :: Victims will come first in every courtroom in the land.");
	}

	@Test
	void a_county_set_off_after_a_constituency_is_no_speaker() {
		assertThat(quotes("Harriet Vane, MP for Kings Lynn, Norfolk, said the plan was \"a waste of public money that "
				+ "nobody in the county wanted to see\"."))
			.containsExactly("Harriet Vane :: a waste of public money that nobody in the county wanted to see");
	}

	@Test
	void he_said_after_another_man_was_named_gets_no_speaker() {
		assertThat(quotes("Analyst Paul Gale said the console would sell briskly. One sceptical voice came from Simon "
				+ "Ferris, head of equity research at brokers Fenwick. He said: \"I doubt it moves the "
				+ "needle for anyone.\""))
			.containsExactly("null :: I doubt it moves the needle for anyone.");
	}

	@Test
	void he_said_after_a_man_named_in_the_speakers_own_sentence_keeps_the_speaker() {
		assertThat(quotes("Officials met John Kerr on Monday. Kerr said the deal with Mark Dunn was good. \"We are "
				+ "happy with it and the town will be too,\" he said."))
			.containsExactly("John Kerr :: We are happy with it and the town will be too");
	}

}
