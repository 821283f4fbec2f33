package app.quarry.decks.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV and Quizlet text: what is written reads back as the same cards. */
class DeckExchangeTest {

	static final List<PortableCard> CARDS = List.of(PortableCard.basic("Capital of France?", "Paris"),
			PortableCard.basic("A \"quoted\", comma'd front", "a back\nover two lines"),
			PortableCard.cloze("{{c1::Kim}} met {{c2::Trump}} in Singapore.", "June 2018", 1),
			PortableCard.cloze("{{c1::Kim}} met {{c2::Trump}} in Singapore.", "June 2018", 2),
			PortableCard.basic("Größe", "size (ß, ü, 日本語)"));

	@Test
	void a_csv_export_reads_back_as_the_same_cards() throws Exception {
		String csv = CsvDeck.write(CARDS);
		assertThat(csv).startsWith("front,back\r\n");
		// one row per note: the two cloze cards share one
		assertThat(csv.lines().filter(line -> line.contains("{{c1::Kim}}")).count()).isEqualTo(1);
		assertThat(CsvDeck.read(csv).cards()).isEqualTo(CARDS);
	}

	@Test
	void csv_fields_with_commas_quotes_and_line_breaks_are_quoted_as_rfc_4180_says() {
		assertThat(CsvDeck.write(List.of(CARDS.get(1))))
			.isEqualTo("front,back\r\n\"A \"\"quoted\"\", comma'd front\",\"a back\nover two lines\"\r\n");
	}

	/**
	 * RFC 4180 as a whole file: a header row, every record ending in CRLF (the last one
	 * too), the same number of fields in each, and a strict RFC 4180 reader giving the
	 * fields back unchanged.
	 */
	@Test
	void a_csv_export_is_a_well_formed_rfc_4180_file_a_strict_reader_takes() throws Exception {
		String csv = CsvDeck.write(CARDS);
		assertThat(csv).endsWith("\r\n");
		// outside quoted fields every line break is CRLF
		String unquoted = csv.replaceAll("\"(?:[^\"]|\"\")*\"", "\"\"");
		assertThat(unquoted.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
		org.apache.commons.csv.CSVFormat strict = org.apache.commons.csv.CSVFormat.RFC4180.builder()
			.setIgnoreEmptyLines(false)
			.get();
		try (var records = strict.parse(new java.io.StringReader(csv))) {
			List<org.apache.commons.csv.CSVRecord> rows = records.getRecords();
			assertThat(rows.get(0).values()).containsExactly("front", "back");
			assertThat(rows).hasSize(5).allSatisfy(row -> assertThat(row.size()).isEqualTo(2));
			assertThat(rows.get(2).values()).containsExactly("A \"quoted\", comma'd front", "a back\nover two lines");
			assertThat(rows.get(4).values()).containsExactly("Größe", "size (ß, ü, 日本語)");
		}
	}

	@Test
	void a_csv_with_other_tools_headers_is_read_by_its_column_names() throws Exception {
		ImportedDeck deck = CsvDeck.read("definition,term\r\nParis,Capital of France?\r\n,empty\r\n");
		assertThat(deck.cards()).containsExactly(PortableCard.basic("Capital of France?", "Paris"));
		assertThat(deck.skipped()).hasSize(1);
	}

	@Test
	void a_csv_without_two_columns_is_refused_with_what_to_do() {
		assertThatThrownBy(() -> CsvDeck.read("just one column\r\nx\r\n")).isInstanceOf(DeckFormatException.class)
			.hasMessageContaining("header row");
	}

	@Test
	void quizlet_text_with_the_default_separators_reads_back_as_the_same_cards() throws Exception {
		List<PortableCard> oneLine = List.of(CARDS.get(0), CARDS.get(2), CARDS.get(3), CARDS.get(4));
		String text = QuizletText.write(oneLine, QuizletText.Separators.DEFAULT);
		assertThat(text).isEqualTo("Capital of France?\tParis\n{{c1::Kim}} met {{c2::Trump}} in Singapore.\tJune 2018\n"
				+ "Größe\tsize (ß, ü, 日本語)");
		assertThat(QuizletText.read(text, QuizletText.Separators.DEFAULT).cards()).isEqualTo(oneLine);
	}

	@Test
	void quizlet_text_with_custom_separators_is_split_by_them() throws Exception {
		QuizletText.Separators custom = new QuizletText.Separators(" - ", ";");
		ImportedDeck deck = QuizletText.read("dog - Hund;cat - Katze; ;bird", custom);
		assertThat(deck.cards()).containsExactly(PortableCard.basic("dog", "Hund"), PortableCard.basic("cat", "Katze"));
		assertThat(deck.skipped()).containsExactly("card 3: no separator between term and definition");
		String written = QuizletText.write(deck.cards(), custom);
		assertThat(written).isEqualTo("dog - Hund;cat - Katze");
	}

	@Test
	void a_line_break_inside_a_card_becomes_a_space_in_quizlet_text() {
		assertThat(QuizletText.write(List.of(CARDS.get(1)), QuizletText.Separators.DEFAULT))
			.isEqualTo("A \"quoted\", comma'd front\ta back over two lines");
	}

	@Test
	void past_reviews_are_not_part_of_a_cards_content() {
		PortableCard reviewed = CARDS.get(0).withReviews(List.of(new PastReview(Instant.EPOCH, 3, 1000)));
		assertThat(reviewed.content()).isEqualTo(CARDS.get(0));
	}

}
