package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.bank.Bank;
import app.quarry.bank.BankQuestion;
import app.quarry.cli.GenerateCommandAccess;
import app.quarry.corpus.CorpusDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A quote's speaker is named the way the story that quotes them names them: a story that
 * only says "Hansen" does not borrow the full name another story gives a Hansen, who may
 * be someone else; and no question offers two forms of one name among its options.
 */
class SpeakerNameFormTest {

	private static CorpusDocument document(String id, String text) {
		return new CorpusDocument(id, id, "2000-05-05", null, null, text, id);
	}

	private static final Bank BANK = new BankGeneration(GenerateCommandAccess.extractor()).generate(List.of(
			document("ruling", "President Speaks on Harbor Ruling\n\nMay 05, 2000\n\n"
					+ "President Hansen said on Friday that the judges had followed the law in the harbor case.\n"
					+ "``I believe the judges followed the law in this case,'' Hansen said.\n"),
			document("bridge",
					"Mayor Opens New Bridge\n\nMay 06, 2000\n\n"
							+ "Karl Hansen, the mayor of Kessel, opened the new bridge on Saturday.\n"
							+ "``This bridge joins two towns that were always one,'' Karl Hansen said.\n"
							+ "``We waited for it for twenty years,'' said Greta Olsen, who runs the ferry.\n")));

	private static List<BankQuestion> quoteQuestions(String document) {
		return BANK.questions()
			.stream()
			.filter(q -> q.type().equals("quote") && q.source().document().equals(document))
			.toList();
	}

	@Test
	void a_story_naming_its_speaker_by_surname_alone_keeps_the_surname() {
		assertThat(quoteQuestions("ruling")).isNotEmpty().allSatisfy(q -> assertThat(q.answer()).isEqualTo("Hansen"));
	}

	@Test
	void a_story_giving_the_full_name_keeps_the_full_name() {
		assertThat(quoteQuestions("bridge")).extracting(BankQuestion::answer).contains("Karl Hansen");
	}

	@Test
	void no_options_give_a_second_form_of_the_answers_name() {
		assertThat(BANK.questions())
			.allSatisfy(q -> assertThat(q.options()
				.stream()
				.filter(option -> !option.equals(q.answer())
						&& (option.endsWith(" " + q.answer()) || q.answer().endsWith(" " + option))))
				.as(q.id())
				.isEmpty());
	}

}
