package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attributions where the name nearest the quote, or the last one named, did not say it:
 * an employer in a title, an owner inside an apposition, an earlier person past an
 * unnamed speaker. Each sentence is written for the test.
 */
class NearestNameShapesTest {

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void an_employer_named_in_the_title_before_the_speakers_name_is_not_the_speaker() {
		assertThat(quotes("Sales fell again, traders say. \"Oats have eaten away the market for corn,\" says Hartley "
				+ "Brook food analyst Wilma Danner. \"They are not a happy group of people up there.\""))
			.containsExactly("Wilma Danner :: Oats have eaten away the market for corn",
					"Wilma Danner :: They are not a happy group of people up there.");
	}

	@Test
	void he_said_after_an_unnamed_spokesmans_words_is_the_spokesman_not_the_last_man_named() {
		assertThat(quotes("Greg Dalton, the chairman, said sales were weak. A company spokesman said it was "
				+ "\"possible, but highly unlikely,\" that the plant would close. \"As we regain our strength and need "
				+ "more room, we will look at the plan again,\" he said."))
			.containsExactly("a company spokesman :: possible, but highly unlikely",
					"a company spokesman :: As we regain our strength and need more room, we will look at the plan again");
	}

	@Test
	void he_said_after_a_named_man_spoke_since_the_unnamed_speaker_is_that_man() {
		assertThat(quotes("A company spokesman said it was \"possible, but highly unlikely,\" that the plant would "
				+ "close. Greg Dalton, the chairman, disagreed. \"We will look at the plan again next year,\" he said."))
			.containsExactly("a company spokesman :: possible, but highly unlikely",
					"Greg Dalton :: We will look at the plan again next year");
	}

	@Test
	void a_name_after_the_possessive_of_a_firm_that_opens_the_sentence_is_its_subject() {
		assertThat(quotes("Tom Wexler called the result poor. But Hanford's Mr. Dorsey, who cut his forecast "
				+ "yesterday, called the reaction fair. While the earnings were a \"moderate disappointment,\" he said, "
				+ "\"the real bad news is the price war\" in the sector."))
			.containsExactly("Dorsey :: moderate disappointment", "Dorsey :: the real bad news is the price war");
	}

	@Test
	void an_owner_named_inside_a_companys_apposition_does_not_speak_for_the_company() {
		assertThat(quotes("Ardent Holdings Ltd., one of a group of companies owned by entrepreneur Karl Brandt, said "
				+ "it \"intends to seek control\" of the mill."))
			.containsExactly("Ardent Holdings Ltd :: intends to seek control");
	}

	@Test
	void a_document_issued_by_someone_still_speaks_with_their_words() {
		assertThat(quotes("A statement issued by Karl Brandt said the firm \"intends to seek control\" of the mill."))
			.containsExactly("Karl Brandt :: intends to seek control");
	}

	@Test
	void he_is_the_man_named_in_the_sentence_before_not_a_name_whose_gender_the_text_never_showed() {
		assertThat(quotes("Their deal would keep Vantor British-owned and independent. While the visit was unrelated "
				+ "to Vantor, TK Chairman Roger Dunn answered questions over lunch. He said Vantor \"should not be "
				+ "smothered by anyone else,\" recalled one participant."))
			.containsExactly("Roger Dunn :: should not be smothered by anyone else");
	}

	@Test
	void a_single_name_set_off_after_a_kinship_role_is_a_person_for_she() {
		assertThat(quotes("The worry has always been that if Pedro Alvarez goes he will face legal trouble. Tomas's "
				+ "grandmother, Marisol, told reporters that she was willing to fetch her grandson. \"I would go there "
				+ "just for one minute to get him. Nothing more,\" she said."))
			.containsExactly("Marisol :: I would go there just for one minute to get him. Nothing more");
	}

	@Test
	void a_surname_a_family_shares_is_not_the_one_the_text_calls_by_the_given_name() {
		assertThat(quotes("Tomas Ruiz's father wants diplomats to meet his son. \"We are worried,\" Pablo Ruiz wrote. "
				+ "Tomas is staying with his great-uncle Lazaro Ruiz. Ruiz had written a letter this week, demanding "
				+ "Tomas be returned to him. \"I object to the moves made by those who are keeping Tomas,\" Ruiz said "
				+ "in the letter."))
			.containsExactly("Pablo Ruiz :: We are worried",
					"Pablo Ruiz :: I object to the moves made by those who are keeping Tomas");
	}

	@Test
	void a_surname_the_text_has_given_to_one_of_a_family_stays_with_that_one() {
		assertThat(quotes("Standing by the harbour, Tomas Vega, younger brother of President Anton Vega, spoke to the "
				+ "crowd. \"Nobody here gives up!\" Vega declared. The square was built in 1956 by workers led by "
				+ "Anton Vega. Vega praised the fishermen who had come from the coast. \"This town is the heart of "
				+ "our unity,\" Vega said to cheers."))
			.containsExactly("Tomas Vega :: Nobody here gives up!",
					"Tomas Vega :: This town is the heart of our unity");
	}

	@Test
	void said_and_a_name_later_in_the_sentence_attribute_a_quote_that_opened_it() {
		assertThat(quotes("\"It is high time\" the boy was sent home, said Walter Brisk, a former adviser on trade. "
				+ "\"This was a simple custody case.\""))
			.containsExactly("Walter Brisk :: It is high time", "Walter Brisk :: This was a simple custody case.");
		assertThat(quotes("\"Today is a sad day for the hopes of his mother,\" who died at sea, said Roger Bannick, "
				+ "representing the family."))
			.containsExactly("Roger Bannick :: Today is a sad day for the hopes of his mother");
	}

	@Test
	void a_paragraph_ending_in_said_and_a_colon_hands_over_to_the_quoted_paragraph_below() {
		assertThat(quotes("Ortega spoke on Monday.\nAsked to comment on the plan, a Treasury spokesman said:\n"
				+ "\"Certainly it changes things. How it changes them is hard to say.\""))
			.containsExactly(
					"a Treasury spokesman :: Certainly it changes things. How it changes them is hard to say.");
	}

	@Test
	void a_paragraph_opening_with_quoted_words_and_naming_no_one_goes_on_with_the_speaker_before() {
		assertThat(quotes("\"This puts Vesta in the candy business in a big way,\" said Lisa Brandt, a publisher.\n"
				+ "\"For them, it makes sense. They have been given a mandate from home\" to grow abroad.\n"
				+ "Vesta is based in Bern."))
			.containsExactly("Lisa Brandt :: This puts Vesta in the candy business in a big way",
					"Lisa Brandt :: For them, it makes sense. They have been given a mandate from home");
	}

	@Test
	void a_paragraph_opening_with_quoted_words_and_a_speech_verb_after_them_keeps_its_own_attribution() {
		assertThat(quotes("\"This puts Vesta in the candy business in a big way,\" said Lisa Brandt, a publisher.\n"
				+ "\"They have been given a mandate from home\" to grow abroad, a rival complained."))
			.doesNotContain("Lisa Brandt :: They have been given a mandate from home");
	}

}
