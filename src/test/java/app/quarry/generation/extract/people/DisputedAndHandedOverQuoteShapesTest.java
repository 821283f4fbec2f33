package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whose words a quotation is when the sentence around it speaks of others: claims the
 * subject turns away, an organisation closing a description set off after a name, a
 * pronoun reporting the speech before a quotation of its own, and a speech verb that
 * hands over to the next quotation only.
 */
class DisputedAndHandedOverQuoteShapesTest {

	private static java.util.List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void words_inside_claims_the_subject_dismisses_are_not_the_subjects() {
		assertThat(quotes("Party leader Tom Barrowby has dismissed claims that his harbour policy was \"drifting onto "
				+ "the ground\" of the Coast Party."))
			.isEmpty();
		assertThat(quotes("Mayor Ann Kellerby denied the latest accusations that the budget was \"a gift to the "
				+ "wealthy few\" in the town."))
			.isEmpty();
	}

	@Test
	void claims_the_subject_makes_keep_the_subjects_words() {
		assertThat(quotes("Mayor Ann Kellerby said the budget was \"a gift to the people of this town\"."))
			.containsExactly("Ann Kellerby :: a gift to the people of this town");
	}

	@Test
	void a_speech_verb_after_a_description_ending_in_an_organisation_is_the_named_persons() {
		assertThat(quotes("Toby Frayne, a former Harrow scholar and joint founder of the Vale Fencing Club, said: \"I "
				+ "regret nothing about that morning.\""))
			.containsExactly("Toby Frayne :: I regret nothing about that morning.");
	}

	@Test
	void a_relative_of_the_same_surname_is_no_guess_for_the_speaker() {
		assertThat(quotes("Toby Frayne, son of the singer Max Frayne, was charged. Toby Frayne, a former scholar and "
				+ "joint founder of the Vale Fencing Club, said: \"I regret nothing about that morning.\""))
			.doesNotContain("Vale Fencing Club :: I regret nothing about that morning.",
					"Fencing Club :: I regret nothing about that morning.",
					"Max Frayne :: I regret nothing about that morning.");
	}

	@Test
	void a_quotation_after_a_sentence_a_pronoun_reports_goes_on_with_that_speaker() {
		assertThat(quotes("The port's reporter, Dan Selwood, said the plan was bold. But he said a deal with the "
				+ "other towns could be hard. \"Some of these towns are far away so it is not an easy deal to "
				+ "reach in a single year.\""))
			.containsExactly(
					"Dan Selwood :: Some of these towns are far away so it is not an easy deal to reach in a single year.");
	}

	@Test
	void a_pronoun_after_another_man_was_named_lends_the_quotation_no_speaker() {
		assertThat(quotes("The port's reporter, Dan Selwood, said the plan suited its pilot, Joe Rusk. But he said a "
				+ "deal with the other towns could be hard. \"Some of these towns are far away so it is not an easy "
				+ "deal to reach in a single year.\""))
			.containsExactly(
					"null :: Some of these towns are far away so it is not an easy deal to reach in a single year.");
	}

	@Test
	void a_speech_verb_heading_the_next_quotation_lends_the_earlier_one_no_speaker() {
		assertThat(quotes("Ann Tolley spoke after Joe Rusk at the port.\n\n\"One of the tests of hard winters "
				+ "is how you make them into lessons.\" Then Ann Tolley says: \"I think this will make the town.\""))
			.containsExactly("null :: One of the tests of hard winters is how you make them into lessons.",
					"Ann Tolley :: I think this will make the town.");
	}

}
