package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.corpus.DocumentText;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A short phrase of time or circumstance set off before the speaker ("Following the
 * race,", "When asked about the fans,") leaves the speaker the subject after its comma.
 * In sentences written for the test.
 */
class PhrasesOpeningASpeakersSentenceTest {

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_phrase_of_time_or_circumstance_does_not_hide_an_owned_speaker() {
		assertThat(quotes("Swiss runner Edith Wolf finished fifth.\n\n"
				+ "Following the race, Wolf's coach told the media, \"The course was hard for everyone.\""))
			.containsExactly("Wolf's coach :: The course was hard for everyone.");
		assertThat(quotes("Swiss runner Edith Wolf finished fifth.\n\n"
				+ "When asked about the fans, Wolf's husband said, \"They left early.\""))
			.containsExactly("Wolf's husband :: They left early.");
	}

	@Test
	void a_phrase_with_a_mark_inside_is_no_opening_phrase() {
		assertThat(quotes("Swiss runner Edith Wolf finished fifth.\n\n"
				+ "Following the race (a hard one), Wolf's coach told the media, \"The course was hard.\""))
			.noneMatch(found -> found.startsWith("Wolf's coach"));
	}

}
