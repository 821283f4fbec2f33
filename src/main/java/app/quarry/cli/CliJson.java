package app.quarry.cli;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.core.util.Separators.Spacing;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON the commands print, written by Jackson in two layouts: {@link #compact} for
 * the machine-read fsrs lines, {@link #readable} for the {@code extract} output
 * bank-format.md shows (one array element a line, a space after {@code :} and {@code ,}).
 */
final class CliJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
		.build();

	private static final ObjectWriter COMPACT = MAPPER.writer();

	private static final ObjectWriter READABLE = MAPPER.writer(new LineSafeEscapes()).with(readablePrinter());

	private CliJson() {
	}

	static JsonMapper mapper() {
		return MAPPER;
	}

	static String compact(JsonNode node) {
		return COMPACT.writeValueAsString(node);
	}

	static String readable(JsonNode node) {
		return READABLE.writeValueAsString(node);
	}

	private static DefaultPrettyPrinter readablePrinter() {
		Separators separators = Separators.createDefaultInstance()
			.withObjectNameValueSpacing(Spacing.AFTER)
			.withObjectEntrySpacing(Spacing.AFTER)
			.withObjectEmptySeparator("")
			.withArrayEmptySeparator("");
		// Objects stay on one line; each array element starts a line indented by two
		// spaces, and the closing bracket a line of its own.
		DefaultIndenter arrays = new DefaultIndenter(" ", "\n") {
			@Override
			public void writeIndentation(JsonGenerator g, int level) {
				g.writeRaw(level > 0 ? "\n  " : "\n");
			}
		};
		return new DefaultPrettyPrinter(separators).withObjectIndenter(new DefaultPrettyPrinter.NopIndenter())
			.withArrayIndenter(arrays);
	}

	/**
	 * Line and paragraph separators escaped too, so that a reader splitting the output
	 * into lines (JavaScript among them) never splits inside a string.
	 */
	private static final class LineSafeEscapes extends CharacterEscapes {

		private static final int[] ASCII = ascii();

		private static int[] ascii() {
			int[] escapes = CharacterEscapes.standardAsciiEscapesForJSON();
			// backspace and form feed as \u0008 and \u000c, as the output always wrote
			// them
			escapes['\b'] = ESCAPE_STANDARD;
			escapes['\f'] = ESCAPE_STANDARD;
			return escapes;
		}

		@Override
		public int[] getEscapeCodesForAscii() {
			return ASCII;
		}

		@Override
		public SerializableString getEscapeSequence(int ch) {
			return (ch == 0x2028 || ch == 0x2029) ? new SerializedString(String.format("\\u%04x", ch)) : null;
		}

	}

}
