package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speaker shapes of British and sports copy: a speaker told by a title won ("said the
 * European indoor champion") who is the person the story is about; a quotation that
 * closes its own sentence followed by a sentence of the document's own, which tags
 * nothing; a rank written without stops ("Det Insp", "Cllr"); a body told by "the" and
 * its noun past a "which" clause; words a poster puts in a named mouth; and a name nearer
 * the speech verb than the sentence's subject.
 */
class BritishSpeakerTitlesAndTagsQuoteShapesTest {

	private static java.util.List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_title_won_after_the_story_named_its_subject_stands_for_that_person() {
		assertThat(quotes("Club rower Ada Pellow said the crew would cope if Bea Tarrant stayed home. \"We would love "
				+ "to have Bea in the boat,\" said the European sculling champion. \"But rowing is a team sport "
				+ "in the end.\""))
			.containsExactly("Ada Pellow :: We would love to have Bea in the boat",
					"Ada Pellow :: But rowing is a team sport in the end.");
	}

	@Test
	void a_title_won_opening_a_sentence_goes_on_from_the_person_who_spoke_before() {
		assertThat(quotes("Olympic 200m champion Tom Ashby will run in Glasgow on Friday. \"I am happy to be back in "
				+ "Scotland,\" he said. \"The crowd here always lifts me.\" The world champion says he is fit. "
				+ "\"I will be ready for anyone in the field on the night.\""))
			.contains("Tom Ashby :: The crowd here always lifts me.",
					"Tom Ashby :: I will be ready for anyone in the field on the night.");
	}

	@Test
	void a_title_won_with_two_people_in_play_is_asked_of_no_one() {
		assertThat(quotes("Tom Ashby beat Carl Rees in the final, and the world champion said: \"It was the hardest "
				+ "race of my whole life.\""))
			.containsExactly("null :: It was the hardest race of my whole life.");
	}

	@Test
	void a_title_won_after_a_subject_who_lost_to_another_is_asked_of_no_one() {
		assertThat(quotes("Ivo Marek lost to Sam Hurst in the final in Lyon on Sunday. \"It was the toughest game I "
				+ "have ever played,\" said the world champion."))
			.containsExactly("null :: It was the toughest game I have ever played");
		assertThat(quotes("Ivo Marek was beaten by Sam Hurst in the final in Lyon. \"It was the toughest game I "
				+ "have ever played,\" said the world champion."))
			.containsExactly("null :: It was the toughest game I have ever played");
	}

	@Test
	void an_office_is_not_taken_for_the_person_in_focus() {
		assertThat(quotes("Party chairman Ken Ollard said the plan was sound. Later the prime minister said: \"We "
				+ "will not give way on this point at all.\""))
			.doesNotContain("Ken Ollard :: We will not give way on this point at all.");
	}

	@Test
	void a_sentence_of_the_documents_own_after_a_closed_quotation_tags_nothing() {
		assertThat(quotes("\"We are glad to host the games,\" said Jane Holloway. \"We are ready for every visitor "
				+ "who comes to the city.\" The two committees will report back in May."))
			.containsExactly("Jane Holloway :: We are glad to host the games",
					"Jane Holloway :: We are ready for every visitor who comes to the city.");
	}

	@Test
	void a_short_tag_sentence_after_a_closed_question_still_names_the_speaker() {
		assertThat(quotes("The minister met farmers in York on Monday. \"Why should we wait any longer?\" Jane "
				+ "Holloway asked."))
			.containsExactly("Jane Holloway :: Why should we wait any longer?");
	}

	@Test
	void a_sentence_handing_over_to_its_own_quotation_tags_nothing_before_it() {
		assertThat(quotes("\"The phone is not quite ready yet,\" said analyst Rob Crane. \"It lacks the storage "
				+ "people want.\" Said Mr Crane: \"It is very much a first try.\""))
			.containsExactly("Rob Crane :: The phone is not quite ready yet",
					"Rob Crane :: It lacks the storage people want.", "Rob Crane :: It is very much a first try.");
	}

	@Test
	void a_rank_written_without_stops_is_no_part_of_the_speakers_name() {
		assertThat(quotes("Detective Inspector Sarah Kemble led the search. Det Insp Kemble said: \"We found the car "
				+ "in a lane near the river at dawn.\" Councillor Ray Dunmore opposed the plan. Cllr Dunmore said: "
				+ "\"The town does not need another car park.\""))
			.containsExactly("Sarah Kemble :: We found the car in a lane near the river at dawn.",
					"Ray Dunmore :: The town does not need another car park.");
	}

	@Test
	void a_tag_sentence_may_tell_where_the_words_were_said() {
		assertThat(quotes("The farmers met the minister in York. \"Who will pay for the new road?\" Jane Holloway "
				+ "asked during a meeting in the town hall of her village."))
			.containsExactly("Jane Holloway :: Who will pay for the new road?");
	}

	@Test
	void a_body_told_by_the_and_its_noun_keeps_its_words_past_a_which_clause() {
		assertThat(quotes("Acme Holdings will receive £20m from the club. The firm, which makes football boots, said "
				+ "it is \"looking at a number of new investment chances after this deal\"."))
			.containsExactly("null :: looking at a number of new investment chances after this deal");
		assertThat(quotes("The Rural Alliance held a rally in Leeds. The alliance said the new rules would prove "
				+ "\"impossibly hard to enforce\" and open to doubt."))
			.containsExactly("the alliance :: impossibly hard to enforce");
	}

	@Test
	void a_statement_which_quotes_someone_else_lends_no_speaker() {
		assertThat(quotes("A statement, which quoted a spokesman for the firm, said the plant would close. \"We regret "
				+ "the loss of so many jobs in the town.\""))
			.doesNotContain("a statement :: We regret the loss of so many jobs in the town.");
	}

	@Test
	void words_a_poster_puts_in_a_named_mouth_are_not_that_persons() {
		assertThat(
				quotes("The council printed a new leaflet on Monday. The leaflet depicts Mr Ralston holding a broom, "
						+ "saying: \"I will sweep the streets clean.\""))
			.containsExactly("null :: I will sweep the streets clean.");
	}

	@Test
	void a_name_nearer_the_speech_verb_than_the_subject_leaves_the_speaker_open() {
		assertThat(quotes("Mr Ralston kept quiet on Tuesday. He recalled how Peter Welby had in "
				+ "2001 complained about \"shabby backroom deals\"."))
			.hasSize(1)
			.doesNotContain("Ralston :: shabby backroom deals");
		assertThat(quotes("Jane Roe, who met Tom Lee on Monday, said the plan was \"dead in the water\"."))
			.containsExactly("Jane Roe :: dead in the water");
	}

}
