package app.quarry.generation.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/** Hand-checked facts of the five documents of the committed corpus. */
class SeedDocumentFactsTest {

	private static final FactExtractor EXTRACTOR = StandardFinders.extractor();

	private static DocumentText document(String id) throws IOException {
		return DocumentText.of(Files.readString(Path.of("questions/corpus", id + ".txt")));
	}

	private static List<Fact> facts(String id, String published) throws IOException {
		DocumentText doc = document(id);
		return EXTRACTOR.extract(doc, new ExtractionContext(id, ReferenceDateFinder.find(doc), published));
	}

	@Test
	void the_citizens_letter_gives_its_metadata_and_no_footnote_counts() throws IOException {
		String id = "2018-01-29-citizen-letter-to-kim-jong-un";
		assertThat(ReferenceDateFinder.find(document(id))).isEqualTo(LocalDate.of(2018, 1, 29));
		List<Fact> facts = facts(id, "2018-01-29");
		assertThat(facts).filteredOn(LetterFact.class::isInstance).singleElement().satisfies((f) -> {
			LetterFact l = (LetterFact) f;
			assertThat(l.sender()).isEqualTo("Isaiah X. Smith");
			assertThat(l.recipient()).isEqualTo("Kim Jong-un");
			assertThat(l.date()).isEqualTo("2018-01-29");
			assertThat(l.reference()).isEqualTo("LFG-2018-0011");
			assertThat(l.delivery()).isEqualTo("Mail");
			assertThat(l.subject()).isEqualTo("Improving diplomatic relations with Japan");
		});
		assertThat(facts).contains(new DateFact("January 29<sup>th</sup>, 2018", 215, 244, "2018-01-29", false),
				new CountFact("two", 778, 781, 2, false, "country"));
		assertThat(facts).filteredOn(CountFact.class::isInstance)
			.extracting(Fact::text)
			.doesNotContain("1", "2", "2018", "0011");
	}

	@Test
	void the_hankyoreh_2018_report_places_its_dates_in_2018_and_counts_the_letters() throws IOException {
		String id = "2018-09-10-correspondence-resumes";
		assertThat(ReferenceDateFinder.find(document(id))).isEqualTo(LocalDate.of(2018, 9, 10));
		List<Fact> facts = facts(id, "2018-09-10");
		assertThat(facts).contains(new DateFact("yesterday", 855, 864, "2018-09-06", true),
				new DateFact("Sept. 7", 908, 915, "2018-09-07", false),
				new DateFact("Sept. 8", 1422, 1429, "2018-09-08", false),
				new DateFact("Sept. 5", 2465, 2472, "2018-09-05", false),
				new DateFact("Aug. 24", 2647, 2654, "2018-08-24", false),
				new DateFact("May 24", 3453, 3459, "2018-05-24", false),
				new DateFact("June 12", 3569, 3576, "2018-06-12", false),
				new DateFact("June 1", 3724, 3730, "2018-06-01", false),
				new DateFact("July", 3876, 3880, "2018-07", false),
				new DateFact("the beginning of August", 4089, 4112, "2018-08", false),
				new CountFact("two", 585, 588, 2, false, "leader"),
				new CountFact("second", 2907, 2913, 2, true, "summit"),
				new CountFact("fourth", 3100, 3106, 4, true, "trip"),
				new CountFact("fourth", 3400, 3406, 4, true, "letter"),
				new CountFact("third", 3846, 3851, 3, true, "visit"));
		assertThat(facts).filteredOn(LetterFact.class::isInstance)
			.map(LetterFact.class::cast)
			.extracting(LetterFact::number, LetterFact::carrier, LetterFact::date)
			.contains(org.assertj.core.groups.Tuple.tuple(4, null, null),
					org.assertj.core.groups.Tuple.tuple(null, "Kim Yong-chol", "2018-06-01"),
					org.assertj.core.groups.Tuple.tuple(null, "Pompeo", "2018-07"));
	}

