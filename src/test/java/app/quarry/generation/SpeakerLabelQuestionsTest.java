package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.bank.BankDocument;
import app.quarry.bank.BankQuestion;
import app.quarry.corpus.DocumentText;
import app.quarry.generation.extract.Fact;
import app.quarry.generation.extract.people.PersonExtractor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A transcript's line naming its next speaker ("Jane Roe (WES), Westria coach") has no
 * verb and is no statement, yet it says who the speaker is: that is asked.
 */
class SpeakerLabelQuestionsTest {

	private static List<BankQuestion> questions(String text) {
		DocumentText document = DocumentText.of(text);
		List<Fact> facts = new ArrayList<>(new PersonExtractor().find(document, null));
		return QuestionGenerator
			.generate(List.of(new SourceDocument(new BankDocument("t", "T", "2024-01-01", null, null, "00"), text,
					document.sentences(), facts)));
	}

	@Test
	void a_speaker_line_of_a_transcript_asks_who_the_speaker_is() {
		String text = """
				The two coaches spoke after the semi-final in Upton.

				Nora Vale (WES), Westria coach

				"We played well and we deserved to win."
				""";
		assertThat(questions(text).stream().map(q -> q.format() + ": " + q.prompt() + " = " + q.answer()))
			.contains("flashcard: Who is Nora Vale? = Westria coach");
	}

	@Test
	void a_speaker_line_ending_in_a_colon_asks_who_the_speaker_is() {
		String text = """
				The two coaches spoke after the group match in Upton.

				Nora Vale (WES), Westria coach:

				"We kept our heads and we earned the points."
				""";
		assertThat(questions(text).stream().map(q -> q.format() + ": " + q.prompt() + " = " + q.answer()))
			.contains("flashcard: Who is Nora Vale? = Westria coach");
	}

}
