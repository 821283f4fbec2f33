package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "They said" and "The statement said" right after a body spoke or put a statement out
 * are that body's words; after people spoke they stay unattributed. A body owned by a
 * name opening the sentence ("Norland's Transport Ministry said") speaks as itself.
 */
class BodiesSpeakingInTheSentenceBeforeTest {

	private static java.util.List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void they_after_a_body_put_out_a_statement_is_that_body() {
		assertThat(quotes("Acme Holdings released a statement on Monday. They said \"The plant will close in the "
				+ "spring and every worker will be paid.\""))
			.containsExactly("Acme Holdings :: The plant will close in the spring and every worker will be paid.");
		assertThat(quotes("The Westria Union issued a short statement after the vote. They said \"Every depot "
				+ "will shut its gates at noon on Monday.\""))
			.containsExactly("the Westria Union :: Every depot will shut its gates at noon on Monday.");
	}

	@Test
	void they_after_people_spoke_stays_unattributed() {
		assertThat(quotes("Jane Roe and Tom Doe spoke to reporters at the gate. They said \"We were never paid "
				+ "for the extra shifts at all.\""))
			.containsExactly("null :: We were never paid for the extra shifts at all.");
	}

	@Test
	void the_statement_after_a_body_spoke_is_that_body_s() {
		assertThat(quotes("The Transport Ministry confirmed the new speed limits on Monday.\nThe statement said "
				+ "\"drivers who keep to the limits have nothing at all to fear\" as long as they carry papers."))
			.containsExactly("the Transport Ministry :: drivers who keep to the limits have nothing at all to fear");
		assertThat(quotes("The Transport Ministry announced new speed limits. The statement said \"drivers who "
				+ "keep to the limits have nothing at all to fear\" on the roads."))
			.containsExactly("the Transport Ministry :: drivers who keep to the limits have nothing at all to fear");
	}

	@Test
	void the_statement_told_again_in_the_next_sentence_is_still_the_body_s() {
		assertThat(quotes("The Fisheries Ministry confirmed the new quotas on Friday.\nThe statement said \"boats "
				+ "may land no more cod than last year\" until the stocks recover.\nThe statement continued: "
				+ "\"Anyone who lands more than the quota before September will be fined.\""))
			.containsExactly("the Fisheries Ministry :: boats may land no more cod than last year",
					"the Fisheries Ministry :: Anyone who lands more than the quota before September will be fined.");
	}

	@Test
	void the_statement_after_people_spoke_stays_unattributed_however_often_it_is_told() {
		assertThat(quotes("The two climbers described the storm to reporters.\nThe statement said \"the path "
				+ "was lost under snow\" by noon.\nThe statement continued: \"Nobody should walk the ridge "
				+ "alone before the spring thaw comes.\""))
			.doesNotContain("the two climbers :: Nobody should walk the ridge alone before the spring thaw comes.");
	}

	@Test
	void a_body_owned_by_a_name_opening_the_sentence_speaks_as_itself() {
		assertThat(quotes("Norland's Transport Ministry said the limits would stay. It said \"drivers who keep "
				+ "to the limits have nothing at all to fear\" from the patrols."))
			.containsExactly("Transport Ministry :: drivers who keep to the limits have nothing at all to fear");
	}

	@Test
	void they_after_a_body_spoke_of_people_stays_unattributed() {
		assertThat(quotes("Two climbers were found on Sunday, the Westria Rescue Service said. They said \"We were "
				+ "lost in the fog for three whole days.\""))
			.containsExactly("null :: We were lost in the fog for three whole days.");
	}

}
