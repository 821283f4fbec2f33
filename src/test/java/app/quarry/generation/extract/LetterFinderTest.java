package app.quarry.generation.extract;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

class LetterFinderTest {

	private static List<LetterFact> letters(String text, String reference) {
		return new LetterFinder().find(DocumentText.of(text),
				new ExtractionContext("t", reference == null ? null : LocalDate.parse(reference)));
	}

	@Test
	void a_letter_document_gives_its_sender_recipient_date_reference_delivery_and_subject() {
		String text = """
				Dear Ms. Jane Porter,

				Ref: ABC-77/2020
				Sent via: Email

				3 March 2020

				Subject: Funding for the library

				I write to ask for your support.

				Sincerely,

				Tom Baker
				""";
		assertThat(letters(text, null)).singleElement().satisfies((l) -> {
			assertThat(l.sender()).isEqualTo("Tom Baker");
			assertThat(l.recipient()).isEqualTo("Jane Porter");
			assertThat(l.date()).isEqualTo("2020-03-03");
			assertThat(l.reference()).isEqualTo("ABC-77/2020");
			assertThat(l.delivery()).isEqualTo("Email");
			assertThat(l.subject()).isEqualTo("Funding for the library");
			assertThat(text.substring(l.start(), l.end())).isEqualTo(l.text()).startsWith("Dear Ms. Jane Porter");
		});
	}

	@Test
	void news_sentences_about_letters_give_number_carrier_sender_recipient_and_date() {
		List<LetterFact> facts = letters("The letter is the fourth Kim has sent to Trump. "
				+ "The first was delivered to the White House by top official Kim Yong-chol in June. "
				+ "Trump received another letter from Kim on Sept. 7.", "2018-09-10");
		assertThat(facts)
			.extracting(LetterFact::number, LetterFact::carrier, LetterFact::sender, LetterFact::recipient,
					LetterFact::date)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(4, null, "Kim", "Trump", null),
					org.assertj.core.groups.Tuple.tuple(1, "Kim Yong-chol", null, null, "2018-06"),
					org.assertj.core.groups.Tuple.tuple(null, null, "Kim", "Trump", "2018-09-07"));
	}

}
