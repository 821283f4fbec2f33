package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whose words "he said" gives, when the man last named is not the one a reader takes the
 * pronoun for: the owner in "Jonas' lawyer Gregor Vasilakis", a man named inside
 * another's clause after a described subject ("the minister said the cuts proposed by
 * Colin Hartley ..."), and a product named before a speaker who closes the sentence ("…,
 * said Mr Dunmore").
 */
class PronounAntecedentQuoteShapesTest {

	private static java.util.List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void the_owner_before_a_bare_apostrophe_is_not_the_he_of_his_lawyers_clause() {
		assertThat(quotes("The runner Tom Jonas was suspended in May. But Jonas' lawyer Gregor Vasilakis told "
				+ "reporters he was confident. \"We reject both charges as baseless,\" he said."))
			.doesNotContain("Tom Jonas :: We reject both charges as baseless");
	}

	@Test
	void an_apostrophe_closing_a_single_quotation_is_no_possessive() {
		assertThat(BareApostrophes.possessive("the 'Greens' said", 5, 11, 17)).isFalse();
		assertThat(BareApostrophes.possessive("Jonas' lawyer", 0, 5, 13)).isTrue();
	}

	@Test
	void he_after_a_described_subject_is_not_the_man_named_in_its_clause() {
		assertThat(quotes("At the town hall, the minister said the savings sought by shadow minister Colin Hartley "
				+ "would mean shutting every library. Turning to housing, the minister promised to "
				+ "keep building. It had become a \"club not only of farmers, but of traders and bankers\", he said."))
			.containsExactly("null :: club not only of farmers, but of traders and bankers");
	}

	@Test
	void the_minister_is_not_the_shadow_minister() {
		assertThat(quotes("Shadow minister Colin Hartley spoke first. Later the minister said: \"We will keep every "
				+ "school open in this county.\""))
			.doesNotContain("Colin Hartley :: We will keep every school open in this county.");
	}

	@Test
	void he_after_an_inverted_speech_verb_is_its_speaker_not_the_product_named_before() {
		assertThat(quotes("Analyst Mark Dunmore reviewed the Zephyr box. The Zephyr box also failed to work as a "
				+ "media centre, said Mr Dunmore. \"The box is still some way from that stage,\" he said."))
			.containsExactly("Mark Dunmore :: The box is still some way from that stage");
	}

	@Test
	void a_name_after_a_comma_and_a_verb_with_an_object_is_no_inverted_speaker() {
		assertThat(quotes("Tom Kerr said the plan was sound. But his rival, Mark Dunn, accused Mr Kerr of dodging "
				+ "the issue. \"The critical issue is being avoided,\" he told reporters."))
			.doesNotContain("Tom Kerr :: The critical issue is being avoided");
	}

	@Test
	void a_role_noun_used_as_an_adjective_is_no_described_rival() {
		assertThat(quotes("Ministry spokesman Tom Kerr said that the town condemns the attack, the official news "
				+ "agency reported. He said the \"cowardly attack on our people\" would be punished."))
			.containsExactly("Tom Kerr :: cowardly attack on our people");
	}

}
