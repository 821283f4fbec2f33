package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A name described as a work (a documentary, a film, a novel) is asked as "What is
 * described as ...?": a work is no organisation, and "Which organisation" would tell the
 * student a wrong thing.
 */
class WorksAreNoOrganisationsTest {

	private static final String TEXT = """
			The channel screened Sky Pilots, a documentary about safety at sea, on Monday.
			The studio sold Blue Harbour, a short film about a fishing town, last year.
			Halvorsen, a Danish brewer, raised prices.
			""";

	private static final InventedDocument DOCUMENT = new InventedDocument(TEXT)
		.organisation("Sky Pilots", "a documentary about safety at sea")
		.organisation("Blue Harbour", "a short film about a fishing town")
		.organisation("Halvorsen", "a Danish brewer");

	@Test
	void a_work_is_asked_as_what_is_described_so() {
		assertThat(DOCUMENT.asked("Sky Pilots"))
			.contains("typed: What is described as a documentary about safety at sea?")
			.noneMatch(prompt -> prompt.contains("Which organisation"));
		assertThat(DOCUMENT.asked("Blue Harbour"))
			.contains("typed: What is described as a short film about a fishing town?");
	}

	@Test
	void a_body_is_still_asked_as_an_organisation() {
		assertThat(DOCUMENT.asked("Halvorsen")).contains("typed: Which organisation is described as a Danish brewer?");
	}

}
