package app.quarry.study;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills the application with SIGKILL in the middle of a stream of answers and checks,
 * after a restart on the same H2 file database, that every answer it acknowledged is in
 * the review log. The application runs in a JVM of its own ({@link AnswerStreamApp}).
 */
// a blocking read of a hung child's output ignores interrupts: the test runs in a thread
// of its own,
// and the children are killed after it
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = ThreadMode.SEPARATE_THREAD)
class AnswersSurviveSigkillTest {

	private final List<Process> started = new java.util.concurrent.CopyOnWriteArrayList<>();

	@AfterEach
	void killChildren() {
		this.started.forEach(Process::destroyForcibly);
	}

	/** Enough answers to be well into the stream, few enough to stay quick. */
	private static final int ACKS_BEFORE_KILL = 150;

	@TempDir
	Path dataDir;

	@Test
	void every_acknowledged_answer_is_in_the_review_log_after_a_sigkill() throws Exception {
		Process streaming = start("stream");
		List<String> acknowledged = new ArrayList<>();
		try (BufferedReader out = reader(streaming)) {
			String line;
			while ((line = out.readLine()) != null) {
				if (line.startsWith("ACK ")) {
					acknowledged.add(line.substring(4));
					if (acknowledged.size() == ACKS_BEFORE_KILL) {
						// SIGKILL on Linux: no shutdown hooks, no chance to flush
						// anything
						streaming.destroyForcibly();
						break;
					}
				}
				assertThat(line).as("the streaming app's output").isNotEqualTo("NO-CARDS");
			}
		}
		finally {
			streaming.destroyForcibly();
			streaming.waitFor(30, TimeUnit.SECONDS);
		}
		assertThat(acknowledged).hasSize(ACKS_BEFORE_KILL);

		Process verifying = start("verify");
		Set<String> logged = new HashSet<>();
		try (BufferedReader out = reader(verifying)) {
			String line;
			while ((line = out.readLine()) != null && !line.equals("END")) {
				if (line.startsWith("LOG ")) {
					logged.add(line.substring(4));
				}
			}
		}
		finally {
			verifying.waitFor(60, TimeUnit.SECONDS);
			verifying.destroyForcibly();
		}
		assertThat(logged).containsAll(acknowledged);
	}

	private Process start(String mode) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp",
				System.getProperty("java.class.path"), AnswerStreamApp.class.getName(), mode, this.dataDir.toString());
		File log = this.dataDir.resolve(mode + ".err").toFile();
		Files.createDirectories(this.dataDir);
		Process process = new ProcessBuilder(command).redirectError(log).start();
		this.started.add(process);
		return process;
	}

	private static BufferedReader reader(Process process) {
		return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
	}

}
