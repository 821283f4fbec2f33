package app.quarry.classroom.results;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One CSV record as RFC 4180 wants it: fields joined by commas, a field quoted when it
 * holds a comma, a quote or a line break (quotes doubled), records ended by CRLF. Text
 * fields that a spreadsheet would run as a formula (starting with = + - @, tab or
 * carriage return) get a leading apostrophe, so a student named "=HYPERLINK(...)" stays
 * text.
 */
final class CsvRow {

	private CsvRow() {
	}

	static String of(List<String> fields) {
		return fields.stream().map(CsvRow::quoted).collect(Collectors.joining(",", "", "\r\n"));
	}

	/** A text field from a person (names, labels): guarded against formula injection. */
	static String text(String value) {
		if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
			return "'" + value;
		}
		return value;
	}

	static String quoted(String field) {
		if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
			return "\"" + field.replace("\"", "\"\"") + "\"";
		}
		return field;
	}

}
