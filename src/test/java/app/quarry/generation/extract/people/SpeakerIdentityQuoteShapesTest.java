package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whose words a quotation is when the words around it name more than one person: a ruler
 * who shares a name with someone else, a name that only says whose relative speaks, a
 * name that is what the speaker talks about. In sentences written for the test; a speaker
 * the text does not make clear is left out rather than guessed.
 */
class SpeakerIdentityQuoteShapesTest {

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	private static final String TWO_KASSEMS = "Ruritania's Omar Kassem today promised to withdraw from the "
			+ "disputed land. Also today, King Kassem of Freedonia arrived in Paris to mediate the crisis. ";

	@Test
	void a_ruler_called_by_a_given_name_is_not_the_man_whose_surname_it_is() {
		assertThat(quotes(TWO_KASSEMS + "The king met the president for two hours. "
				+ "``The bridge must be rebuilt before the autumn floods,'' King Kassem said."))
			.containsExactly("King Kassem :: The bridge must be rebuilt before the autumn floods");
	}

	@Test
	void a_bare_name_two_people_share_goes_to_the_one_in_focus_or_to_no_one() {
		assertThat(quotes(TWO_KASSEMS + "The president met King Kassem for two hours at his home. "
				+ "``The bridge must be rebuilt before the autumn floods,'' Kassem said."))
			.noneMatch(quote -> quote.startsWith("Omar Kassem ::"));
	}

	@Test
	void a_ruler_known_by_the_given_name_of_a_full_name_is_that_person() {
		assertThat(quotes("Queen Ines Halloran opened the new bridge on Monday. Queen Ines said, "
				+ "``This bridge will join two towns that have waited a century for it.''"))
			.containsExactly("Ines Halloran :: This bridge will join two towns that have waited a century for it.");
	}

	@Test
	void a_pronoun_after_a_sentence_about_a_relative_of_someone_goes_to_the_relative() {
		assertThat(quotes(TWO_KASSEMS + "Crown Prince Talal, King Kassem's brother and adviser, was asked today "
				+ "about the gift the king had brought to Paris. Speaking by telephone from the palace, he gave "
				+ "no details, but said: ``I doubt that his majesty would make such a long journey unless the "
				+ "talks were close to an agreement.''"))
			.containsExactly(
					"Crown Prince Talal :: I doubt that his majesty would make such a long journey unless the talks "
							+ "were close to an agreement.");
	}

	@Test
	void said_his_daughter_and_her_name_gives_the_words_to_the_daughter() {
		assertThat(quotes("Gonzalo Mendes has worked at the plant for thirty years. ``He must go back to work at "
				+ "the factory tomorrow,'' said his daughter, Rosa, who added that her father was resting."))
			.containsExactly("Rosa :: He must go back to work at the factory tomorrow");
	}

	@Test
	void said_his_husband_without_a_name_gives_the_words_to_no_named_person() {
		assertThat(quotes("Rosa Mendes has worked at the plant for thirty years. ``They never told us anything "
				+ "about the closure of the plant,'' said her husband, an electrician at the plant."))
			.noneMatch(quote -> quote.startsWith("Rosa Mendes ::"));
	}

	@Test
	void a_named_persons_relative_named_in_apposition_after_the_verb_speaks() {
		assertThat(quotes("Gonzalo Mendes lost his case on Friday. ``We will appeal the ruling next month,'' said "
				+ "Gonzalo Mendes's lawyer, Ana Ruiz, who spoke to reporters at the courthouse."))
			.containsExactly("Ana Ruiz :: We will appeal the ruling next month");
	}

	@Test
	void a_name_the_speaker_talks_of_before_a_colon_is_not_the_speaker() {
		assertThat(quotes("Minister Anton Varga spoke briefly after the vote. ``The vote went as expected,'' Varga "
				+ "said. He also said of his talks with Gonzalo Mendes: ``There is nothing left to negotiate.''"))
			.contains("Anton Varga :: There is nothing left to negotiate.")
			.noneMatch(quote -> quote.startsWith("Gonzalo Mendes ::"));
	}

	@Test
	void a_name_heading_its_words_with_a_colon_still_speaks() {
		assertThat(quotes("The council met on Monday to hear the residents. Harbour master Tom Reilly: ``The pier "
				+ "will be rebuilt by spring, whatever the council decides.''"))
			.containsExactly("Tom Reilly :: The pier will be rebuilt by spring, whatever the council decides.");
	}

}
