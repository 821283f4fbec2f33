package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotations whose sentence names someone who did not say them: the one spoken to in a
 * passive, a person named only after "by" before a "he" or "she" who goes on with someone
 * else, the adjective before a source's kind, a reporter's source, and the subject of a
 * clause that runs on into a quotation. Each in sentences written for the test; where the
 * sentence does not tell who spoke, the quotation has no speaker.
 */
class UnsaidSpeakerQuoteShapesTest {

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void the_subject_of_a_passive_speech_verb_was_spoken_to_and_is_no_speaker() {
		assertThat(quotes("Jane Roe was told by a nurse that the ward was a \"quiet and orderly place for the sick\"."))
			.containsExactly("null :: quiet and orderly place for the sick");
		assertThat(quotes("Tom Hale had been warned the new harbour wall was \"far too low to stop a winter storm\"."))
			.containsExactly("null :: far too low to stop a winter storm");
		assertThat(quotes("Ann Kerr was asked by reporters whether the board had \"any right to close the harbour\"."))
			.containsExactly("null :: any right to close the harbour");
		assertThat(quotes(
				"The two farmers were informed in writing that their fields were \"no longer fit for " + "grazing\"."))
			.containsExactly("null :: no longer fit for grazing");
		assertThat(quotes("Mary Poe was assured by officials that the bridge would be \"open again well before the "
				+ "summer\"."))
			.containsExactly("null :: open again well before the summer");
	}

	@Test
	void a_passive_still_gives_the_words_to_a_named_agent_or_to_a_subject_quoted_as_saying_them() {
		assertThat(quotes("Jim Lee was told by Mary Poe that the plan was \"too costly for a town this size\"."))
			.containsExactly("Mary Poe :: too costly for a town this size");
		assertThat(quotes("Tom Hale was quoted as saying \"we will be back next year for more of the same\"."))
			.containsExactly("Tom Hale :: we will be back next year for more of the same");
	}

	@Test
	void a_pronoun_after_someone_named_only_after_by_may_be_the_subject_in_focus_and_gets_no_answer() {
		assertThat(quotes("Jane Roe said, \"I am glad to be home.\" The Leeds-born singer was greeted at the station "
				+ "by the mayor and his wife, Mary Lee, along with some fans. \"I have dreamed of this day for years. "
				+ "I owe it all to you,\" she said."))
			.containsExactly("Jane Roe :: I am glad to be home.",
					"null :: I have dreamed of this day for years. I owe it all to you");
		assertThat(quotes("Lars Eide spoke first at the meeting. After being thanked by the chairman, Ole Rud, for "
				+ "his years of work, he said: \"I leave the harbour in better shape than I found it.\""))
			.containsExactly("null :: I leave the harbour in better shape than I found it.");
		assertThat(quotes("Lena Dahl was introduced to the crowd by the new coach, Eva Lund. \"I came here to win and "
				+ "nothing less will do for me,\" she said."))
			.containsExactly("null :: I came here to win and nothing less will do for me");
		assertThat(quotes("Anna Berg won the race in record time. The champion was handed the trophy by the club's "
				+ "president, Clara Voss. \"This is the best day of my life and I will never forget it,\" she said."))
			.containsExactly("null :: This is the best day of my life and I will never forget it");
		assertThat(quotes("Tom Hale defended the fees on Monday. When challenged by Jim Lee about the cost, he said "
				+ "that \"we have never charged anyone twice for the same visit,\" drawing laughter."))
			.containsExactly("null :: we have never charged anyone twice for the same visit");
	}

