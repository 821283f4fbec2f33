package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The common ways news prose tells who a named person is, and the sentences that tell
 * nothing of it: what must be answered and what must give no description.
 */
class PeopleDescribedInNewsProseTest {

	@Test
	void a_title_with_its_organisation_before_the_name_describes_the_person() {
		assertThat(roles("Acme chief executive Jane Roe announced a new factory on Tuesday."))
			.contains("Jane Roe | Acme chief executive");
		assertThat(roles("Former deputy mayor Harold Quill welcomed the decision."))
			.contains("Harold Quill | Former deputy mayor");
	}

	@Test
	void an_apposition_after_the_name_describes_the_person() {
		assertThat(roles("Tom Barker, spokesman for the transport department, blamed the weather."))
			.contains("Tom Barker | spokesman for the transport department");
		assertThat(roles("Oliver Grant, who is Acme's lawyer, said the ruling would be appealed."))
			.contains("Oliver Grant | Acme's lawyer");
	}

	@Test
	void a_noun_for_a_kind_of_person_opening_the_sentence_describes_the_name_after_it() {
		assertThat(roles("Midwife Jane Roe said the baby was well.")).contains("Jane Roe | midwife");
		assertThat(roles("Plumber Jane Roe said the pipes had burst.")).contains("Jane Roe | plumber");
		assertThat(roles("Neighbour Rita Vance said the couple had lived there for years."))
			.contains("Rita Vance | neighbour");
	}

	@Test
	void coroners_magistrates_and_head_teachers_are_posts_like_any_other() {
		assertThat(roles("Coroner Edward Lyle opened an inquest on Monday.")).contains("Edward Lyle | Coroner");
		assertThat(roles("Jane Roe, the coroner, said the inquest would resume.")).contains("Jane Roe | the coroner");
		assertThat(roles("Headteacher Alison Drew said pupils were shocked.")).contains("Alison Drew | Headteacher");
	}

	@Test
	void a_past_tense_after_a_name_set_off_by_commas_is_the_sentences_verb_not_a_description() {
		assertThat(roles("Their son, Mark Tamm, paid tribute to his father."))
			.noneMatch(line -> line.contains("tribute"));
		assertThat(roles("Their lawyer, Jane Roe, gave evidence to the judge."))
			.noneMatch(line -> line.contains("evidence"));
	}

	@Test
	void his_is_nobodys_in_particular_once_two_men_were_named_before_it() {
		String text = "The driver, named locally as Colin Frye, was 34. His brother, Dean Frye, said the family "
				+ "was devastated. Their mother, Joan Frye, thanked the emergency services. His partner, Amy Stone, "
				+ "said he was a loving father.";
		assertThat(roles(text)).contains("Dean Frye | Colin Frye's brother")
			.noneMatch(line -> line.startsWith("Amy Stone | Dean Frye's"));
	}

	@Test
	void round_brackets_opening_with_an_article_after_a_name_describe_the_person() {
		assertThat(roles("Ian Cole (a teacher) said the school would stay closed.")).contains("Ian Cole | a teacher");
		assertThat(roles("Jane Roe (the club's chairman) said the ground would be sold."))
			.contains("Jane Roe | the club's chairman");
		assertThat(roles("Jane Roe (Labour) said the vote was close.")).noneMatch(line -> line.contains("Labour"));
	}

	@Test
	void a_name_that_only_does_or_meets_something_gets_no_description() {
		assertThat(roles("Jane Foster went to the festival with her children.")).isEmpty();
		assertThat(roles("A teacher at the school met Ben Carr on Tuesday."))
			.noneMatch(line -> line.startsWith("Ben Carr | a teacher"));
	}

}
