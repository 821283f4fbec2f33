package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

/**
 * Post-match quotes and interview notes put a speaker's name on a line of its own, with
 * at most a bracketed team and a role after a comma, and the words in the next paragraph:
 * the quotation is the named person's. A line that is a clause or a caption names no
 * speaker.
 */
class SpeakerHeaderLinesTest {

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_name_with_a_bracketed_team_and_a_role_heads_the_quotation_below_it() {
		assertThat(quotes("Westria beat Acme in the final\n\nWestria won 2-1 on Sunday.\nPost match quotes\n"
				+ "Jane Roe (WES), Westria coach\n\"We kept our shape and gave them no room at all.\"\n"
				+ "John Doe (ACM), Acme goalkeeper\n\"It was a hard game and we came away with nothing.\"\n"))
			.containsExactly("Jane Roe :: We kept our shape and gave them no room at all.",
					"John Doe :: It was a hard game and we came away with nothing.");
	}

	@Test
	void a_bare_name_or_a_name_and_role_with_a_colon_heads_the_quotation_too() {
		assertThat(quotes("Acme opens a new plant\n\nAcme opened its plant in Upton on Monday.\n"
				+ "Mary Major, head of the Upton works:\n\"Every job here was filled by someone from the town.\"\n"
				+ "Peter Pan\n\"Nobody expected the plant to open before the spring.\"\n"))
			.containsExactly("Mary Major :: Every job here was filled by someone from the town.",
					"Peter Pan :: Nobody expected the plant to open before the spring.");
	}

	@Test
	void a_line_that_is_a_clause_or_a_caption_names_no_speaker() {
		assertThat(quotes("Upton wins the county cup\n\nUpton won the cup on Sunday.\n"
				+ "Sam Smith, who scored the winner\n\"This result means a great deal to the town and the fans.\"\n"
				+ "Lucy Lane in 2004\n\"Nobody in the club had seen a season like this before.\"\n"))
			.containsExactly("null :: This result means a great deal to the town and the fans.",
					"null :: Nobody in the club had seen a season like this before.");
	}

	@Test
	void words_that_go_on_after_the_closing_mark_are_no_quotation_under_a_header() {
		assertThat(quotes("Upton wins the county cup\n\nUpton won the cup on Sunday.\nSam Smith\n"
				+ "\"We did it for the town and the fans,\" the club said in a statement.\n"))
			.noneMatch(q -> q.startsWith("Sam Smith"));
	}

}
