package app.quarry.generation.extract.people;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The title of a story, a book or a headline, and words inside what a sentence, a line or
 * a sign of some text says, are a piece of writing, not anyone's speech: no one is asked
 * about as having said them. Speech right after a statement, or by the writer of a piece,
 * stays speech.
 */
class WrittenPiecesQuotedTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"In an interview, editor Tom Vale recalled a case in which a Westria paper reprinted a story from the Gazette, copied word for word, headlined \"Mayor threatens to move city hall to the moon\".",
			"Editor Tom Vale said the paper once ran a story \"Mayor threatens to move city hall to the moon\" by mistake.",
			"Tom Vale wrote a piece under the headline \"Mayor threatens to move city hall to the moon\" last year.",
			"Editor Tom Vale said the paper ran a headline, \"Mayor threatens to move city hall to the moon\", last year.",
			"The Westria Post copied the story word for word, leaving out part of a sentence saying the mayor was \"a man who has never once paid his parking fines on time\".",
			"Jane Roe said the Post had cut a line saying the mayor was \"a man who has never once paid his parking fines on time\".",
			"Protesters outside the hall held a banner reading \"No more cuts to the bus routes in the north of the city\".",
			"Jane Roe's new book \"How I learned to stop worrying and love the council\" is out in May." })
	void a_written_piece_is_nobodys_speech(String sentence) {
		assertThat(SeedDocuments.quotes(DocumentText.of("The Gazette printed a spoof on Monday. " + sentence)))
			.isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Jane Roe issued a statement saying \"We will fight this ruling in every court in the land.\"|Jane Roe",
			"Tom Vale told the story again: \"I was ten when the river took our house and all we had.\"|Tom Vale",
			"Jane Roe sent a message saying \"We are safe and will be home as soon as the roads open.\"|Jane Roe" })
	void speech_by_the_subject_stays_speech(String sentence, String speaker) {
		assertThat(SeedDocuments.quotes(DocumentText.of("The Gazette printed a spoof on Monday. " + sentence)))
			.singleElement()
			.satisfies(quote -> assertThat(quote).startsWith(speaker + " :: "));
	}

}
