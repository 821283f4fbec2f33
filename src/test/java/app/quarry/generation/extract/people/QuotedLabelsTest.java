package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A slogan in quotation marks right before a noun such as policy, law or campaign names
 * that thing: nobody is asked to have said it.
 */
class QuotedLabelsTest {

	private static java.util.List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_slogan_before_a_policy_or_campaign_noun_is_a_label_whatever_its_shape() {
		assertThat(quotes("Jane Roe wants to end the army's much-criticised \"see nothing, say nothing\" policy for "
				+ "soldiers."))
			.isEmpty();
		assertThat(quotes("Tom Hale said he would scrap the \"buy one, get one free\" offer at every store."))
			.isEmpty();
		assertThat(quotes("The council backed the \"clean streets, safe streets\" campaign launched by Jane Roe."))
			.isEmpty();
		assertThat(quotes("Tom Hale defended his \"no pass, no play\" rule for the school team.")).isEmpty();
		assertThat(quotes("Acme dropped its \"we never close\" slogan after the strike.")).isEmpty();
		assertThat(quotes("Jane Roe promised to repeal the \"three strikes and you're out\" law by May.")).isEmpty();
	}

	@Test
	void words_a_verb_reports_before_such_a_noun_stay_the_speakers() {
		assertThat(quotes("Jane Roe said the town would \"never give up\" plans for a new bridge."))
			.containsExactly("Jane Roe :: never give up");
		assertThat(quotes("Tom Hale said: \"We will never accept this\" law, he added."))
			.containsExactly("Tom Hale :: We will never accept this");
	}

}
