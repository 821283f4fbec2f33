package app.quarry.generation.extract.people;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A name inside an adverbial clause that opens the sentence does not speak the words the
 * main clause's speech verb hands over; a name or a pronoun heading the main clause does.
 */
class NamesInFrontedClausesTest {

	private static final String BEFORE = "Peter Lam was found near the pool on Sunday. He died in hospital. ";

	private static final String TEAM = "The team found the rock was light. ";

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"While Lam's colleagues declined to comment, a guard at the resort stated, \"It was over very fast and then the ambulance left.\"",
			"While Lam stayed silent, a guard at the resort said, \"It was over very fast and then everyone went home.\"",
			"Although Lam's family declined to comment, his former coach told reporters, \"He was the best swimmer I ever trained.\"",
			"After Lam, who was 40, left the pool, one lifeguard added: \"Nobody saw him go under the water that afternoon.\"",
			"Because Lam had no family nearby, a neighbour told the paper, \"We all looked after him as best we could.\"" })
	void a_name_in_the_adverbial_is_not_the_unnamed_speaker(String sentence) {
		assertThat(SeedDocuments.quotes(DocumentText.of(BEFORE + sentence)))
			.noneSatisfy(quote -> assertThat(quote).startsWith("Peter Lam :: "));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"While Doe's colleagues declined to comment, Jane Roe, a geologist at the lab, stated, \"It was over very fast.\"|Jane Roe",
			"When Mark Doe spoke to the press, he said, \"We were expecting a dense rock, but it was mostly dust and gravel.\"|Mark Doe",
			"As Mark Doe, a geologist and a friend of the team, told reporters: \"Nobody expected so much dust inside it.\"|Mark Doe" })
	void the_main_clauses_own_speaker_keeps_the_words(String sentence, String speaker) {
		assertThat(SeedDocuments.quotes(DocumentText.of(TEAM + sentence))).singleElement()
			.satisfies(quote -> assertThat(quote).startsWith(speaker + " :: "));
	}

}
