package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rank written short with a stop ("Brig.", "Cpl.", "Cdr.") stands before a name as
 * "Gen." does: it ends no sentence, and the speaker is the name after it, without the
 * rank, as when the rank is spelled out.
 */
class AbbreviatedRanksQuoteShapesTest {

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_short_rank_with_a_stop_is_part_of_the_speakers_tag() {
		assertThat(quotes("\"The ships were ready except for the order to sail,\" said Brig. Amir Haddad, a navy "
				+ "spokesman."))
			.contains("Amir Haddad :: The ships were ready except for the order to sail");
		assertThat(quotes("\"We held the bridge until dawn,\" said Cpl. Jane Roe."))
			.contains("Jane Roe :: We held the bridge until dawn");
		assertThat(quotes("Cdr. Mark Stone said the crew had been \"calm and steady through the whole storm\"."))
			.contains("Mark Stone :: calm and steady through the whole storm");
	}

	@Test
	void a_rank_spelled_out_is_a_title_not_part_of_the_name() {
		assertThat(quotes("\"The ships were ready except for the order to sail,\" said Brigadier Amir Haddad."))
			.contains("Amir Haddad :: The ships were ready except for the order to sail");
	}

}