	@Test
	void a_pronoun_keeps_its_referent_when_that_person_came_into_focus_or_spoke_as_a_subject() {
		assertThat(quotes("The idea was first put forward by the painter Tom Hale. In 1850 he travelled along the "
				+ "coast, where he saw the old harbours fall apart. He wrote, \"a great harbour, kept by the nation, "
				+ "for every fisherman who needs it.\""))
			.containsExactly("Tom Hale :: a great harbour, kept by the nation, for every fisherman who needs it.");
		assertThat(quotes("Mary Lee was greeted by the mayor, Jane Roe. Roe then said, \"We are proud of everything "
				+ "she has done for the town.\""))
			.containsExactly("Jane Roe :: We are proud of everything she has done for the town.");
		assertThat(quotes("Tom Hale was thanked by the committee and by Jim Lee, who chaired it. \"It was an honour "
				+ "to serve the town for so long,\" he said."))
			.containsExactly("Tom Hale :: It was an honour to serve the town for so long");
	}

	@Test
	void a_source_after_according_to_is_the_name_its_kind_leads_to_not_the_adjective_before_the_kind() {
		assertThat(quotes("The harbour will close in May, \"for good this time\", according to Leeds news agency "
				+ "Harbour Wire."))
			.containsExactly("Harbour Wire :: for good this time");
		assertThat(quotes(
				"The mill will shut next year with \"no hope of a buyer\", according to Welsh daily Morgen " + "Post."))
			.containsExactly("Morgen Post :: no hope of a buyer");
		assertThat(quotes("The talks broke down over \"a matter of principle\", according to French state "
				+ "television channel Canal Nord."))
			.containsExactly("Canal Nord :: a matter of principle");
	}

	@Test
	void words_someone_named_is_reported_to_have_said_are_theirs_not_those_of_the_source_that_relays_them() {
		assertThat(quotes("Tom Hale said that Jane Roe sends the harbour staff \"warm regards\" according to Leeds "
				+ "news agency Harbour Wire."))
			.containsExactly("Tom Hale :: warm regards");
		assertThat(quotes(
				"Jim Lee said the bridge was \"in very poor repair\" according to Halden broadcaster " + "Canal Nord."))
			.containsExactly("Jim Lee :: in very poor repair");
		assertThat(quotes("Anna Berg told the court the loan was \"never meant to be repaid\" according to Welsh "
				+ "daily Morgen Post."))
			.containsExactly("Anna Berg :: never meant to be repaid");
		assertThat(quotes("Jim Lee said the bridge was \"in very poor repair\" according to Harbour Wire."))
			.containsExactly("Jim Lee :: in very poor repair");
	}

	@Test
	void words_that_carry_on_the_writers_clause_after_a_comma_are_not_its_subjects() {
		assertThat(quotes("Tom Hale had, before May 2001, been put through a series of tests, \"as part of a plan "
				+ "drawn up by an outside expert.\""))
			.containsExactly("null :: as part of a plan drawn up by an outside expert.");
		assertThat(quotes("Per the statement, Jane Roe died at about noon, \"surrounded by friends and colleagues. "
				+ "We have lost a good woman.\""))
			.containsExactly("null :: surrounded by friends and colleagues. We have lost a good woman.");
		assertThat(quotes(
				"Jim Lee spent the winter in the north, \"working every day on the boats of the fishing " + "fleet.\""))
			.containsExactly("null :: working every day on the boats of the fishing fleet.");
		assertThat(quotes(
				"Anna Berg was released last spring, \"without any charge ever being brought against " + "her.\""))
			.containsExactly("null :: without any charge ever being brought against her.");
	}

	@Test
	void words_a_comma_hands_over_as_words_of_their_own_or_after_a_speech_verb_keep_their_speaker() {
		assertThat(quotes("In his last letter, Jim Lee left this farewell, \"Look after the boats for me.\""))
			.containsExactly("Jim Lee :: Look after the boats for me.");
		assertThat(quotes("Tom Hale is a painter. He wrote, \"by some careful plan of the nation, a harbour "
				+ "for every town.\""))
			.containsExactly("Tom Hale :: by some careful plan of the nation, a harbour for every town.");
	}

	@Test
	void words_carrying_on_after_a_comma_but_tagged_by_a_pronoun_and_speech_verb_are_the_subjects() {
		assertThat(quotes("Tom Hale shrugged, \"and I would sail the same route again,\" he said."))
			.containsExactly("Tom Hale :: and I would sail the same route again");
		assertThat(quotes("Ann Kerr was calm, \"but nobody on the council listened to us,\" she added."))
			.containsExactly("Ann Kerr :: but nobody on the council listened to us");
	}