	@Test
	void the_korea_times_report_gets_months_from_its_published_month_and_units_from_the_series() throws IOException {
		String id = "2018-09-letters-maintain-dialogue-momentum";
		assertThat(ReferenceDateFinder.find(document(id))).isNull();
		List<Fact> facts = facts(id, "2018-09");
		assertThat(facts).contains(new DateFact("Sunday", 922, 928, null, true),
				new DateFact("February", 1207, 1215, "2018-02", false),
				new DateFact("June", 2604, 2608, "2018-06", false), new DateFact("July", 2855, 2859, "2018-07", false),
				new DateFact("1950-53", 2999, 3006, "1950/1953", false),
				new DateFact("later this month", 4430, 4446, "2018-09", true),
				new DateFact("October", 4582, 4589, "2018-10", false),
				new DateFact("November", 4669, 4677, "2018-11", false),
				new CountFact("70th", 962, 966, 70, true, "anniversary"),
				new CountFact("fourth", 2459, 2465, 4, true, "letter"),
				new CountFact("first", 2493, 2498, 1, true, "letter"),
				new CountFact("second", 2764, 2770, 2, true, "letter"),
				new CountFact("third", 2827, 2832, 3, true, "visit"),
				new CountFact("third", 2904, 2909, 3, true, "letter"), new DurationFact("a month", 2312, 2319, "P1M"));
		assertThat(facts).filteredOn(LetterFact.class::isInstance)
			.map(LetterFact.class::cast)
			.extracting(LetterFact::number, LetterFact::carrier, LetterFact::sender, LetterFact::recipient,
					LetterFact::date)
			.contains(org.assertj.core.groups.Tuple.tuple(4, null, "Kim", "Trump", null),
					org.assertj.core.groups.Tuple.tuple(1, "Kim Yong-chol", null, null, "2018-06"),
					org.assertj.core.groups.Tuple.tuple(2, "Pompeo", null, null, "2018-07"),
					org.assertj.core.groups.Tuple.tuple(3, null, null, null, null));
	}

	@Test
	void the_hankyoreh_2022_report_keeps_explicit_years_and_resolves_that_year_and_sunday() throws IOException {
		String id = "2022-09-26-kim-complained-of-moon";
		assertThat(ReferenceDateFinder.find(document(id))).isEqualTo(LocalDate.of(2022, 9, 26));
		List<Fact> facts = facts(id, "2022-09-26");
		assertThat(facts).contains(new DateFact("2018", 62, 66, "2018", false),
				new DateFact("April 2018", 203, 213, "2018-04", false),
				new DateFact("August 2019", 218, 229, "2019-08", false),
				new DateFact("June 30, 2019", 356, 369, "2019-06-30", false),
				new DateFact("Sunday", 687, 693, "2022-09-25", true),
				new DateFact("October 2022", 1154, 1166, "2022-10", false),
				new DateFact("September 2020", 1376, 1390, "2020-09", false),
				new DateFact("April 1, 2018", 1486, 1499, "2018-04-01", false),
				new DateFact("June 12, 2018", 2181, 2194, "2018-06-12", false),
				new DateFact("Sept. 18–20 of that year", 2334, 2358, "2018-09-18/2018-09-20", false),
				new DateFact("Feb. 27–28, 2019", 2795, 2811, "2019-02-27/2019-02-28", false),
				new DateFact("Aug. 5, 2019", 2864, 2876, "2019-08-05", false),
				new DateFact("Oct. 5, 2019", 3404, 3416, "2019-10-05", false),
				new CountFact("27", 152, 154, 27, false, "letter"),
				new CountFact("27", 1219, 1221, 27, false, "letter"),
				new CountFact("first", 1427, 1432, 1, true, "correspondence"),
				new CountFact("two", 1460, 1463, 2, false, "leader"),
				new CountFact("one", 3357, 3360, 1, false, "round"));
	}

	@Test
	void the_2025_statement_has_years_but_no_reference_date() throws IOException {
		String id = "2025-07-kim-yo-jong-statement";
		assertThat(ReferenceDateFinder.find(document(id))).isNull();
		List<Fact> facts = facts(id, "2025-07");
		assertThat(facts).contains(new DateFact("2022", 1157, 1161, "2022", false),
				new DateFact("2020", 1891, 1895, "2020", false),
				new DateFact("the year 2025", 2641, 2654, "2025", false),
				new DateFact("2018", 2666, 2670, "2018", false), new DateFact("2019", 2675, 2679, "2019", false),
				new CountFact("first", 2574, 2579, 1, true, "term"));
		assertThat(facts).filteredOn(CountFact.class::isInstance).extracting(Fact::text).doesNotContain("38");
	}

	@Test
	void every_fact_text_is_the_stored_text_at_its_offsets() throws IOException {
		for (String id : List.of("2018-01-29-citizen-letter-to-kim-jong-un", "2018-09-10-correspondence-resumes",
				"2018-09-letters-maintain-dialogue-momentum", "2022-09-26-kim-complained-of-moon",
				"2025-07-kim-yo-jong-statement")) {
			DocumentText doc = document(id);
			for (Fact f : facts(id, null)) {
				assertThat(doc.text().substring(f.start(), f.end())).as(id + " " + f).isEqualTo(f.text());
			}
		}
	}

}
