package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.bank.BankDocument;
import app.quarry.bank.BankQuestion;
import app.quarry.corpus.DocumentText;
import app.quarry.generation.extract.ExtractionContext;
import app.quarry.generation.extract.Fact;
import app.quarry.generation.extract.people.QuoteExtractor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A short question someone asked is their words, not a title: a lower-case word a title
 * would capitalise ("bid") tells them apart, while a title's small words do not.
 */
class ShortQuestionQuoteTest {

	static final String REPORT = """
			Brokers wait for an offer

			Brokers in Toronto waited all day for an offer. "Where's the bid?" asked Paul Dufresne, a broker.
			The campaign, known as "Back to the Mill", collected eight thousand signatures.
			""";

	private static List<BankQuestion> questions() {
		DocumentText text = DocumentText.of(REPORT);
		List<Fact> facts = new ArrayList<>(new QuoteExtractor().find(text, new ExtractionContext("bid", null)));
		SourceDocument document = new SourceDocument(new BankDocument("bid", "Bid", "1989-11-02", null, null, "00"),
				REPORT, text.sentences(), facts);
		return QuestionGenerator.generate(List.of(document)).stream().filter(q -> q.type().equals("quote")).toList();
	}

	@Test
	void a_short_question_with_a_lower_case_word_is_asked_as_the_speakers_words() {
		assertThat(questions()).filteredOn(q -> q.format().equals("typed"))
			.extracting(BankQuestion::prompt, BankQuestion::answer)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("Who used the words “Where's the bid?”?", "Paul Dufresne"));
	}

	@Test
	void a_title_with_only_its_small_words_in_lower_case_is_not_asked() {
		assertThat(questions()).noneMatch(q -> q.prompt().contains("Back to the Mill"));
	}

}