	@Test
	void a_name_that_closes_its_sentence_as_an_object_does_not_take_a_pronoun_from_the_subject() {
		assertThat(quotes(
				"Former mayor Ann Kerr released a statement on the passing of her \"old companion\" Mary Lee. She "
						+ "said \"Through those long winters she showed more courage than anyone I knew.\""))
			.containsExactly("null :: Through those long winters she showed more courage than anyone I knew.");
		assertThat(quotes("\"We will miss her,\" said Ann Kerr. She said \"Through those long winters she showed more "
				+ "courage than anyone I knew.\""))
			.containsExactly("Ann Kerr :: We will miss her",
					"Ann Kerr :: Through those long winters she showed more courage than anyone I knew.");
	}

	@Test
	void a_bare_surname_is_the_person_not_a_campaign_trust_or_prize_named_after_them() {
		assertThat(quotes(
				"Jane Roe, a campaigner, has died. Her passing was reported by the Roe Campaign for Safer Roads. "
						+ "In 2001 the group became known as the Roe Campaign in tribute of both Jane and Tom. Roe said \"the "
						+ "happiest hour of our long marriage\" came in 1994, when the law was signed."))
			.containsExactly("Jane Roe :: the happiest hour of our long marriage");
		for (String kind : List.of("Trust", "Prize", "Award", "Campaign")) {
			assertThat(quotes("Tom Hale, a teacher, has died. His passing was reported by the Hale " + kind
					+ " for Young Readers. The group became known as the Hale " + kind + " in honour of his work. Hale "
					+ "said \"the best day of my life\" was the day the first school opened."))
				.containsExactly("Tom Hale :: the best day of my life");
		}
	}

	@Test
	void a_body_set_off_after_its_kind_in_a_speakers_of_phrase_is_where_the_speaker_comes_from() {
		assertThat(quotes("Jim Lee of the British sailing club, Harbour Blue, said: \"We are very pleased with the "
				+ "result of the vote and hope for more.\""))
			.containsExactly("Jim Lee :: We are very pleased with the result of the vote and hope for more.");
		assertThat(quotes("Anna Berg, of the local farmers union, Green Fields, said: \"We are very pleased with the "
				+ "result of the vote and hope for more.\""))
			.containsExactly("Anna Berg :: We are very pleased with the result of the vote and hope for more.");
		assertThat(quotes("Ole Rud of the Halden rowing association, Blue Oars, told reporters: \"We are very pleased "
				+ "with the result of the vote and hope for more.\""))
			.containsExactly("Ole Rud :: We are very pleased with the result of the vote and hope for more.");
		assertThat(quotes("Ben Hale of the British boat owners organization, Greywall, said: \"We are truly glad "
				+ "the council has listened.\""))
			.containsExactly("Ben Hale :: We are truly glad the council has listened.");
		assertThat(quotes("Anna Berg, of the farmers union, Greenfield, told reporters: \"We are very pleased with the "
				+ "result of the vote and hope for more.\""))
			.containsExactly("Anna Berg :: We are very pleased with the result of the vote and hope for more.");
	}

	@Test
	void a_paper_or_body_named_as_the_agent_of_a_passive_speech_verb_gave_the_words_not_the_subject() {
		assertThat(quotes("Jane Roe published her memoir in 1986, described by the Harbour Gazette as largely \"a tale "
				+ "of two stubborn families.\""))
			.containsExactly("the Harbour Gazette :: a tale of two stubborn families.");
		assertThat(quotes(
				"The new bridge, praised by Acme Engineering as \"the finest in the north\", opened on " + "Monday."))
			.containsExactly("Acme Engineering :: the finest in the north");
		assertThat(quotes("Tom Hale said by telephone that the plan was \"a very good start for the town\"."))
			.containsExactly("Tom Hale :: a very good start for the town");
	}

}
