package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Words quoted after "called for" are a demand the caller made out loud, so they are the
 * caller's; "called off" and a plan that "calls for" something quote nobody.
 */
class DemandsCalledForTest {

	private static java.util.List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_body_calling_for_quoted_words_said_them() {
		assertThat(quotes("The Westria Council called for an \"immediate halt\" to the river blockades."))
			.containsExactly("the Westria Council :: immediate halt");
		assertThat(quotes("Norland has called for a \"full public inquiry\" into the fire at the depot."))
			.containsExactly("Norland :: full public inquiry");
		assertThat(quotes("Jane Roe called for an \"end to the waiting lists\" in her first speech."))
			.containsExactly("Jane Roe :: end to the waiting lists");
	}

	@Test
	void a_plan_calling_for_something_or_a_tour_called_off_quotes_nobody() {
		assertThat(quotes("The new plan calls for a \"green belt\" around the whole of Westbury.")).isEmpty();
		assertThat(quotes("Acme called off the \"summer tour\" after the storm.")).isEmpty();
	}

	@Test
	void words_quoted_past_what_was_called_for_are_not_the_callers() {
		assertThat(quotes("Acme Rail called for help after a \"loud crash\" at the depot, Jane Roe said."))
			.noneMatch(q -> q.startsWith("Acme Rail"));
	}

}
