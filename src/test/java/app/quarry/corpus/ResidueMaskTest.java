package app.quarry.corpus;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResidueMaskTest {

	@Test
	void the_clean_text_always_has_the_length_of_the_text() {
		String text = "A<sup>1</sup> b ![]() c <b>d</b>\nRelated stories\nSome headline\n";
		assertThat(ResidueMask.mask(text)).hasSize(text.length());
	}

	@Test
	void footnote_marks_are_blanked_with_their_number() {
		assertThat(ResidueMask.mask("a Summit.<sup>1</sup> I also"))
			.isEqualTo("a Summit." + " ".repeat(12) + " I also");
	}

	@Test
	void an_ordinal_suffix_in_sup_keeps_its_letters() {
		assertThat(ResidueMask.mask("January 29<sup>th</sup>, 2018")).isEqualTo("January 29     th      , 2018");
	}

	@Test
	void empty_image_links_and_table_bars_are_blanked() {
		assertThat(ResidueMask.mask("![]() |\nLetters help")).isEqualTo("       \nLetters help");
	}

	@Test
	void markdown_links_keep_their_words_only() {
		assertThat(ResidueMask.mask("see [the site](http://x.org) now"))
			.isEqualTo("see  the site" + " ".repeat(15) + " now");
	}

	@Test
	void page_furniture_lines_are_blanked() {
		String text = String.join("\n", "Posted on : 2018-09-10 16:59 KST Modified on : 2019-10-19 20:29 KST",
				"Please direct comments or questions to [english@hani.co.kr]",
				"button that move to original korean article (한겨레 원문으로 이동하는)", "image source from:washingtonexaminer",
				"Photo credit: Jane Doe/AP", "---", "Kept.");
		String clean = ResidueMask.mask(text);
		assertThat(clean.strip()).isEqualTo("Kept.");
	}

	@Test
	void a_related_stories_heading_and_its_headline_list_are_blanked_until_a_blank_line() {
		String text = "Body.\n\nRelated stories\nTrump says letter is warm\nKim meets Moon in Pyongyang\n\nMore body.";
		assertThat(ResidueMask.mask(text).replaceAll("\\s+", " ").strip()).isEqualTo("Body. More body.");
	}

	@Test
	void a_repeated_caption_line_is_blanked_the_second_time() {
		String text = "Leaders meet\nLeaders meet\nText.";
		assertThat(ResidueMask.mask(text)).isEqualTo("Leaders meet\n            \nText.");
	}

	@Test
	void ordinary_prose_is_untouched() {
		String text = "Trump said the letter was \"very warm\" [sic] and 3 < 4.\n";
		assertThat(ResidueMask.mask(text)).isEqualTo(text);
	}

	@Test
	void markup_at_the_start_of_a_line_is_found_after_markup_that_ended_the_line_before() {
		assertThat(ResidueMask.mask("Tides<br>\n> Quays rose.\n## Boats\n<i>Oars</i>"))
			.isEqualTo("Tides    \n  Quays rose.\n   Boats\n   Oars    ");
		assertThat(ResidueMask.mask("> Quays rose.")).isEqualTo("  Quays rose.");
	}

}
