package app.quarry.generation.extract.people;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone set off by an age or by an apposition naming a kind of person, and then
 * speaking, is a person by that name: a lone rare word ("Mirwani, 31, says") is a name a
 * later "he said" can stand for, and a capitalised word that opens such a sentence
 * ("Said", "Will") is part of the name, not a verb or a common word.
 */
class SubjectsSetOffBeforeSpeakingTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"A ferry sank on Sunday. Police chief Tom Vale said the crew had fled. Mirwani, 31, says he clung to a crate when the ferry tipped over. \"The port should have stopped the ferry,\" he said.|Mirwani",
			"A dam burst on Monday. Mayor Mark Doe said nobody was hurt. Kamaruddin, 40, told reporters he lost his house. \"We have nothing left now,\" he said.|Kamaruddin",
			"A bomb went off on Sunday. Police chief Mark Doe said the van was stolen. Said Hamid, a shopkeeper near the market, said the guards had tried to stop the van. \"Two guards ran at the van and shouted at the driver,\" said he.|Said Hamid",
			"A bomb went off on Sunday. Police chief Mark Doe said the van was stolen. Will Bryce, a witness of the blast, said the guards had fired. \"They shot at the tyres,\" he said.|Will Bryce",
			"A storm hit Westria. Mayor Tom Vale said the roads were shut. Rich Dunmore, 52, says he lost his barn. \"The wind took the roof off in a second,\" he said.|Rich Dunmore" })
	void a_person_set_off_before_speaking_is_the_later_speaker(String text, String speaker) {
		assertThat(SeedDocuments.quotes(DocumentText.of(text))).last()
			.satisfies(quote -> assertThat(quote).startsWith(speaker + " :: "));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			// a body set off by what it is stays a body: no "he" stands for it
			"A storm hit Westria. Westmark, a maker of roof tiles, said sales had doubled. \"We have never been so busy,\" he said.",
			// no speech after the apposition: nothing shows the word is a person's name
			"A storm hit Westria. Dunmore, a town of farmers, lost its bridge. \"The wind took the roof off in a second,\" he said." })
	void a_word_set_off_by_no_person_is_no_speaker(String text) {
		assertThat(SeedDocuments.quotes(DocumentText.of(text))).last()
			.satisfies(quote -> assertThat(quote).startsWith("null :: "));
	}

}
