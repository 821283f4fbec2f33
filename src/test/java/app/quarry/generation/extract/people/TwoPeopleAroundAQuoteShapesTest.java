package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sentences that name two people around a quote, only one of whom spoke: the one quoted
 * by a reporter, the name a "who" stands for, the owner of a claim, those told, a
 * relative or colleague named only to place the speaker, and the one who heard the words.
 * Where the sentence does not tell who spoke, no one is answered.
 */
class TwoPeopleAroundAQuoteShapesTest {

	private static java.util.List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void words_someone_is_quoted_as_saying_are_the_quoted_persons() {
		assertThat(quotes(
				"Senator Lucy Hart quoted Arthur Penn as saying the dam was \"a waste of everybody's " + "money\"."))
			.containsExactly("Arthur Penn :: a waste of everybody's money");
		assertThat(quotes(
				"The Evening Star quoted Penn's deputy, Owen Blake, as saying: \"The governor was " + "misquoted.\""))
			.containsExactly("Owen Blake :: The governor was misquoted.");
		assertThat(quotes("Lucy Hart cited Owen Blake as having said the plan was \"dead in the water\"."))
			.containsExactly("Owen Blake :: dead in the water");
	}

	@Test
	void words_an_unnamed_source_is_quoted_as_saying_have_no_speaker() {
		assertThat(quotes(
				"A local paper quoted an unnamed official as saying the stadium was \"years behind " + "schedule\"."))
			.containsExactly("null :: years behind schedule");
	}

	@Test
	void a_speech_verb_after_who_belongs_to_the_name_who_stands_for() {
		assertThat(quotes("Linda Moore was backed by fisherman Jack Reid, who said: \"I have not caught a salmon "
				+ "here in five years.\""))
			.containsExactly("Jack Reid :: I have not caught a salmon here in five years.");
		assertThat(quotes(
				"Councillor Peter Lamb criticised Derek Fry, who had said: \"The park will pay for " + "itself.\""))
			.containsExactly("Derek Fry :: The park will pay for itself.");
		assertThat(quotes("Derek Fry was supported by Hannah Stone, a councillor, who said the park was \"overdue "
				+ "by twenty years\"."))
			.containsExactly("Hannah Stone :: overdue by twenty years");
	}

	@Test
	void a_who_after_a_name_some_other_noun_is_told_of_is_never_the_main_clause_subject() {
		assertThat(quotes("Mayor Tom Hale met the widow of Ned Lutz, who said: \"He was a kind man and the whole "
				+ "town misses him.\""))
			.noneMatch(q -> q.startsWith("Tom Hale") || q.startsWith("Ned Lutz"));
		assertThat(quotes("Jane Roe spoke with Carl Voss, who said the plant would close \"before the end of the "
				+ "coming winter\"."))
			.containsExactly("Carl Voss :: before the end of the coming winter");
		assertThat(quotes("Jane Roe thanked the nurses, who said they were \"simply doing the job we love\"."))
			.noneMatch(q -> q.startsWith("Jane Roe"));
	}

	@Test
	void the_words_of_a_claim_are_its_owners() {
		assertThat(quotes("Radio host Dave Shore read out Arthur Penn's remark that \"farmers will have to move\" "
				+ "and asked listeners to call in."))
			.containsExactly("Arthur Penn :: farmers will have to move");
	}

	@Test
	void everyone_in_a_list_after_a_verb_of_telling_is_spoken_to() {
		assertThat(quotes(
				"Ann Lowe, who chaired the talks, told Carl Brook and Jim Hart: \"Go home and think " + "about it.\""))
			.containsExactly("Ann Lowe :: Go home and think about it.");
		assertThat(quotes(
				"Captain Joe Wilde told Sam Price, Ali Khan and Tom Best: \"You are the future of this " + "club.\""))
			.containsExactly("Joe Wilde :: You are the future of this club.");
	}

