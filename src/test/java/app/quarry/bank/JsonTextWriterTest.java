package app.quarry.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bank's JSON is indented by two spaces a level, however deep, and escaped, whatever
 * text came before.
 */
class JsonTextWriterTest {

	@Test
	void every_level_is_indented_two_spaces_deeper_than_the_one_around_it() {
		Object value = "leaf";
		for (int depth = 0; depth < 40; depth++) {
			value = List.of(value);
		}
		String json = JsonTextWriter.write(value);
		assertThat(json).contains("\n" + "  ".repeat(40) + "\"leaf\"\n" + "  ".repeat(39) + "]");
		assertThat(json.lines().count()).isEqualTo(81);
	}

	@Test
	void long_and_short_stretches_between_escapes_are_written_whole_after_text_beyond_latin_1() {
		String longRun = "The ferry to the outer islands left at dawn";
		String json = JsonTextWriter
			.write(List.of("Quay’s", longRun + " \"" + longRun + "\"\nok\"", "Ω" + longRun + "\t"));
		assertThat(json).isEqualTo("[\n  \"Quay’s\",\n  \"" + longRun + " \\\"" + longRun + "\\\"\\nok\\\"\",\n  \"Ω"
				+ longRun + "\\t\"\n]\n");
	}

	@Test
	void fields_and_items_are_indented_and_strings_escaped_where_needed() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("prompt", "“Quays” rose \"high\"\n\tat\\dawn\u0001");
		map.put("plain", "Tides");
		map.put("count", 3);
		map.put("options", List.of("a", "b"));
		assertThat(JsonTextWriter.write(map)).isEqualTo("""
				{
				  "prompt": "“Quays” rose \\"high\\"\\n\\tat\\\\dawn\\u0001",
				  "plain": "Tides",
				  "count": 3,
				  "options": [
				    "a",
				    "b"
				  ]
				}
				""");
	}

}
