package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.corpus.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementTest {

	@Test
	void a_date_line_is_not_a_statement() {
		assertThat(Statement.isStatement("January 29th, 2018")).isFalse();
		assertThat(Statement.isStatement("Sept. 10, 2018")).isFalse();
	}

	@Test
	void a_sentence_with_markup_residue_is_not_a_statement() {
		assertThat(Statement.isStatement("January 29<sup>th</sup>, 2018")).isFalse();
		assertThat(Statement.isStatement("The letter was sent on January 29<sup>th</sup>, 2018.")).isFalse();
	}

	@Test
	void a_sentence_whose_only_verb_is_a_short_or_irregular_past_is_a_statement() {
		assertThat(Statement.isStatement("Vale used a pistol to kill Tom Roe, 37.")).isTrue();
		assertThat(Statement.isStatement("Police shot the man.")).isTrue();
		assertThat(Statement.isStatement("The storm hit Norwick.")).isTrue();
		assertThat(Statement.isStatement("Acme upheld the ban.")).isTrue();
	}

	@Test
	void a_byline_without_a_verb_is_not_a_statement() {
		assertThat(Statement.isStatement("By Hwang Joon-bum, Washington correspondent")).isFalse();
	}

	@Test
	void a_broadcast_sign_off_names_reporter_newsroom_and_place() {
		assertThat(Statement.isSignOff("Jim Loring, ABC News, Hong Kong.")).isTrue();
		assertThat(Statement.isSignOff("Mara Quist, CNN, Atlanta.")).isTrue();
		assertThat(Statement.isSignOff("Mara Quist, Capital Radio.")).isTrue();
		assertThat(Statement.isSignOff("This is Tom Hale, VOA News, Nairobi.")).isTrue();
		assertThat(Statement.isSignOff("Mara Quist, Tom Hale, and Ann Cole.")).isFalse();
		assertThat(Statement.isSignOff("Jim Loring, ABC News, said the road was closed.")).isFalse();
	}

	@Test
	void a_transcript_line_names_a_speaker_their_code_and_their_post() {
		assertThat(Statement.isSpeakerLabel("Jane Roe (WES), Westria coach")).isTrue();
		assertThat(Statement.isSpeakerLabel("Tom Van Hale (NOR), Norway team captain")).isTrue();
		assertThat(Statement.isSpeakerLabel("Jane Roe (WES), Westria coach, said the team was ready.")).isFalse();
		assertThat(Statement.isSpeakerLabel("Jane Roe, Westria coach")).isFalse();
		assertThat(Statement.isSpeakerLabel("Jane Roe (pictured), Westria coach")).isFalse();
	}

	@Test
	void a_transcript_line_may_hand_over_to_the_quotation_with_a_colon() {
		assertThat(Statement.isSpeakerLabel("Jane Roe (WES), Westria coach:")).isTrue();
		assertThat(Statement.isSpeakerLabel("Tom Van Hale (NOR), Norway team captain:")).isTrue();
		assertThat(Statement.isSpeakerLabel("Jane Roe (WES), Westria coach: we were ready")).isFalse();
		assertThat(Statement.isSpeakerLabel("Jane Roe, Westria coach:")).isFalse();
	}

	@Test
	void sentences_with_a_verb_are_statements() {
		assertThat(Statement.isStatement("The first correspondence took place on April 1, 2018.")).isTrue();
		assertThat(Statement.isStatement("Kim Jong-un sent a letter to Trump in June.")).isTrue();
		assertThat(Statement.isStatement("The talks remain stalled.")).isTrue();
		assertThat(Statement.isStatement("Pyongyang is waiting.")).isTrue();
	}

	@Test
	void plain_text_drops_markup_and_keeps_text_without_markup_as_it_is() {
		assertThat(Statement.plain("January 29<sup>th</sup>, 2018")).isEqualTo("January 29th, 2018");
		assertThat(Statement.plain("April  1, 2018")).isEqualTo("April  1, 2018");
		assertThat(Statement.plain(List.of("January 29<sup>th</sup>, 2018", "January 29th, 2018")))
			.containsExactly("January 29th, 2018");
	}

	@Test
	void a_photo_credit_closing_a_caption_is_not_part_of_the_statement() {
		assertThat(Statement.withoutCredit("Kim Jong-un shakes hands with Donald Trump at Panmunjom. (Yonhap)"))
			.isEqualTo("Kim Jong-un shakes hands with Donald Trump at Panmunjom.");
		assertThat(Statement.withoutCredit("The leaders met in Singapore. (AP Photo)"))
			.isEqualTo("The leaders met in Singapore.");
	}

	@Test
	void brackets_inside_a_sentence_or_without_a_full_stop_before_them_are_kept() {
		assertThat(Statement.withoutCredit("The letter (Yonhap) arrived in June."))
			.isEqualTo("The letter (Yonhap) arrived in June.");
		assertThat(Statement.withoutCredit("He met the envoy (Kim Yong-chol)"))
			.isEqualTo("He met the envoy (Kim Yong-chol)");
		assertThat(Statement.withoutCredit("It was said. (see the letter of 12 June 2018 for details)"))
			.isEqualTo("It was said. (see the letter of 12 June 2018 for details)");
	}

	@Test
	void page_furniture_is_not_a_statement_to_ask() {
		String text = "Mayor opens the new library\n\nBy Ann Lee\n\nThe mayor opened the library on Monday.\n"
				+ "Source: the city's press office.\nRead more at www.example.org/library today.\n";
		assertThat(furniture(text, "Mayor opens the new library", "Mayor opens the new library")).isTrue();
		assertThat(furniture(text, "Headline", "Mayor opens the new library")).isTrue();
		assertThat(Statement.isStatement("By Ann Lee")).isFalse();
		assertThat(furniture(text, "Headline", "Source: the city's press office.")).isTrue();
		assertThat(furniture(text, "Headline", "Read more at www.example.org/library today.")).isTrue();
		assertThat(furniture(text, "Headline", "The mayor opened the library on Monday.")).isFalse();
		assertThat(Statement.isStatement("Posted on : 2022-09-26 17:26 KST")).isFalse();
		assertThat(furniture("Text\nPosted on: June 3, 2020\n", "Text", "Posted on: June 3, 2020")).isTrue();
	}

	@Test
	void a_caption_that_is_a_whole_sentence_states_a_fact() {
		String text = "Boats return\n\nFishermen unload their catch at the harbour on May 2, 2021. (AP Photo)\n";
		assertThat(furniture(text, "Boats return",
				"Fishermen unload their catch at the harbour on May 2, 2021. (AP Photo)"))
			.isFalse();
	}

	private static boolean furniture(String text, String title, String sentence) {
		int at = text.indexOf(sentence);
		return Statement.isFurniture(text, new Sentence(at, at + sentence.length(), sentence), title);
	}

}
