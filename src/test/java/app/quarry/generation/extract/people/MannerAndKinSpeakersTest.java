package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

/**
 * After a quotation handed over by a comma, a verb of manner that closes its clause
 * ("sighs", "laughed") names its subject as the speaker; a possessive and a kinship or
 * role before a name ("his older sister Mara") describe the speaker, who is never the
 * owner.
 */
class MannerAndKinSpeakersTest {

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_kinship_after_a_possessive_describes_the_name_that_speaks() {
		assertThat(quotes("Family waits for ruling\n\nPeter Roe, 22, was refused bail in Upton on Monday.\n"
				+ "\"We could not help but be a little hopeful about it,\" his older sister Mara remarked, though "
				+ "Roe himself stayed calm.\n"))
			.containsExactly("Mara :: We could not help but be a little hopeful about it");
		assertThat(quotes("Campaign closes\n\nJane Roe spoke in Upton on Monday.\n\"We will open more libraries "
				+ "next year for the whole town\", her campaign manager Tom Lee told reporters.\n"))
			.containsExactly("Tom Lee :: We will open more libraries next year for the whole town");
	}

	@Test
	void a_possessive_before_people_joined_by_and_names_no_one_speaker() {
		assertThat(quotes("Campaign closes\n\nJane Roe spoke in Upton on Monday.\n\"We will open more schools "
				+ "next year for the whole town,\" their friends Tom and Ann said.\n"))
			.noneMatch(q -> q.startsWith("Jane Roe") || q.startsWith("Tom") || q.startsWith("Ann"));
	}

	@Test
	void a_verb_of_manner_in_the_present_closing_the_tag_names_the_speaker() {
		assertThat(quotes("Family waits for ruling\n\nPeter Roe, 22, was refused bail in Upton on Monday.\n"
				+ "\"Nobody in this family ever tried to run away from the town\", his sister Mara Roe sighs, "
				+ "pointing to his record.\n\"Nobody in this town will ever forget the day the mill shut\", "
				+ "Mara Roe laughs.\n"))
			.containsExactly("Mara Roe :: Nobody in this family ever tried to run away from the town",
					"Mara Roe :: Nobody in this town will ever forget the day the mill shut");
	}

	@Test
	void a_quoted_phrase_inside_the_writers_sentence_is_not_handed_over_by_a_comma() {
		assertThat(quotes("Upton grows\n\nJane Roe spoke in Upton on Monday.\nThe \"town that grows the most "
				+ "apples in the county\", Roe knows, is hers.\n"))
			.noneMatch(q -> q.startsWith("Jane Roe"));
	}

	@Test
	void plurals_and_adverbs_are_no_verbs_of_manner() {
		assertThat(MannerOfSpeaking.verbForm("sighs")).isTrue();
		assertThat(MannerOfSpeaking.verbForm("enthused")).isTrue();
		assertThat(MannerOfSpeaking.verbForm("always")).isFalse();
		assertThat(MannerOfSpeaking.verbForm("news")).isFalse();
		assertThat(MannerOfSpeaking.verbForm("thus")).isFalse();
		assertThat(MannerOfSpeaking.verbForm("less")).isFalse();
	}

}
