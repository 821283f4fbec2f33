package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

/**
 * Two initials written together open a name ("J.L. Roe"), while the abbreviations of the
 * same shape that stand for places and bodies do not.
 */
class JoinedInitialsTest {

	@Test
	void two_joined_initials_open_a_name_that_speaks_and_holds_a_title() {
		assertThat(SeedDocuments.quotes(DocumentText.of("\"We find, as a long settled matter, that the canal "
				+ "freezes every winter,\" wrote Judge T.R. Hallbrook, for the whole bench.")))
			.containsExactly(
					"T.R. Hallbrook :: We find, as a long settled matter, that the canal freezes every winter");
	}

	@Test
	void abbreviations_of_places_and_bodies_are_no_initials() {
		assertThat(JoinedInitials.are("J.L.")).isTrue();
		assertThat(JoinedInitials.are("U.S.")).isFalse();
		assertThat(JoinedInitials.are("N.Y.")).isFalse();
		assertThat(JoinedInitials.are("U.N.")).isFalse();
		assertThat(JoinedInitials.are("J.")).isFalse();
		assertThat(SeedDocuments.quotes(DocumentText.of("\"The talks are over,\" said U.S. Ambassador Tom Hale.")))
			.containsExactly("Tom Hale :: The talks are over");
	}

}