	@Test
	void a_name_after_said_and_a_preposition_only_places_the_speaker() {
		assertThat(quotes("Ray Cooper was arrested on Monday. \"We are confident he will be cleared,\" said a "
				+ "friend of Cooper."))
			.doesNotContain("Ray Cooper :: We are confident he will be cleared");
		assertThat(quotes("\"The port is losing money every hour,\" said the chairman of Kelby Ports, Adam Frost."))
			.containsExactly("Adam Frost :: The port is losing money every hour");
	}

	@Test
	void the_one_told_after_a_quote_did_not_say_it() {
		assertThat(quotes("\"It means a great deal,\" Greg Hall was told by a volunteer."))
			.doesNotContain("Greg Hall :: It means a great deal");
		assertThat(quotes("\"This cannot go on,\" Adam Frost was warned by the harbour master, Joan Tate."))
			.containsExactly("Joan Tate :: This cannot go on");
	}

	@Test
	void someones_agent_speaks_for_them_but_is_not_them() {
		assertThat(quotes(
				"In a statement, Neil Archer's agent said: \"Neil has a hamstring injury and cannot " + "risk it.\""))
			.doesNotContain("Neil Archer :: Neil has a hamstring injury and cannot risk it.");
		assertThat(
				quotes("Miriam Ash's message, read out by Colin Webb, said: \"You are the heart of this " + "town.\""))
			.containsExactly("Miriam Ash :: You are the heart of this town.");
		assertThat(quotes("The plan drew mixed reactions, from praise by the mayor to Jane Roe's remarks calling it "
				+ "\"a reckless gamble with the town\"."))
			.containsExactly("Jane Roe :: a reckless gamble with the town");
	}

	@Test
	void words_another_named_person_phoned_to_say_are_not_the_reporters() {
		assertThat(quotes("Pete Lyle said Neil Archer had phoned him to say: \"I am gutted to miss it.\""))
			.doesNotContain("Pete Lyle :: I am gutted to miss it.");
	}

	@Test
	void the_one_heard_or_recalled_saying_something_said_it() {
		assertThat(quotes("Dean Hollis recalled paramedic Gina Ford saying: \"We will have you out in no time.\""))
			.containsExactly("Gina Ford :: We will have you out in no time.");
		assertThat(quotes("Mayor Jim Hale also answered his critics, such as councillor Tom Vane saying, \"Let us stop "
				+ "the name-calling and get on with the work.\""))
			.doesNotContain("Tom Vane :: Let us stop the name-calling and get on with the work.");
	}

	@Test
	void a_paper_told_before_a_colon_is_spoken_to() {
		assertThat(quotes("Council leader Terry Dunn told the Eastbury Echo: \"The door is open to everyone.\""))
			.containsExactly("Terry Dunn :: The door is open to everyone.");
	}

	@Test
	void words_according_to_someones_relative_are_not_theirs() {
		assertThat(quotes("Dean Hollis was trapped for hours. According to Hollis's wife, Carol, \"He has not "
				+ "slept since the crash.\""))
			.doesNotContain("Dean Hollis :: He has not slept since the crash.");
	}

	@Test
	void a_tag_reporting_that_someone_else_told_the_speaker_gives_the_words_to_no_one_named() {
		assertThat(quotes("\"Stay still and keep talking,\" Dean Hollis said a paramedic told him."))
			.doesNotContain("Dean Hollis :: Stay still and keep talking");
		assertThat(quotes("\"Stay still and keep talking,\" Dean Hollis said in a statement issued later."))
			.containsExactly("Dean Hollis :: Stay still and keep talking");
	}

	@Test
	void a_time_word_after_the_speech_verb_leaves_the_words_with_the_speaker_before_it() {
		assertThat(quotes("\"We will keep bread cheap for every family,\" Dean Hollis said today in remarks "
				+ "reported on the council website."))
			.containsExactly("Dean Hollis :: We will keep bread cheap for every family");
		assertThat(quotes("\"We will keep milk cheap for every family,\" Dean Hollis said yesterday in an "
				+ "interview published by the Upton Gazette."))
			.containsExactly("Dean Hollis :: We will keep milk cheap for every family");
		assertThat(quotes("\"Stay still and keep talking,\" Dean Hollis said today a paramedic told him."))
			.doesNotContain("Dean Hollis :: Stay still and keep talking");
	}

}
