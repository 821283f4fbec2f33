package app.quarry.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExtractCommandTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return ExtractCommand.run(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	@Test
	void prints_one_json_object_per_file_with_the_reference_date_and_sorted_facts() throws Exception {
		Path file = this.dir.resolve("note.txt");
		Files.writeString(file, "Kim sent 27 envoys  on Sept. 7, she said \"yes\" yesterday.\n");
		assertThat(run(file.toString(), "--reference-date", "2018-09-10")).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"file\": \"" + file
				+ "\", \"referenceDate\": \"2018-09-10\", \"facts\": [\n"
				+ "  {\"type\": \"count\", \"text\": \"27\", \"start\": 9, \"end\": 11, \"value\": 27, \"ordinal\": false, \"unit\": \"envoy\"},\n"
				+ "  {\"type\": \"date\", \"text\": \"Sept. 7\", \"start\": 23, \"end\": 30, \"value\": \"2018-09-07\", \"relative\": false},\n"
				+ "  {\"type\": \"date\", \"text\": \"yesterday\", \"start\": 47, \"end\": 56, \"value\": \"2018-09-09\", \"relative\": true}\n"
				+ "]}\n");
		assertThat(this.err.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void bad_files_are_reported_one_line_each_and_the_others_still_processed() throws Exception {
		Path good = this.dir.resolve("good.md");
		Files.writeString(good, "Nothing dated here.");
		Path binary = this.dir.resolve("binary.txt");
		Files.write(binary, new byte[] { 'a', 0, 'b' });
		Path latin = this.dir.resolve("latin.txt");
		Files.write(latin, "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
		Path missing = this.dir.resolve("missing.txt");
		assertThat(run(binary.toString(), good.toString(), latin.toString(), missing.toString())).isEqualTo(1);
		assertThat(this.out.toString(StandardCharsets.UTF_8))
			.isEqualTo("{\"file\": \"" + good + "\", \"referenceDate\": null, \"facts\": []}\n");
		assertThat(this.err.toString(StandardCharsets.UTF_8).lines()).containsExactly(
				binary + ": is binary, not text (NUL byte at byte 1)",
				latin + ": is not valid UTF-8 text (save it as UTF-8 and try again)", missing + ": no such file");
	}

	@Test
	void a_malformed_reference_date_is_a_usage_error() {
		assertThatThrownBy(() -> run("x.txt", "--reference-date", "10/09/2018"))
			.hasMessage("--reference-date must be a date YYYY-MM-DD, not \"10/09/2018\"");
		assertThatThrownBy(this::run).hasMessageContaining("no file given");
	}

	@Test
	void json_strings_escape_quotes_backslashes_and_line_breaks() {
		assertThat(FactJson.string("a \"b\" \\ c\nd\u0001")).isEqualTo("\"a \\\"b\\\" \\\\ c\\nd\\u0001\"");
		assertThat(FactJson.string("line\u2028para\u2029\b\f\u001f é"))
			.isEqualTo("\"line\\u2028para\\u2029\\u0008\\u000c\\u001f é\"");
	}

}
