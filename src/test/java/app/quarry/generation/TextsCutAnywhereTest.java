package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThatCode;

import app.quarry.cli.GenerateCommandAccess;
import app.quarry.corpus.CorpusDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A text may end anywhere: notes pasted half-way through a sentence, a file cut short, a
 * story that closes on a name with no full stop. Generation never fails on such an
 * ending, wherever it falls; the readers that look past a word find the text's end.
 */
class TextsCutAnywhereTest {

	private static final String STORY = "Harbour Vote Ends in Clashes\n\nTuesday, 14 March 2005\n\n"
			+ "Jane Roe of the Harbour Trust said on Monday that 1,200 people had signed the letter. "
			+ "\"We will not give up,\" said Tom Hale, a baker from Ostby, who joined the march. "
			+ "Halden's Mark Lund, the council's chief, told reporters that six were arrested and two "
			+ "were released, according to police spokesman Ivo Sarn. Her brother Prince Olav, 51, "
			+ "visited celebrity guests like Stan Vale and Rina Osk in the first half of 2004. "
			+ "The Westria Fund, which aims to foster growth, paid for it, wrote Jane Roe";

	@Test
	void a_story_cut_after_any_word_is_read_without_failing() {
		BankGeneration generation = new BankGeneration(GenerateCommandAccess.extractor());
		for (int end = STORY.indexOf("Jane"); end <= STORY.length(); end++) {
			if (end < STORY.length() && STORY.charAt(end) != ' ' && STORY.charAt(end) != ','
					&& STORY.charAt(end) != '"') {
				continue;
			}
			String text = STORY.substring(0, end);
			CorpusDocument document = new CorpusDocument("cut", "cut", "2005-03-14", null, null, text, "cut");
			assertThatCode(() -> generation.generate(List.of(document)))
				.as("text ending: …%s", text.substring(Math.max(0, text.length() - 40)))
				.doesNotThrowAnyException();
		}
	}

}
