package app.quarry.generation.extract;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;
import app.quarry.corpus.Sentence;

import static org.assertj.core.api.Assertions.assertThat;

/** Texts unlike the seed corpus: the rules must carry over. */
class UnseenNewsTest {

	private static final String WATER = """
			Ministers agree on water deal after three days of talks

			Posted on : 2021-03-05 09:12 KST

			GENEVA -- Environment ministers from 14 countries agreed on Thursday to share data on river levels, ending three days of talks that began on March 2.
			"We have waited twenty-two years for this," said Dr. Amina Yusuf, the Kenyan minister, who chaired the meeting. It was her second term as chair.
			The agreement will be signed next week in Nairobi, and a follow-up conference is planned for Oct. 12–14 of next year. Delegates first met in 1999.
			Related stories
			Water shortage hits capital
			Dams under pressure
			""";

	private static final String MUSEUM = """
			# Museum returns stolen painting

			By Laura Chen

			The Rijksmuseum said yesterday that it had returned a 17th-century painting to the family of its original owner. The work, stolen in 1944, was found in a private collection in the U.S. last year.
			It is the fifth painting the museum has returned since 2015. The first was handed over in a ceremony on 3 May 2016 by curator Jan de Vries.
			A spokesman said the museum had received 312 claims over two decades, and that 40 remain open. ![](photo.jpg)
			Photo credit: Museum press office
			""";

	private static List<String> described(String text, LocalDate reference) {
		DocumentText doc = DocumentText.of(text);
		LocalDate ref = reference != null ? reference : ReferenceDateFinder.find(doc);
		return StandardFinders.extractor()
			.extract(doc, new ExtractionContext("t", ref))
			.stream()
			// quotes and people are specified in the people package's own unseen-news
			// tests
			.filter((f) -> !(f instanceof QuoteFact || f instanceof PersonFact))
			.map((f) -> switch (f) {
				case DateFact d -> "date " + d.text() + "=" + d.value();
				case DurationFact d -> "duration " + d.text() + "=" + d.value();
				case CountFact c -> "count " + c.text() + "=" + c.value() + " " + c.unit();
				case LetterFact l -> "letter";
				default -> f.type() + " " + f.text();
			})
			.toList();
	}

	@Test
	void a_report_with_a_posted_stamp_resolves_weekdays_weeks_and_next_year_from_it() {
		assertThat(described(WATER, null)).containsExactly("count three=3 day", "duration three days=P3D",
				"count 14=14 country", "date Thursday=2021-03-04", "count three=3 day", "duration three days=P3D",
				"date March 2=2021-03-02", "count twenty-two=22 year", "duration twenty-two years=P22Y",
				"count second=2 term", "date next week=2021-03-08/2021-03-14",
				"date Oct. 12–14 of next year=2022-10-12/2022-10-14", "date 1999=1999");
	}

	@Test
	void its_related_stories_are_not_sentences() {
		assertThat(DocumentText.of(WATER).sentences()).extracting(Sentence::text)
			.doesNotContain("Related stories", "Water shortage hits capital", "Dams under pressure")
			.contains(
					"\"We have waited twenty-two years for this,\" said Dr. Amina Yusuf, the Kenyan minister, who chaired the meeting.");
	}

	@Test
	void a_markdown_report_with_a_given_reference_date() {
		assertThat(described(MUSEUM, LocalDate.of(2024, 6, 12))).containsExactly("date yesterday=2024-06-11",
				"date 17th-century=1601/1700", "date 1944=1944", "date last year=2023", "count fifth=5 painting",
				"date 2015=2015", "count first=1 painting", "date 3 May 2016=2016-05-03", "count 312=312 claim",
				"count two=2 decade", "duration two decades=P20Y");
	}

	@Test
	void its_heading_mark_image_and_photo_credit_are_masked() {
		DocumentText doc = DocumentText.of(MUSEUM);
		assertThat(doc.sentences().get(0).text()).isEqualTo("Museum returns stolen painting");
		assertThat(doc.cleanText()).doesNotContain("![", "photo.jpg", "Photo credit");
	}

}
