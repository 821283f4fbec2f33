package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A country after "of" right behind a person's full name says where the person is from
 * ("behind Anna Lindqvist of Norway"), as the possessive before the name does, but only
 * where the country ends the phrase and the name reads as a person's. In sentences
 * written for the test.
 */
class CountriesAfterNamesTest {

	@Test
	void a_country_after_a_name_says_where_the_person_is_from() {
		assertThat(roles("The silver went to Anna Lindqvist of Norway."))
			.contains("Anna Lindqvist | someone from Norway");
		assertThat(roles("Peter Okello of Kenya will defend the title he won last year."))
			.contains("Peter Okello | someone from Kenya");
	}

	@Test
	void a_country_set_off_by_commas_or_taking_the_article_reads_the_same() {
		assertThat(roles("The race was won by Mary Nowak, of Poland, in record time."))
			.contains("Mary Nowak | someone from Poland");
		assertThat(roles("Anna de Vries of the Netherlands took gold. De Vries was delighted."))
			.contains("Anna de Vries | someone from the Netherlands");
	}

	@Test
	void a_country_that_starts_a_longer_name_or_owns_something_is_no_home() {
		assertThat(roles("The deal was agreed by John Hale of Kenya Airways."))
			.noneMatch(role -> role.endsWith("from Kenya"));
		assertThat(roles("The deal was agreed by Mary Berg of Britain's biggest bank."))
			.noneMatch(role -> role.contains("someone from Britain"));
	}

	@Test
	void a_pronoun_or_a_person_listed_before_tells_an_unknown_name_is_a_person() {
		assertThat(roles("On Sunday, Senait Haile of Eritrea will defend the crown she took last year."))
			.contains("Senait Haile | someone from Eritrea");
		assertThat(roles("He finished behind fellow Canadian Mark Dunne and Kofi Okafor of Ghana."))
			.contains("Kofi Okafor | someone from Ghana");
	}

	@Test
	void a_firm_with_a_country_after_it_is_no_person_from_it() {
		assertThat(roles("Shares were sold to Valmont Ricard of France. Valmont had bid for the brewer before."))
			.noneMatch(role -> role.contains("someone from France"));
		assertThat(roles("Shares were sold to Sorbet Holdings and Valmont Ricard of France, she said."))
			.noneMatch(role -> role.contains("someone from France"));
	}

}
