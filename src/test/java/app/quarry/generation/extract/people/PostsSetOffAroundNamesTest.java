package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A post set off by commas on both sides of a name, before or after it, in the shapes a
 * writer takes from headlines and briefings: a post with no article that opens the
 * sentence, a post whose noun a speech verb's spelling qualifies, a post owned by a body
 * written with the noun of its kind, and a British "co-" hyphen.
 */
class PostsSetOffAroundNamesTest {

	@Test
	void a_post_with_no_article_opening_the_sentence_is_the_role_of_the_name_set_off_after_it() {
		assertThat(FoundRoles.roles("Deputy director for Europe at Acme Relief, Jane Roe, said the talks had stalled."))
			.contains("Jane Roe | deputy director for Europe at Acme Relief");
		assertThat(FoundRoles.roles("Head of research at Northwind Labs, Tom Doe, told reporters the data was sound."))
			.contains("Tom Doe | head of research at Northwind Labs");
		assertThat(FoundRoles.roles("Chief executive of Acme Foods, Ann Roe, warned that sales would fall."))
			.contains("Ann Roe | chief executive of Acme Foods");
		assertThat(FoundRoles.roles("Senior spokesman for the Norland Rail Board, Pat Lee, declined to comment."))
			.contains("Pat Lee | senior spokesman for the Norland Rail Board");
		assertThat(FoundRoles.roles("Mayor of Eastford, Lena Park, opened the bridge on Monday."))
			.contains("Lena Park | mayor of Eastford");
	}

	@Test
	void an_opening_phrase_that_is_no_post_gives_the_name_no_role() {
		assertThat(FoundRoles.roles("Without a director, Jane Roe, the acting head, ran the museum."))
			.noneMatch(role -> role.contains("without"));
		assertThat(FoundRoles.roles("Quietly, Tom Doe, a clerk, said he would resign."))
			.noneMatch(role -> role.startsWith("Tom Doe | quietly"));
		assertThat(FoundRoles.roles("Earlier this week, Ann Roe, a nurse, said she would strike."))
			.noneMatch(role -> role.equals("Ann Roe | earlier this week"));
		assertThat(FoundRoles.roles("Director of the museum, Pat Lee and Ann Roe met the donors."))
			.noneMatch(role -> role.startsWith("Pat Lee |"));
	}

	@Test
	void a_speech_verbs_spelling_after_an_article_is_part_of_the_post() {
		assertThat(FoundRoles.roles("The state governor, John Doe, said the damage was severe."))
			.contains("John Doe | the state governor");
		assertThat(FoundRoles.roles("In a briefing, the state treasurer, Ann Roe, warned of cuts."))
			.contains("Ann Roe | the state treasurer");
		assertThat(FoundRoles.roles("Reporters asked the state senator, Tom Doe, about the vote."))
			.contains("Tom Doe | the state senator");
	}

	@Test
	void a_post_owned_by_a_body_written_with_its_kind_is_the_role_after_the_name() {
		assertThat(FoundRoles.roles(
				"Jane Roe, The Daily Bugle newspaper's star cartoonist, said on the radio that the suit was absurd."))
			.contains("Jane Roe | The Daily Bugle newspaper's star cartoonist");
		assertThat(FoundRoles.roles("Tom Doe, Northwind Ledger newspaper's chief editor, said the paper would fight."))
			.contains("Tom Doe | Northwind Ledger newspaper's chief editor");
		assertThat(FoundRoles.roles("Ann Roe, Acme Steel company's finance chief, resigned on Friday."))
			.contains("Ann Roe | Acme Steel company's finance chief");
		assertThat(FoundRoles.roles("Lee Park, Harbour Times magazine's fashion writer, called the show a triumph."))
			.contains("Lee Park | Harbour Times magazine's fashion writer");
	}

	@Test
	void a_body_owning_a_post_is_neither_a_person_nor_the_speaker() {
		assertThat(
				FoundRoles.roles("Jane Roe, Daily Bugle newspaper's star cartoonist, said on the radio it was absurd."))
			.noneMatch(role -> role.startsWith("Daily Bugle |"));
	}

	@Test
	void a_british_co_hyphen_makes_the_role_it_shares() {
		assertThat(FoundRoles.roles("Jane Roe, co-ordinator of Acme Relief in Norland, expressed concern."))
			.contains("Jane Roe | co-ordinator of Acme Relief in Norland");
		assertThat(FoundRoles.roles("Tom Doe, co-host of the Morning Hour, laughed at the joke."))
			.contains("Tom Doe | co-host of the Morning Hour");
	}

}
