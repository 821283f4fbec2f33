package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speakers that are not the nearest name: the relative a pronoun owns after "according
 * to", a crowd chanting, the name a "who" clause stands for before a participle, and a
 * bare title or office that only points back to someone named before.
 */
class OwnedSourcesCrowdsAndRelativeParticiplesQuoteShapesTest {

	private static java.util.List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void according_to_his_relative_is_never_the_one_his_stands_for() {
		assertThat(quotes("Tom Vale joined the army in May and soon refused an order. According to his mother, "
				+ "\"When they sent him to the border post, he walked off and went back to the farm.\""))
			.doesNotContain(
					"Tom Vale :: When they sent him to the border post, he walked off and went back to the farm.");
		assertThat(quotes("Acme shut two mills in June. According to its chairman, \"We could not keep paying "
				+ "for idle machines all year long.\""))
			.noneMatch(q -> q.startsWith("Acme ::"));
		assertThat(quotes("Jane Roe quit the board in April. According to her lawyer, \"She was pushed out by "
				+ "people who wanted the land for themselves.\""))
			.noneMatch(q -> q.startsWith("Jane Roe ::"));
	}

	@Test
	void according_to_their_own_statement_the_words_stay_theirs() {
		assertThat(quotes("Jane Roe quit the board in April. According to her statement, \"I leave with a heavy "
				+ "heart and many fond memories of the place.\""))
			.containsExactly("Jane Roe :: I leave with a heavy heart and many fond memories of the place.");
	}

	@Test
	void words_a_crowd_chants_are_no_one_person_s() {
		assertThat(quotes("During the rallies, marchers chanted \"bread and work for every family\" at the "
				+ "soldiers. Radio host Peter Blake called the marchers \"a brave new crowd\". These people \"lost "
				+ "their jobs and now want answers\", said Blake."))
			.noneMatch(q -> q.endsWith(":: bread and work for every family"));
		assertThat(quotes("Outside the hall the crowd chanted: \"Stop the mine, save the hills for our children.\" "
				+ "Jane Roe said later: \"We heard them loud and clear inside.\""))
			.noneMatch(q -> q.startsWith("Jane Roe :: Stop the mine"));
		assertThat(quotes("Striking workers were chanting \"fair pay now, fair pay for all\" as Acme boss Tom "
				+ "Vale arrived. \"I am here to listen,\" Vale said."))
			.noneMatch(q -> q.startsWith("Tom Vale :: fair pay"));
	}

	@Test
	void a_participle_after_a_who_clause_goes_on_with_the_name_the_who_stands_for() {
		assertThat(quotes("Late in April, Admiral Tom Grey raised the issue with Queen Ida of Southland, who "
				+ "pressed for new patrols to stop smuggling; stating: \"The risk of doing nothing is bigger than "
				+ "the risk of acting.\""))
			.containsExactly("Queen Ida :: The risk of doing nothing is bigger than the risk of acting.");
		assertThat(quotes("Jane Roe spoke by phone with Paul Kerr of Acme, who backed the deal, adding: \"We "
				+ "picked the best plan on the table today.\""))
			.containsExactly("Paul Kerr :: We picked the best plan on the table today.");
	}

	@Test
	void a_who_clause_closed_by_and_leaves_the_participle_to_the_main_clause() {
		assertThat(quotes("Mayor Ann Lund met the builder Paul Kerr, who had won the bid, and later spoke to the "
				+ "council, saying: \"We picked the best plan on the table today.\""))
			.noneMatch(q -> q.startsWith("Paul Kerr ::"));
		assertThat(quotes("Jack Bird, who was born in Leeds, spoke at the rally, saying: \"We will stay until "
				+ "the gates open.\""))
			.containsExactly("Jack Bird :: We will stay until the gates open.");
	}

	@Test
	void a_bare_office_or_title_is_no_answer_on_its_own() {
		assertThat(quotes("\"We are sorting every claim and filing them in a safe place,\" said the office of "
				+ "the Northland Premier in a note."))
			.noneMatch(q -> q.toLowerCase(java.util.Locale.ROOT).startsWith("the office ::"));
		assertThat(quotes("Grand Duke Leo Varga of Northland met the Acme board. Noting three failures, the "
				+ "Duke's verdict on the talks is \"Nobody will sign this year; the board is too afraid.\""))
			.noneMatch(q -> q.startsWith("the Duke ::") || q.startsWith("The Duke ::"));
	}

	@Test
	void he_or_she_never_stands_for_a_name_ending_in_a_place_word() {
		assertThat(quotes("A meeting in May with Trade Minister Jane Roe was the scene of sharp warnings. Alongside "
				+ "talks on rules for former Kestrel Bay Prison inmates, she called Acme the \"rotten core\" of the "
				+ "trade."))
			.noneMatch(q -> q.startsWith("Kestrel Bay"));
		assertThat(quotes("Tom Vale toured the wards on Monday. Staff at Northgate General Hospital greeted him, "
				+ "and he said: \"These nurses deserve far better pay than they get.\""))
			.containsExactly("Tom Vale :: These nurses deserve far better pay than they get.");
	}

	@Test
	void a_body_named_by_whose_it_is_after_the_verb_is_the_speaker() {
		assertThat(quotes("Officials are checking other parts and if so \"talks will be held to decide the next "
				+ "steps in the review\", said the Westrian transport ministry in a statement."))
			.containsExactly(
					"Westrian transport ministry :: talks will be held to decide the next steps in the review");
		assertThat(quotes("\"We will publish every finding as soon as the engineers sign it off,\" said the "
				+ "Eastmark health ministry on Monday."))
			.containsExactly(
					"Eastmark health ministry :: We will publish every finding as soon as the engineers sign it off");
	}

}
