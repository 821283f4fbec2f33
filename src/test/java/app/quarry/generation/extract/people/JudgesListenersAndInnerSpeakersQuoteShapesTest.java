package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speaker shapes of court and political copy: a judge known by a title of the higher
 * courts keeps it; the one spoken to before a colon is not the speaker; words reported by
 * someone who reports another's speech are not the reporter's; and "he said" after an
 * unnamed spokesman's sentence is not an earlier named speaker.
 */
class JudgesListenersAndInnerSpeakersQuoteShapesTest {

	private static java.util.List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_judge_of_the_higher_courts_is_answered_with_the_judicial_title() {
		assertThat(quotes("Mr Justice Hale said he was \"bound to award damages to the councillor in full\"."))
			.containsExactly("Mr Justice Hale :: bound to award damages to the councillor in full");
		assertThat(quotes("Lady Justice Moss said the appeal had \"no merit of any kind whatsoever\"."))
			.containsExactly("Lady Justice Moss :: no merit of any kind whatsoever");
	}

	@Test
	void the_judicial_title_is_dropped_when_the_name_is_known_without_it() {
		assertThat(RulersByGivenName.withoutTitle("Lord Justice Hale")).isEqualTo("Hale");
		assertThat(RulersByGivenName.withoutTitle("Jane Hale")).isEqualTo("Jane Hale");
	}

	@Test
	void the_person_told_before_a_colon_is_not_the_speaker() {
		assertThat(quotes(
				"Ada Pellow is said to have once told Mr Tarrant: \"I will never trust a word you say " + "again.\""))
			.doesNotContain("Tarrant :: I will never trust a word you say again.");
		assertThat(quotes("Ada Pellow once told Mr Tarrant: \"I will never trust a word you say again.\""))
			.containsExactly("Ada Pellow :: I will never trust a word you say again.");
	}

	@Test
	void words_claimed_by_someone_unnamed_whom_the_subject_reports_are_not_the_subjects() {
		assertThat(quotes(
				"Mr Doe said the intruder, who ran off, claimed he was \"working for the water board " + "today\"."))
			.containsExactly("null :: working for the water board today");
		assertThat(quotes("Mr Doe said that his neighbour had insisted she was \"only trying to help the family\"."))
			.containsExactly("null :: only trying to help the family");
	}

	@Test
	void a_speech_verb_inside_a_relative_clause_reports_no_one_else() {
		assertThat(quotes("Mr Cole, who said the talks had been hard, added that the deal was \"a fair result for "
				+ "everyone here\"."))
			.containsExactly("Cole :: a fair result for everyone here");
	}

	@Test
	void he_after_an_unnamed_spokesmans_sentence_is_not_an_earlier_named_speaker() {
		assertThat(quotes("\"There is no reason for the high price,\" said research director, John Roe. Brightcom "
				+ "says it will look at prices next spring. But a spokesman said the law tied its hands. \"Any "
				+ "change to the rules would be for ministers to decide,\" he said."))
			.doesNotContain("John Roe :: Any change to the rules would be for ministers to decide");
	}

	@Test
	void he_after_a_named_speakers_sentence_is_still_that_speaker() {
		assertThat(quotes("\"There is no reason for the high price,\" said research director, John Roe. But Mr Roe "
				+ "said the powers were limited. \"Any change to the rules would be for ministers to decide,\" he "
				+ "said."))
			.contains("John Roe :: Any change to the rules would be for ministers to decide");
	}

}
