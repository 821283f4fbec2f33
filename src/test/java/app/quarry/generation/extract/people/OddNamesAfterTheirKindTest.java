package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A dotted name, a hashtag or a name in capitals right after the noun for an online place
 * or a record ("the Internet newsgroup rec.pets.ferrets") is that kind of thing.
 */
class OddNamesAfterTheirKindTest {

	private static List<String> things(String body) {
		return FoundThings.thingsInBody(new OddNamesAfterTheirKind(), body);
	}

	@Test
	void the_kind_noun_before_an_odd_name_says_what_it_is() {
		assertThat(things("Fans at the Internet newsgroup rec.pets.ferrets were angry about the ban."))
			.containsExactly("rec.pets.ferrets | an Internet newsgroup");
		assertThat(things("Police searched the database TRACKER, which several forces share."))
			.containsExactly("TRACKER | a database");
		assertThat(things("Posts on the forum #acmefans, mostly from teenagers, spread the rumour."))
			.containsExactly("#acmefans | a forum");
	}

	@Test
	void a_name_that_may_open_a_clause_or_a_plain_word_gives_nothing() {
		assertThat(things("Officers checked the database NORA keeps on every driver.")).isEmpty();
		assertThat(things("She wrote on the website about her trip.")).isEmpty();
		assertThat(things("He posted on the blog Sunshine, which closed in May.")).isEmpty();
	}

}
