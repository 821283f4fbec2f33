package app.quarry.decks.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClozeTest {

	private static final String TEXT = "{{c1::Paris}} is the capital of {{c2::France::a country}}.";

	@Test
	void each_deletion_number_is_one_card() {
		assertThat(Cloze.ordinals(TEXT)).containsExactly(1, 2);
		assertThat(Cloze.ordinals("no deletions here")).isEmpty();
	}

	@Test
	void a_card_blanks_its_own_deletion_and_shows_the_others() {
		assertThat(Cloze.prompt(TEXT, 1)).isEqualTo("_____ is the capital of France.");
		assertThat(Cloze.answer(TEXT, 1)).isEqualTo("Paris");
	}

	@Test
	void a_hint_is_shown_beside_the_blank() {
		assertThat(Cloze.prompt(TEXT, 2)).isEqualTo("Paris is the capital of _____ (a country).");
		assertThat(Cloze.answer(TEXT, 2)).isEqualTo("France");
	}

	@Test
	void deletions_sharing_a_number_are_asked_together() {
		String text = "{{c1::Red}} and {{c1::blue}} make {{c2::purple}}.";
		assertThat(Cloze.prompt(text, 1)).isEqualTo("_____ and _____ make purple.");
		assertThat(Cloze.answer(text, 1)).isEqualTo("Red, blue");
		assertThat(PortableCard.ofNote(text, "")).hasSize(2);
	}

	@Test
	void the_plain_text_fills_every_deletion() {
		assertThat(Cloze.plain(TEXT)).isEqualTo("Paris is the capital of France.");
		assertThat(PortableCard.ofNote("Capital of France?", "Paris"))
			.isEqualTo(List.of(PortableCard.basic("Capital of France?", "Paris")));
	}

}
