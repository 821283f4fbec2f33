package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Shortcuts that spare the question writers work keep their answers: numbers grouped by
 * hand as the formatter groups them, a sentence whose first pronoun has a name before it
 * stands alone whatever pronouns follow, a number written once has no other blank and one
 * written again, in any case, is blanked again.
 */
class SpeedShapesTest {

	@Test
	void thousands_are_set_off_by_commas_as_the_formatter_sets_them_off() {
		for (long n : new long[] { 0, 7, 999, 1000, 44000, 123456, 1234567, 1_000_000_000L, -4500, Long.MAX_VALUE,
				Long.MIN_VALUE }) {
			assertThat(NumberWords.grouped(n)).isEqualTo(String.format(Locale.ROOT, "%,d", n));
		}
	}

	@Test
	void a_name_before_the_first_pronoun_lets_every_later_pronoun_refer_to_it() {
		assertThat(SelfContained.check("Yesterday Mara Quill said she would sell her farm to their cousins.")).isTrue();
		assertThat(SelfContained.check("Yesterday she said Mara Quill would sell her farm.")).isFalse();
		assertThat(SelfContained.check("Yesterday the farm was sold.")).isTrue();
	}

	@Test
	void a_count_prompt_is_checked_without_its_other_amounts_wherever_they_stand() {
		assertThat(CountQuestions.withoutOtherAmounts("$4 million bought _____ barges, 2.5% of 1,200 and 3 1/2 more"))
			.isEqualTo("  bought _____ barges,   of 1200 and   more");
		assertThat(CountQuestions.withoutOtherAmounts("£12 and €7.5 for _____ oars, 40 percent"))
			.isEqualTo("  and   for _____ oars,  ");
		assertThat(CountQuestions.withoutOtherAmounts("_____ oars")).isEqualTo("_____ oars");
	}

	@Test
	void a_number_written_once_is_blanked_once_and_one_written_twice_in_each_place() {
		assertThat(CountQuestionsTest.clozes("The orchard planted 40 pear trees in a long row."))
			.containsExactly("Fill in the missing number: The orchard planted _____ pear trees in a long row. = 40");
		assertThat(CountQuestionsTest.clozes("The orchard planted 40 pear trees and 40 plum trees."))
			.containsExactly("Fill in the missing number (the same in each blank): "
					+ "The orchard planted _____ pear trees and _____ plum trees. = 40");
		assertThat(CountQuestionsTest.clozes("Nine riders set out at dawn and nine riders came back."))
			.containsExactly("Fill in the missing number (the same in each blank): "
					+ "_____ riders set out at dawn and _____ riders came back. = 9");
	}

	@Test
	void no_holder_of_the_role_asked_is_offered_whichever_of_its_words_files_them() {
		CorpusPeople people = new CorpusPeople();
		people.add("Mara Quill", "the harbour master");
		people.add("Ode Brand", "harbour master");
		people.add("Lio Fenn", "the master of the harbour pilots");
		people.add("Tam Reed", "the lighthouse keeper");
		people.add("Ivo Marsh", "the ferry captain");
		people.index();
		assertThat(people.people("Mara Quill", "the harbour master", "seed")).containsExactlyInAnyOrder("Lio Fenn",
				"Tam Reed", "Ivo Marsh");
	}

	@Test
	void a_speaker_is_known_as_one_however_often_the_pool_meets_the_name() {
		CorpusPeople people = new CorpusPeople();
		people.addSpeaker("Mara Quill");
		people.add("Mara Quill", "the harbour master");
		people.add("Ode Brand", "the harbour pilot");
		people.add("Lio Fenn", null);
		people.index();
		assertThat(people.get("Mara Quill").speaks).isTrue();
		assertThat(people.get("Mara Quill").roles).containsExactly("the harbour master");
		assertThat(people.get("Ode Brand").speaks).isFalse();
		assertThat(people.get("Ode Brand").sharedRoleWords(people.get("Mara Quill").roleWords)).isEqualTo(1);
		assertThat(people.speakers("Ode Brand", "seed")).containsExactly("Mara Quill");
	}

}
