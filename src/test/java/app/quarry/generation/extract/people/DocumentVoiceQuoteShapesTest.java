package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotations a document speaks (a statement, a communique, a report), in sentences
 * written for the test: the words are those of who issued it, when the text says who did;
 * a document whose issuer the text does not tell gives no speaker.
 */
class DocumentVoiceQuoteShapesTest {

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_document_that_a_body_qualifies_is_the_described_speaker() {
		assertThat(quotes("``Nothing is settled about the ferry's return,'' said a government communique, "
				+ "read on Monday night at a rally attended by Mayor Anna Berg."))
			.containsExactly("a government communique :: Nothing is settled about the ferry's return");
	}

	@Test
	void the_document_speaks_for_who_the_text_said_issued_it_shortly_before() {
		assertThat(quotes("The Interior Ministry issued a statement on Monday. "
				+ "\"The border will stay closed until further notice,\" the statement said."))
			.containsExactly("the Interior Ministry :: The border will stay closed until further notice");
		assertThat(quotes("The Trade Ministry announced new rules on imports. "
				+ "\"Foreign firms must register within thirty days,\" the announcement said."))
			.containsExactly("the Trade Ministry :: Foreign firms must register within thirty days");
	}

	@Test
	void an_accompanying_document_speaks_for_who_put_out_the_one_it_goes_with() {
		assertThat(quotes("The Transport Ministry on Tuesday issued new advice to drivers. "
				+ "An accompanying statement also warned \"against any trips to the coastal islands.\""))
			.containsExactly("the Transport Ministry :: against any trips to the coastal islands.");
	}

	@Test
	void a_document_owned_by_a_name_or_a_body_or_coming_from_one_speaks_for_it() {
		assertThat(quotes("\"The plan is dead,\" a White House statement said."))
			.containsExactly("White House :: The plan is dead");
		assertThat(quotes("The army's statement said: \"All the soldiers returned safely to their base.\""))
			.containsExactly("the army :: All the soldiers returned safely to their base.");
		assertThat(quotes("\"The plan is dead and buried for this year,\" according to a statement from the "
				+ "Health Ministry."))
			.containsExactly("the Health Ministry :: The plan is dead and buried for this year");
	}

	@Test
	void a_document_whose_source_is_set_off_by_commas_speaks_for_it() {
		assertThat(quotes("The letter, from the Interior Ministry, says: \"Your passport has been withdrawn with "
				+ "immediate effect.\""))
			.containsExactly("the Interior Ministry :: Your passport has been withdrawn with immediate effect.");
		assertThat(quotes(
				"The statement, issued by Acme Holdings, said: \"We regret that the plant cannot be " + "saved.\""))
			.containsExactly("Acme Holdings :: We regret that the plant cannot be saved.");
	}

	@Test
	void a_set_off_phrase_that_is_more_than_a_name_gives_no_source() {
		assertThat(quotes(
				"The statement, from a lawyer in Leeds, said: \"We regret that the plant cannot be " + "saved.\""))
			.doesNotContain("a lawyer :: We regret that the plant cannot be saved.");
	}

	@Test
	void a_document_whose_issuer_is_not_told_gives_no_speaker() {
		assertThat(quotes("Anna Berg left the meeting early. \"We cannot go back without a fair deal,\" "
				+ "said the message, read at the rally."))
			.containsExactly("null :: We cannot go back without a fair deal");
		assertThat(quotes("The Foreign Office issued new advice to travellers. A statement warned, "
				+ "\"Do not travel to the northern provinces.\""))
			.containsExactly("null :: Do not travel to the northern provinces.");
	}

	@Test
	void a_document_word_in_a_persons_title_leaves_the_person_speaking() {
		assertThat(quotes("The agency released a report on Monday. \"It is a disaster for the river,\" said "
				+ "the report's author, Jane Roe."))
			.containsExactly("Jane Roe :: It is a disaster for the river");
		assertThat(quotes("Tom Smith said the report was \"deeply flawed and full of mistakes from start to end.\""))
			.containsExactly("Tom Smith :: deeply flawed and full of mistakes from start to end.");
	}

}
