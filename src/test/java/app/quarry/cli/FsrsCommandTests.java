package app.quarry.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class FsrsCommandTests {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		String[] full = new String[args.length + 1];
		full[0] = "fsrs";
		System.arraycopy(args, 0, full, 1, args.length);
		return CommandLine.run(full, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private Path log(String... lines) throws IOException {
		Path file = this.dir.resolve("log.csv");
		Files.writeString(file, "card_id,review_rating,review_time,review_duration\n" + String.join("\n", lines));
		return file;
	}

	private String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void replay_prints_the_documented_json_line_for_a_first_review() throws IOException {
		Path file = log("1711684180217,1,2024-03-29T20:32:32.250000+00:00,25060");
		assertThat(run("replay", "--reviews", file.toString())).isZero();
		assertThat(out().strip())
			.isEqualTo("{\"card_id\":\"1711684180217\",\"review_time\":\"2024-03-29T20:32:32.250Z\","
					+ "\"rating\":1,\"elapsed_days\":0,\"retrievability\":null,\"state\":\"learning\",\"step\":0,"
					+ "\"stability\":0.212,\"difficulty\":6.4133,\"scheduled_days\":0,\"due\":\"2024-03-29T20:33:32.250Z\"}");
	}

	@Test
	void replay_with_no_learning_steps_graduates_at_once() throws IOException {
		Path file = log("7,3,2024-03-29T20:32:32+00:00,", "7,3,2024-04-01T20:32:32+00:00,");
		assertThat(run("replay", "--reviews", file.toString(), "--learning-steps", "")).isZero();
		String[] lines = out().strip().split("\n");
		assertThat(lines[0]).contains("\"state\":\"review\"", "\"scheduled_days\":2");
		assertThat(lines[1]).contains("\"elapsed_days\":3", "\"retrievability\":0.8");
	}

	@Test
	void a_malformed_line_is_named_without_a_stack_trace() throws IOException {
		Path file = log("1,3,2024-03-29T20:32:32+00:00,", "2,3,2024-03-29T20:32:32+00:00");
		assertThat(run("replay", "--reviews", file.toString())).isEqualTo(1);
		assertThat(err()).contains("line 3: expected 4 fields").doesNotContain("Exception");
	}

	@Test
	void an_unknown_rating_is_named_with_its_line() throws IOException {
		Path file = log("1,5,2024-03-29T20:32:32+00:00,");
		assertThat(run("optimize", "--reviews", file.toString())).isEqualTo(1);
		assertThat(err()).contains("line 2: unknown rating '5'");
	}

	@Test
	void a_review_going_back_in_time_for_a_card_is_named() throws IOException {
		Path file = log("1,3,2024-03-29T20:32:32+00:00,", "1,3,2024-03-28T20:32:32+00:00,");
		assertThat(run("replay", "--reviews", file.toString())).isEqualTo(1);
		assertThat(err()).contains("line 3: review_time 2024-03-28T20:32:32Z of card 1 is before its previous review");
	}

	@Test
	void parameters_of_the_wrong_count_or_out_of_bounds_are_named() throws IOException {
		Path file = log("1,3,2024-03-29T20:32:32+00:00,");
		assertThat(run("evaluate", "--reviews", file.toString(), "--parameters", "1,2,3")).isEqualTo(1);
		assertThat(err()).contains("expected 21 parameters (w0..w20), found 3");
		String outOfBounds = "0.212,1.2931,2.3065,8.2956,6.4133,0.8334,3.0194,0.001,1.8722,0.1666,0.796,1.4835,0.0614,"
				+ "0.2629,1.6483,0.6014,1.8729,0.5425,0.0912,0.0658,9";
		assertThat(run("evaluate", "--reviews", file.toString(), "--parameters", outOfBounds)).isEqualTo(1);
		assertThat(err()).contains("parameter w20 = 9.0 is outside its bounds [0.1, 0.8]");
	}

	@Test
	void a_missing_file_and_unknown_options_get_clear_messages() {
		assertThat(run("replay", "--reviews", this.dir.resolve("none.csv").toString())).isEqualTo(1);
		assertThat(err()).contains("none.csv: no such file");
		assertThat(run("replay", "--review", "x.csv")).isEqualTo(2);
		assertThat(err()).contains("unknown option '--review'");
		assertThat(run("replay", "--reviews", "x.csv", "--learning-steps", "1x")).isEqualTo(2);
	}

	@Test
	void evaluate_prints_the_metrics_of_the_given_parameters_on_the_shared_log() throws IOException {
		Path file = this.dir.resolve("josh.csv");
		try (var in = getClass().getResourceAsStream("/fsrs/review_logs_josh.csv")) {
			Files.copy(in, file);
		}
		assertThat(run("evaluate", "--reviews", file.toString(), "--parameters", "0.212,1.2931,2.3065,8.2956,6.4133,"
				+ "0.8334,3.0194,0.001,1.8722,0.1666,0.796,1.4835,0.0614,0.2629,1.6483,0.6014,1.8729,0.5425,0.0912,0.0658,0.1542"))
			.isZero();
		assertThat(out()).startsWith("{\"log_loss\":0.4586").contains("\"reviews\":5329}");
	}

}
