package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The back of a "Who is ...?" card is the role as the sentence gives it, mended at its
 * edges: no opening verb or adverb of the sentence, no start cut from a longer name, no
 * restrictive clause cut away.
 */
class RoleEdgesTest {

	private static List<String> roles(String text, String name) {
		return ExtractedDocument.rolesOf(text, name);
	}

	@Test
	void an_adverb_that_only_dates_a_role_is_left_out() {
		assertThat(roles(
				"Stephen Valdane, currently vice president finance, will take over from Mr. Orlov at Trelmar Corp.",
				"Stephen Valdane"))
			.containsExactly("vice president finance");
	}

	@Test
	void the_opening_word_of_the_sentence_is_not_part_of_the_title() {
		assertThat(roles("Once Colonel Marla Quist was picked as a pilot, she followed a normal progression.",
				"Marla Quist"))
			.containsExactly("Colonel");
		assertThat(roles("The harbour plan was published on Monday. Replied Harbour Board deputy spokesman Tomas Reyk, "
				+ "\"We have not seen the plan in detail.\"", "Tomas Reyk"))
			.containsExactly("Harbour Board deputy spokesman");
	}

	@Test
	void a_title_opening_the_sentence_keeps_its_own_first_word() {
		assertThat(roles("Polish Defence Minister Jan Orlik and other senior officers attended the ceremony.",
				"Jan Orlik"))
			.containsExactly("Polish Defence Minister");
		assertThat(roles("The board put alleged fraud mastermind Piet Varga on its list of wanted men on Monday.",
				"Piet Varga"))
			.containsExactly("alleged fraud mastermind");
	}

	@Test
	void a_participle_saying_which_holder_of_a_post_is_meant_belongs_to_the_role() {
		assertThat(roles("Anna Berg, proposed Secretary of Trade for the new cabinet, implied the deal would hold.",
				"Anna Berg"))
			.containsExactly("proposed Secretary of Trade for the new cabinet");
		assertThat(roles("Ivo Lask, ousted President of Ostland, flew to exile on Friday.", "Ivo Lask"))
			.containsExactly("ousted President of Ostland");
	}

	@Test
	void a_title_cut_from_a_longer_name_takes_the_name_back() {
		assertThat(roles("Yesterday New Calder governor Piet Harlan toured five counties that were flooded.",
				"Piet Harlan"))
			.containsExactly("New Calder governor");

	}

	@Test
	void a_list_of_people_is_not_read_as_one_name() {
		assertThat(roles("Talks between Kim Jong Sul and President Ivo Marek ended on Friday.", "Ivo Marek"))
			.noneMatch(role -> role.contains("Sul"));
		List<String> roles = roles("Mayor Ivo Kamen and Harbour Master Lena Voss met the fishermen on Monday.",
				"Lena Voss");
		assertThat(roles).noneMatch(role -> role.contains("Kamen"));
		assertThat(roles("Secretary of state Lena Voss, Berger and defence secretary Ivo Kamen flew to Rome on Monday.",
				"Ivo Kamen"))
			.noneMatch(role -> role.contains("Berger"));
	}

	@Test
	void one_of_several_keeps_the_clause_that_makes_it_true() {
		assertThat(roles("Dr. Ruth Amsel was one of three surgeons who performed transplants in the valley region.",
				"Ruth Amsel"))
			.containsExactly("one of three surgeons who performed transplants in the valley region");
	}

	@Test
	void one_of_several_whose_clause_cannot_be_kept_is_not_asked() {
		assertThat(roles("Dr. Ruth Amsel was one of three surgeons who operated in the Ostend, Vell, area, and "
				+ "threats against her had become routine.", "Ruth Amsel"))
			.noneMatch(role -> role.startsWith("one of"));
	}

	@Test
	void an_organisation_and_its_officer_is_the_officer_of_the_organisation() {
		assertThat(
				roles("The board and its chairman, Leo Ferrant, said the vote would be held on Friday.", "Leo Ferrant"))
			.containsExactly("chairman of the board");
	}

	@Test
	void a_bare_title_takes_the_body_written_after_the_name() {
		assertThat(roles("Bishop Ivo Sarn of the Diocese of Vell said the fire was an act of madness.", "Ivo Sarn"))
			.contains("Bishop of the Diocese of Vell");
		assertThat(roles("Senator Ann Roe of Calder, a Republican, voted against the bill on Friday.", "Ann Roe"))
			.contains("Senator from Calder");
	}

	@Test
	void a_courtesy_title_takes_no_body() {
		assertThat(roles("Dr. Ivo Sarn of Calder General Hospital said the patient was stable.", "Ivo Sarn"))
			.noneMatch(role -> role.startsWith("Doctor of"));
	}

	@Test
	void a_title_opening_with_a_joining_word_takes_the_word_before_it() {
		assertThat(
				roles("Cie. de Navigation Vell Chairman Marc Fournel said his board rejected the bid.", "Marc Fournel"))
			.allMatch(role -> !role.startsWith("de "));
	}

}
