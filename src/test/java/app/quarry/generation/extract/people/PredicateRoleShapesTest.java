package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

/**
 * Roles a verb or a copula gives, and names whose surname is also a title or a month, in
 * invented sentences.
 */
class PredicateRoleShapesTest {

	private static List<String> people(String text) {
		return new PersonExtractor().find(DocumentText.of(text), null).stream().map(fact -> fact.value()).toList();
	}

	@Test
	void a_post_without_an_article_after_a_copula_is_a_role() {
		assertThat(roles("Dana Whitlock is technology correspondent for the Daily Planet, a radio show."))
			.contains("Dana Whitlock | technology correspondent for the Daily Planet");
		assertThat(roles("Kevin Lamb was England captain until 2003.")).contains("Kevin Lamb | England captain");
		assertThat(roles("Peter Wolf is Labour candidate for the seat of Upton."))
			.contains("Peter Wolf | Labour candidate for the seat of Upton");
	}

	@Test
	void an_owned_post_without_an_article_after_a_copula_is_a_role() {
		assertThat(roles("Tom Reed is Acme's chief economist.")).contains("Tom Reed | Acme's chief economist");
	}

	@Test
	void a_post_without_an_article_in_a_relative_clause_is_a_role() {
		assertThat(roles("Brian Kettle, who is Green Party Wales chairman, said he had suspended the candidate."))
			.contains("Brian Kettle | Green Party Wales chairman");
	}

	@Test
	void a_clause_after_a_copula_is_no_post() {
		assertThat(roles("Tom Reed is helping police officers with their inquiries.")).isEmpty();
		assertThat(roles("Jane Hardy was growing tired of the job.")).isEmpty();
		assertThat(roles("Mary Kerr is hiring police officers for the new station.")).isEmpty();
	}

	@Test
	void a_role_owned_by_a_body_of_several_words_reaches_past_the_owner() {
		assertThat(roles("Anne Rose, the Liberal Democrats' home affairs spokeswoman, said it was vital."))
			.contains("Anne Rose | the Liberal Democrats' home affairs spokeswoman");
		assertThat(roles("Tom Brook, the Upton Rowing Club's junior team coach, said it was vital."))
			.contains("Tom Brook | the Upton Rowing Club's junior team coach");
	}

	@Test
	void a_role_taken_up_in_the_perfect_is_held() {
		assertThat(roles("Lena Marsh has become an unpaid mentor at Corbin Partners."))
			.contains("Lena Marsh | an unpaid mentor at Corbin Partners");
		assertThat(roles("Ian Kirk has become chairman of the Upton Society."))
			.contains("Ian Kirk | chairman of the Upton Society");
		assertThat(roles("Sam Dale will become chairman of the Upton Society.")).isEmpty();
	}

	@Test
	void now_after_a_role_opens_another_clause() {
		assertThat(roles("Lena Marsh has become an unpaid mentor at Corbin Partners now she is out of office."))
			.contains("Lena Marsh | an unpaid mentor at Corbin Partners");
	}

	@Test
	void a_held_body_ends_before_a_second_verb_of_the_subject() {
		assertThat(roles("Ken Ruddle heads the Riverside Trust and says it will grow."))
			.contains("Ken Ruddle | head of the Riverside Trust");
	}

	@Test
	void a_title_after_a_given_name_is_a_surname() {
		assertThat(roles("\"Firms are learning fast,\" said Ruth King, chief network planner at Telnet."))
			.contains("Ruth King | chief network planner at Telnet");
		assertThat(roles("Former prime minister Peter Major said the plans were weak."))
			.contains("Peter Major | Former prime minister");
		assertThat(people("Tom Bishop, a local councillor, said the plans were weak.")).contains("Tom Bishop");
		assertThat(roles("Phillip Father, the President of Vellstar, thanked the crew."))
			.contains("Phillip Father | the President of Vellstar");
	}

	@Test
	void a_month_after_a_given_name_is_a_surname() {
		assertThat(roles("Helen May, shadow minister for the arts, said the plans were weak."))
			.contains("Helen May | shadow minister for the arts");
	}

	@Test
	void a_surname_the_document_writes_after_mr_or_mrs_is_one_after_any_given_name() {
		assertThat(people("Bridget May said the plans were weak. Mrs May said more later.")).contains("Bridget May");
	}

	@Test
	void a_title_of_a_realm_or_a_date_stays_what_it_is() {
		assertThat(people("The King of Wessex met the Texas Judge.")).noneMatch(name -> name.endsWith("Judge"));
		assertThat(people("The deadline for Jack was set as May 5.")).noneMatch(name -> name.contains("May"));
		assertThat(roles("King Aldric of Wessex met Ruth King.")).containsExactly("Aldric | King of Wessex");
		assertThat(people("King Aldric of Wessex met Ruth King.")).contains("Ruth King");
	}

}
