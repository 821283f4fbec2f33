package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * People named by a noun for their kind that is no title (a case's "burglar", a ward's
 * "patient", a club's "boss"), plural kinds before a list of names, roles owned by a
 * group named by its kind, and where someone comes from after "from"; each in an invented
 * sentence.
 */
class PeopleNamedByKindShapesTest {

	@Test
	void a_person_noun_no_title_list_holds_before_a_name_is_a_role() {
		assertThat(roles("The ruling follows the case of cancer patient Olga Brandt, who died last year."))
			.contains("Olga Brandt | cancer patient");
		assertThat(roles("On Friday former Acme boss Ivan Petrov began his testimony."))
			.contains("Ivan Petrov | former Acme boss");
		assertThat(roles("The show is hosted by Harbour Radio DJ Maria Stenton."))
			.contains("Maria Stenton | Harbour Radio DJ");
		assertThat(roles("Police said murder suspect Dale Emery had fled.")).contains("Dale Emery | murder suspect");
	}

	@Test
	void an_age_written_without_hyphens_opens_the_description() {
		assertThat(roles("A farmer was jailed for killing 17 year old burglar Tom Heston in 1997."))
			.contains("Tom Heston | 17 year old burglar");
		assertThat(roles("A farmer was jailed for killing 17-year-old burglar Tom Heston in 1997."))
			.contains("Tom Heston | 17-year-old burglar");
	}

	@Test
	void a_word_that_is_also_a_verb_needs_a_qualifier_to_be_a_role() {
		assertThat(roles("The guards were told to suspect Dale Emery of everything.")).isEmpty();
		assertThat(roles("Officers will guard Dale Emery overnight.")).isEmpty();
	}

	@Test
	void a_plural_person_noun_before_a_list_gives_each_name_its_kind() {
		assertThat(roles("Team mates Alan Birch, Carl Dunne and Evan Fisk were given medals."))
			.contains("Alan Birch | team mate", "Carl Dunne | team mate", "Evan Fisk | team mate");
		assertThat(roles("Compatriots Omar Haddad and Sami Rafik will race against him in May."))
			.contains("Omar Haddad | compatriot", "Sami Rafik | compatriot");
		assertThat(roles("The sprinter and his team mates Alan Birch and Carl Dunne were honoured."))
			.contains("Alan Birch | team mate", "Carl Dunne | team mate");
	}

	@Test
	void a_role_owned_by_a_group_named_by_its_kind_is_set_off_before_the_name() {
		assertThat(roles("The ban also covers the sprinters' controversial coach, Rui Costa."))
			.contains("Rui Costa | the sprinters' controversial coach");
		assertThat(roles("The ban also covers the sprinters’ coach, Rui Costa."))
			.contains("Rui Costa | the sprinters’ coach");
	}

	@Test
	void where_someone_comes_from_after_from_set_off_before_a_speech_verb() {
		assertThat(roles("Jim Parton, from Fathers Together, said the plans lacked force."))
			.contains("Jim Parton | someone from Fathers Together");
		assertThat(roles("Kenji Mori, from Sanwa's Robotics Research Laboratory, said: \"We aimed for balance.\""))
			.contains("Kenji Mori | someone from Sanwa's Robotics Research Laboratory");
	}

	@Test
	void a_body_after_a_noun_for_its_kind_is_where_someone_comes_from() {
		assertThat(roles("Omar Bello, from the campaign group Parents First, said it was a disappointment."))
			.contains("Omar Bello | someone from the campaign group Parents First");
		assertThat(roles("Lena Ruiz of IT firm Datalink said customers want more."))
			.contains("Lena Ruiz | someone from IT firm Datalink");
	}

	@Test
	void a_body_s_initials_in_the_possessive_before_a_name_are_where_the_person_works() {
		assertThat(roles("The NTF's Andrea Willis said there were far too few inspectors."))
			.contains("Andrea Willis | someone from NTF");
		assertThat(roles("The UK's Andrea Willis won the race.")).doesNotContain("Andrea Willis | someone from UK");
		assertThat(roles("He told the BTC's World Money Hour that rates would rise.")).isEmpty();
	}

}
