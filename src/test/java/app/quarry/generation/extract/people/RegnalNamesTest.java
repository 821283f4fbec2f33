package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A monarch is called by the name he reigns under, after his title; that name is never
 * the surname of another person of the text.
 */
class RegnalNamesTest {

	@Test
	void a_king_named_after_his_title_is_no_one_who_bears_that_name_as_a_surname() {
		assertThat(roles("Ostland's Omar Haddad sought peace on another front. Also today, King Haddad of Norland"
				+ " arrived in Arvena to mediate the crisis."))
			.contains("Haddad | King of Norland")
			.noneMatch(line -> line.startsWith("Omar Haddad | King"));
	}

	@Test
	void the_realm_after_a_reigning_name_joins_the_title() {
		assertThat(roles("After a meeting with Queen Ilsa of Westria, the envoy said nothing."))
			.containsExactly("Ilsa | Queen of Westria");
		assertThat(roles("King Aldric said the talks had failed.")).containsExactly("Aldric | King");
	}

}
