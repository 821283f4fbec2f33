package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A relative date that owns an event dates it, even with modifiers between the two: "this
 * year's hard-won local election", "last year's long-awaited fair". A thing it owns
 * ("this year's model") or a clause after it ("this year's plan is to hold an election")
 * gives no question.
 */
class PossessiveDatesOverModifiedEventsTest {

	private static List<String> prompts(String sentence) {
		return DatedDocuments.datePrompts("Friday, 10 April 2015", "2015-04-10", sentence);
	}

	@Test
	void modifiers_between_the_possessive_and_the_event_keep_the_date_asked() {
		assertThat(prompts("Roe topped one survey in this year's fiercely contested local election."))
			.contains("Fill in the date: Roe topped one survey in _____ fiercely contested local election.");
		assertThat(prompts("Last year's long-awaited Acme festival drew few visitors."))
			.contains("Fill in the date: _____ long-awaited Acme festival drew few visitors.");
		assertThat(prompts("Doe expects next year's presidential vote to be close."))
			.contains("Fill in the date: Doe expects _____ presidential vote to be close.");
		assertThat(prompts("Farmers said last year's harvest was the worst in memory."))
			.contains("Fill in the date: Farmers said _____ harvest was the worst in memory.");
	}

	@Test
	void a_thing_owned_or_a_clause_after_the_possessive_gives_no_question() {
		assertThat(prompts("This year's model is cheaper than the old one.")).isEmpty();
		assertThat(prompts("This year's plan is to hold an election in June."))
			.noneMatch(p -> p.contains("_____ plan"));
		assertThat(prompts("Roe praised this year's unusually large crowd.")).isEmpty();
	}

	@Test
	void a_long_name_before_the_event_noun_is_the_event_s_own_name() {
		assertThat(prompts("Roe spoke at this year's Acme World Trade Fair in Westbury."))
			.noneMatch(p -> p.contains("_____ Acme World Trade Fair"));
	}

}
