package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;
import app.quarry.generation.extract.QuoteFact;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteExtractorTest {

	@Test
	void every_quote_of_the_correspondence_report_goes_to_its_speaker_and_scare_quotes_to_no_one() {
		assertThat(SeedDocuments.quotes(SeedDocuments.read(SeedDocuments.CORRESPONDENCE_RESUMES))).containsExactly(
				"Donald Trump :: A personal letter [. . .] is being delivered to me from Kim Jong-un that was handed at the border yesterday",
				"Donald Trump :: going to be a positive letter",
				"Donald Trump :: We have to start [. . .] that process. North Korea [. . .] started off very rough. In the meantime, we have our hostages [Americans detained in North Korea] back. I’ve said a hundred times: no missiles, no rockets, no nuclear testing",
				"Donald Trump :: Let’s see what happens", "Kim Jong-un :: make this deal and denuclearize");
	}

	@Test
	void every_quote_of_the_dialogue_momentum_report_goes_to_its_speaker_including_continued_quotes() {
		assertThat(SeedDocuments.quotes(SeedDocuments.read(SeedDocuments.DIALOGUE_MOMENTUM))).containsExactly(
				"Sarah Sanders :: very warm, very positive", "Sarah Sanders :: further evidence of progress",
				"Donald Trump :: This is a big and very positive statement from North Korea",
				"Shin Beom-chul :: The letter this time has helped maintain the dialogue momentum",
				"Shin Beom-chul :: This was also the case when the first letter from Kim was delivered to Trump.",
				"Shin Beom-chul :: While the North Korean leader affirmed his willingness to carry out denuclearization in his meeting with South Korean envoys, there needs to be a promise to take action _ such as stating it will submit its inventory list",
				"Shin Beom-chul :: This is because the second summit needs to generate a tangible deal, as President Trump was criticized for being unprepared for the first summit.",
				"Cheong Seong-chang :: President Moon's role has become very important with regards to North Korea's denuclearization as the two decided to discuss the matter",
				"Shin Beom-chul :: Secretary Pompeo is also tasked to achieve progress when he visits the North, as he faced criticism for returning empty-handed last time");
	}

	@Test
	void kims_letters_are_quoted_as_his_and_the_book_title_and_single_words_are_not_quotes() {
		assertThat(SeedDocuments.quotes(SeedDocuments.read(SeedDocuments.KIM_COMPLAINED))).containsExactly(
				"Kim Jong-un :: excessive interest President Moon is showing [. . .] in our matter",
				"Kim Jong-un :: The most important cause of what your side considers the headache of ‘missile threats’ and nuclear problem is the military actions of your side and the South Korean military that threatens our safety",
				"Kim Jong-un :: And until these elements are eliminated, no changed outcome can be anticipated");
	}

	@Test
	void kim_yo_jongs_words_are_hers_not_her_brothers_and_he_remarked_goes_to_the_minister_not_the_ambassador() {
		assertThat(SeedDocuments.quotes(SeedDocuments.read(SeedDocuments.KIM_YO_JONG))).containsExactly(
				"Kim Yo Jong :: We do not want to give any meaning to the US side’s unilateral assessment of the past DPRK-US dialogue.",
				"Kim Yo Jong :: I do not want to deny the fact that the personal relationship between the head of our state and the present U.S. president is not bad.",
				"Kim Yo Jong :: It is worth taking into account the fact that the year 2025 is neither 2018 nor 2019.",
				"Kim Yo Jong :: If the ROK, which had stoked the atmosphere of extreme confrontation in the past after unilaterally declaring the DPRK as its principal enemy, expected that it could reverse all the results it had made with a few sentimental words, nothing is more serious miscalculation than it.",
				"Kim Yo Jong :: We clarify once again the official stand that no matter what policy is adopted and whatever proposal is made in Seoul, we have no interest in it and there is neither the reason to meet nor the issue to be discussed with the ROK.",
				"Chung Dong-young :: I want to emphasize the importance of his leadership and the significance [of his term] in turning the unstable peace on the Korean Peninsula into a solid one.");
	}

	@Test
	void the_citizen_letter_contains_no_quotation() {
		assertThat(SeedDocuments.quotes(SeedDocuments.read(SeedDocuments.CITIZEN_LETTER))).isEmpty();
	}

	@Test
	void scare_quotes_terms_and_titles_are_never_reported_as_quotations() {
		List<String> quoted = SeedDocuments.ALL.stream()
			.flatMap(name -> SeedDocuments.quoteFacts(SeedDocuments.read(name)).stream())
			.map(QuoteFact::quote)
			.toList();
		assertThat(quoted).doesNotContain("correspondence diplomacy", "top-down", "love letters", "love letters.",
				"Rage", "unnecessary", "unnecessary.", "missile threats");
	}

	@Test
	void a_quote_fact_keeps_the_marks_in_its_text_and_its_offsets_point_at_them() {
		DocumentText document = SeedDocuments.read(SeedDocuments.CORRESPONDENCE_RESUMES);
		QuoteFact positive = SeedDocuments.quoteFacts(document).get(1);
		assertThat(positive.text()).isEqualTo("“going to be a positive letter,”");
		assertThat(document.text().substring(positive.start(), positive.end())).isEqualTo(positive.text());
		assertThat(positive.quote()).isEqualTo("going to be a positive letter");
		assertThat(positive.type()).isEqualTo("quote");
	}

}
