package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An organisation described by a clause is asked what the clause tells of it. */
class ClauseDescriptionsTest {

	private static final String TEXT = """
			The board will decide whether the Norland Academy, funded by the government of Ostland, can move.
			Cable Vetra, which clings to the party line, began to promote the visit.
			The Halden Party, which opposes the treaty, won ten seats on Friday.
			Tarvo Co., which has interests in shipping and mining, said profit rose.
			Brovo Ltd., which holds about 40% of Tarvo, said it will sell.
			Acme Air, which has never lost a passenger, says the film is unfair.
			Bolt Rail, which has been sold twice, declined to comment.
			""";

	private static final InventedDocument DOCUMENT = new InventedDocument(TEXT)
		.organisation("Norland Academy", "funded by the government of Ostland")
		.organisation("Cable Vetra", "which clings to the party line")
		.organisation("Halden Party", "which opposes the treaty")
		.organisation("Tarvo Co.", "which has interests in shipping and mining")
		.organisation("Brovo Ltd.", "which holds about 40% of Tarvo")
		.organisation("Acme Air", "which has never lost a passenger")
		.organisation("Bolt Rail", "which has been sold twice");

	@Test
	void a_participle_is_asked_as_who_stands_behind_the_organisation_and_which_one_it_is() {
		assertThat(DOCUMENT.asked("the government of Ostland"))
			.containsExactly("flashcard: What is the Norland Academy funded by?");
		assertThat(DOCUMENT.asked("Norland Academy"))
			.contains("typed: Which organisation is funded by the government of Ostland?");
	}

	@Test
	void a_relative_clause_is_asked_with_its_verb_and_the_preposition_that_goes_with_it() {
		assertThat(DOCUMENT.asked("the party line")).containsExactly("flashcard: What does Cable Vetra cling to?");
		assertThat(DOCUMENT.asked("Cable Vetra")).contains("typed: Which organisation clings to the party line?");
		assertThat(DOCUMENT.asked("the treaty")).containsExactly("flashcard: What does the Halden Party oppose?");
	}

	@Test
	void a_verb_in_the_present_gives_its_base_form() {
		assertThat(ClauseDescriptions.base("cites")).isEqualTo("cite");
		assertThat(ClauseDescriptions.base("carries")).isEqualTo("carry");
		assertThat(ClauseDescriptions.base("pushes")).isEqualTo("push");
		assertThat(ClauseDescriptions.base("opposes")).isEqualTo("oppose");
		assertThat(ClauseDescriptions.base("has")).isEqualTo("have");
	}

	@Test
	void what_an_organisation_has_is_asked_with_have() {
		assertThat(DOCUMENT.asked("interests in shipping and mining"))
			.containsExactly("flashcard: What does Tarvo Co. have?");
	}

	@Test
	void a_word_before_a_number_is_no_particle_of_the_verb() {
		assertThat(DOCUMENT.asked("about 40% of Tarvo")).containsExactly("flashcard: What does Brovo Ltd. hold?");
	}

	@Test
	void has_that_only_helps_a_verb_is_not_asked_as_what_the_organisation_has() {
		assertThat(DOCUMENT.asked("never lost a passenger")).isEmpty();
		assertThat(DOCUMENT.asked("been sold twice")).isEmpty();
		assertThat(DOCUMENT.asked("Acme Air")).contains("typed: Which organisation has never lost a passenger?");
	}

}
