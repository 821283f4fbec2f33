package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whose words a quotation gives when a name stands nearer to it than its speaker: an item
 * of a body's listed name set off after the speaker ("Ministry of Energy, Coastal Affairs
 * and Sea"), the subject of a clause reported by the one who spoke, the giver of a
 * confirmation the subject received, and the owner of claims the subject answered.
 */
class ListedNamesAndReportedSubjectsQuoteShapesTest {

	private static java.util.List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_person_set_off_before_a_ministry_with_a_listed_name_speaks_not_an_item_of_the_list() {
		assertThat(quotes("Jane Roe, Norland's Ministry of Transport, Energy, Coastal Affairs and Sea, confirmed to "
				+ "reporters: \"The hull was located. It will be raised and examined.\""))
			.containsExactly("Jane Roe :: The hull was located. It will be raised and examined.");
		assertThat(quotes("Tom Kerr, Acme's Department of Health, Welfare, Sport and Youth, told the press: "
				+ "\"The clinics will open again next week for everyone.\""))
			.containsExactly("Tom Kerr :: The clinics will open again next week for everyone.");
		assertThat(quotes("Anna Lind, the Office of Trade, Industry, Fisheries and Forests, said: \"Our boats will "
				+ "stay in port until the storm has passed.\""))
			.containsExactly("Anna Lind :: Our boats will stay in port until the storm has passed.");
	}

	@Test
	void the_commas_of_a_listed_body_name_after_of_do_not_end_the_description_set_off_after_a_name() {
		assertThat(quotes("Jane Roe, Norland's Minister of Trade, Industry, Fisheries and Forests, told reporters: "
				+ "\"The fleet will sail again on Monday morning.\""))
			.containsExactly("Jane Roe :: The fleet will sail again on Monday morning.");
	}

	@Test
	void a_place_opening_a_clause_still_names_the_speaker_after_it() {
		assertThat(quotes("In Paris, Acme Holdings said: \"We will keep every store open through the winter.\""))
			.doesNotContain("null :: We will keep every store open through the winter.");
	}

	@Test
	void he_after_a_man_named_as_the_subject_of_a_reported_clause_is_no_sure_speaker() {
		assertThat(quotes("Paul Venn, the Ruritanian Prime Minister, has said that Mark Doyle should be expelled "
				+ "from the Northern League until he allows open trials. He has said that the league \"should "
				+ "expel him and send monitors to the province to ensure honest trials.\""))
			.doesNotContain(
					"Mark Doyle :: should expel him and send monitors to the province to ensure honest trials.");
		assertThat(quotes("Jane Roe, the club's chairwoman, said that Ann Lee had to go because she broke the rules. "
				+ "She told members that the board \"will not tolerate cheating of any kind at all.\""))
			.doesNotContain("Ann Lee :: will not tolerate cheating of any kind at all.");
	}

	@Test
	void words_confirmed_to_the_subject_by_others_are_not_the_subjects() {
		assertThat(quotes("The Daily Courier reported that it received confirmation from Acme security officials "
				+ "that, \"Hobb is on a watch list for arrest\"; another paper said the same."))
			.doesNotContain("The Daily Courier :: Hobb is on a watch list for arrest");
		assertThat(quotes("The Evening Star said it had assurances from Acme staff that \"no jobs will be lost in the "
				+ "move\" this year."))
			.doesNotContain("The Evening Star :: no jobs will be lost in the move");
	}

	@Test
	void words_received_from_a_body_or_from_ones_who_speak_are_theirs() {
		assertThat(quotes("The Harbour Gazette said it had received confirmation from port authority officials "
				+ "that, \"the east dock will shut for a year\"."))
			.containsExactly("port authority officials :: the east dock will shut for a year");
		assertThat(quotes("The Harbour Gazette said it had an assurance from the Lowland Water Board that \"no "
				+ "village will run dry this summer\"."))
			.containsExactly("Lowland Water Board :: no village will run dry this summer");
	}

	@Test
	void words_received_from_what_names_no_giver_stay_unattributed() {
		assertThat(quotes("The Harbour Gazette said it had received confirmation from talks with the dockers that "
				+ "\"the east dock will shut for a year\"."))
			.containsExactly("null :: the east dock will shut for a year");
		assertThat(quotes("The Harbour Gazette said it had received assurances from his officials that "
				+ "\"the east dock will shut for a year\"."))
			.containsExactly("null :: the east dock will shut for a year");
	}

	@Test
	void words_quoted_in_claims_the_subject_answered_are_not_the_subjects() {
		assertThat(quotes("A federal court heard the case in March. The court responded to Hobb's mother's "
				+ "assertions that her son could not hire a lawyer \"without revealing where he lives and "
				+ "exposing himself to danger\"."))
			.doesNotContain("the court :: without revealing where he lives and exposing himself to danger");
		assertThat(quotes("Acme Holdings replied to the union's claims that the plant was \"a danger to every "
				+ "worker on the night shift\"."))
			.doesNotContain("Acme Holdings :: a danger to every worker on the night shift");
	}

}
