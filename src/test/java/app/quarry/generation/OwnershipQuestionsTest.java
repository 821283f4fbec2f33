package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A company described by who owns or manages it, or by what it once owned, is asked in
 * words that keep the share and the tense the text gives.
 */
class OwnershipQuestionsTest {

	private static final String TEXT = """
			Ridgeway Drilling Co., which is 61%-owned by Pardee Oil Corp., reported a loss.
			Halcyon Fund, managed by Orlin Capital Corp., said it would buy the chain.
			Granfield Corp., which had owned nearly 60% of Bexley Corp., sold its stake.
			Tarrow Inc., which owned 20% of Kessel Corp., sold its stake.
			""";

	private static final InventedDocument DOCUMENT = new InventedDocument(TEXT)
		.organisation("Ridgeway Drilling Co.", "61%-owned by Pardee Oil Corp.")
		.organisation("Halcyon Fund", "managed by Orlin Capital Corp.")
		.organisation("Granfield Corp.", "which had owned nearly 60% of Bexley Corp.")
		.organisation("Tarrow Inc.", "which owned 20% of Kessel Corp.");

	@Test
	void a_share_owned_by_another_company_is_asked_with_its_share() {
		assertThat(DOCUMENT.asked("Pardee Oil Corp."))
			.containsExactly("flashcard: What is Ridgeway Drilling Co. 61%-owned by?");
		assertThat(DOCUMENT.asked("Ridgeway Drilling Co."))
			.contains("typed: Which organisation is 61%-owned by Pardee Oil Corp.?");
	}

	@Test
	void a_manager_is_asked_as_who_manages_the_company() {
		assertThat(DOCUMENT.asked("Orlin Capital Corp."))
			.containsExactly("flashcard: What is Halcyon Fund managed by?");
		assertThat(DOCUMENT.asked("Halcyon Fund"))
			.contains("typed: Which organisation is managed by Orlin Capital Corp.?");
	}

	@Test
	void a_past_holding_is_asked_in_the_past() {
		assertThat(DOCUMENT.asked("nearly 60% of Bexley Corp."))
			.containsExactly("flashcard: What had Granfield Corp. owned?");
		assertThat(DOCUMENT.asked("Granfield Corp."))
			.contains("typed: Which organisation had owned nearly 60% of Bexley Corp.?");
		assertThat(DOCUMENT.asked("20% of Kessel Corp.")).containsExactly("flashcard: What did Tarrow Inc. own?");
	}

}
