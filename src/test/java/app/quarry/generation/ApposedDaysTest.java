package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.quarry.bank.BankDocument;
import app.quarry.bank.BankQuestion;
import app.quarry.corpus.DocumentText;
import app.quarry.generation.extract.DateFinder;
import app.quarry.generation.extract.ExtractionContext;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApposedDaysTest {

	/**
	 * The typed date questions of a story written on {@code day}, after its title line.
	 */
	private static List<BankQuestion> typed(String day, String body) {
		String text = "Story\n\n" + body + "\n";
		DocumentText document = DocumentText.of(text);
		SourceDocument source = new SourceDocument(new BankDocument("d", "Story", day, null, null, "00"), text,
				document.sentences(),
				new DateFinder().find(document, new ExtractionContext("d", LocalDate.parse(day))));
		return QuestionGenerator.generate(List.of(source))
			.stream()
			.filter(q -> q.type().equals("date") && q.format().equals("typed"))
			.toList();
	}

	@Test
	void the_event_after_the_day_before_a_day_told_is_asked_as_the_day_after_it() {
		assertThat(typed("1999-05-07",
				"The courier was last seen Nov. 3, the day before the police issued a warrant in the case.\n"
						+ "Prices peaked on Oct. 12, the day before the stock market plunge, and fell for a week.\n"
						+ "The ferry left port on June 4, the day after the storm.\n"
						+ "The rebels struck on Aug. 2, the day before the peace talks."))
			.extracting(BankQuestion::prompt, BankQuestion::value)
			.contains(tuple("On what date did the police issue a warrant in the case?", "1998-11-04"),
					tuple("On what date was the stock market plunge?", "1998-10-13"),
					tuple("On what date was the storm?", "1999-06-03"),
					tuple("On what date were the peace talks?", "1998-08-03"));
	}

	@Test
	void an_event_whose_words_need_the_sentence_around_them_is_not_asked() {
		// "questioned him", "his election": whom, the question alone would not tell
		assertThat(typed("1999-05-07",
				"The courier was seen Nov. 3, the day before the police questioned him.\n"
						+ "The mayor spoke on Jan. 8, the day after his election."))
			.extracting(BankQuestion::value)
			.doesNotContain("1998-11-04", "1999-01-07");
	}

	@Test
	void the_day_before_with_no_day_told_just_before_it_is_no_apposition() {
		assertThat(typed("1999-05-07", "The courier arrived on the day before the storm."))
			.extracting(BankQuestion::prompt)
			.noneMatch(p -> p.startsWith("On what date was the storm"));
	}

}
