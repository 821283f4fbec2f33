package app.quarry.decks.exchange;

import app.quarry.base.PureCore;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Decks as CSV (RFC 4180) with a header row {@code front,back}: one row per note, so a
 * cloze note is one row whose front holds its {@code {{cN::...}}} deletions. Reading also
 * takes the headers spreadsheets and other tools use (term/definition, question/answer,
 * text/extra); without a known header the first two columns are front and back.
 */
@PureCore
public final class CsvDeck {

	private static final Set<String> FRONTS = Set.of("front", "term", "question", "text", "prompt");

	private static final Set<String> BACKS = Set.of("back", "definition", "answer", "extra", "back extra");

	private CsvDeck() {
	}

	/**
	 * The CSV file to download: UTF-8 with a byte-order mark in front, the one sign by
	 * which Excel reads a CSV file as UTF-8 rather than the local code page (accented and
	 * non-Latin cards came out garbled without it); {@link #read} skips it again.
	 */
	public static byte[] file(List<PortableCard> cards) {
		return ("\uFEFF" + write(cards)).getBytes(StandardCharsets.UTF_8);
	}

	public static String write(List<PortableCard> cards) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader("front", "back").get().print(out)) {
			for (Notes.Note note : Notes.of(cards)) {
				printer.printRecord(note.front(), note.back());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	public static ImportedDeck read(String text) throws DeckFormatException {
		String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
		List<PortableCard> cards = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		try (CSVParser parser = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreSurroundingSpaces(true)
			.setIgnoreEmptyLines(true)
			.get()
			.parse(new StringReader(body))) {
			List<String> header = parser.getHeaderNames();
			if (header.size() < 2) {
				throw new DeckFormatException(
						"The CSV file needs a header row and at least two columns (front and back), separated by commas.");
			}
			int front = column(header, FRONTS, 0);
			int back = column(header, BACKS, front == 0 ? 1 : 0);
			for (CSVRecord row : parser) {
				String f = row.size() > front ? row.get(front).strip() : "";
				String b = row.size() > back ? row.get(back).strip() : "";
				if (f.isEmpty()) {
					skipped.add("row " + (row.getRecordNumber() + 1) + ": the front is empty");
				}
				else if (b.isEmpty() && !Cloze.isCloze(f)) {
					skipped.add("row " + (row.getRecordNumber() + 1) + ": the back is empty");
				}
				else {
					cards.addAll(PortableCard.ofNote(f, b));
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			throw new DeckFormatException("The CSV file cannot be read: " + ex.getMessage(), ex);
		}
		return new ImportedDeck("", cards, skipped);
	}

	private static int column(List<String> header, Set<String> names, int fallback) {
		for (int i = 0; i < header.size(); i++) {
			if (names.contains(header.get(i).strip().toLowerCase(Locale.ROOT))) {
				return i;
			}
		}
		return fallback;
	}

}
