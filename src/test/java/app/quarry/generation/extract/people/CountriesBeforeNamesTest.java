package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A country in the possessive before a person's full name says where the person is from
 * ("Norway's Anna Lindqvist won"), but only where the name reads as a person's: business
 * news owns its firms by country the same way. In sentences written for the test.
 */
class CountriesBeforeNamesTest {

	@Test
	void a_country_before_a_known_given_name_says_where_the_person_is_from() {
		assertThat(roles("The silver went to Norway's Anna Lindqvist."))
			.containsExactly("Anna Lindqvist | someone from Norway");
		assertThat(roles("She finished ahead of Kenya's Peter Okello and Poland's Mary Nowak."))
			.containsExactly("Peter Okello | someone from Kenya", "Mary Nowak | someone from Poland");
	}

	@Test
	void a_name_the_document_calls_by_its_surname_reads_as_a_person() {
		assertThat(roles("Sri Lanka's Tavi Perera set a new record. Perera was delighted."))
			.containsExactly("Tavi Perera | someone from Sri Lanka");
	}

	@Test
	void a_country_that_takes_the_article_keeps_it() {
		assertThat(roles("The Netherlands' Anna de Vries took gold."))
			.containsExactly("Anna de Vries | someone from the Netherlands");
		assertThat(roles("The US's John Hale took gold.")).containsExactly("John Hale | someone from the US");
	}

	@Test
	void a_firm_owned_by_its_country_is_no_person_from_it() {
		assertThat(roles("A bid is expected from France's Valmont Ricard. Valmont tried to buy the brewer last year."))
			.isEmpty();
		assertThat(roles("Germany's Nordhaus Telemark said profits rose.")).isEmpty();
	}

	@Test
	void a_country_inside_a_longer_name_owns_nobody() {
		assertThat(roles("The Bank of France's Jean Moreau said rates would rise. Moreau said more."))
			.noneMatch(role -> role.contains("someone from France"));
		assertThat(roles("Acme France's Jean Moreau said rates would rise. Moreau said more."))
			.noneMatch(role -> role.contains("someone from France"));
	}

	@Test
	void where_someone_is_from_leaves_a_later_description_theirs() {
		assertThat(roles("Norway's Anna Lindqvist won the 60m in Oslo. Lindqvist finished well ahead of Sweden's "
				+ "Mary Berg in 7.1 seconds. The world indoor champion said: \"I was ill on the way here.\""))
			.contains("Anna Lindqvist | world indoor champion");
	}

}
