package app.quarry.generation.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the application with SIGKILL once a teacher's document has been added and its
 * generation is under way, restarts it on the same H2 file database and checks that the
 * document is there and its questions arrive as drafts. The application runs in a JVM of
 * its own ({@link UploadKillApp}).
 */
// a blocking read of a hung child's output ignores interrupts: the test runs in a thread
// of its own,
// and the children are killed after it
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = ThreadMode.SEPARATE_THREAD)
class GenerationSurvivesSigkillTest {

	private final List<Process> started = new java.util.concurrent.CopyOnWriteArrayList<>();

	@AfterEach
	void killChildren() {
		this.started.forEach(Process::destroyForcibly);
	}

	@TempDir
	Path dataDir;

	@Test
	void a_document_whose_generation_a_sigkill_cut_off_is_kept_and_its_drafts_are_generated_after_the_restart()
			throws Exception {
		Process adding = start("add");
		String jobId = null;
		try (BufferedReader out = reader(adding)) {
			String line;
			while ((line = out.readLine()) != null) {
				if (line.startsWith("ADDED ")) {
					jobId = line.substring(6);
				}
				if (line.startsWith("STAGE ")) {
					// SIGKILL on Linux: no shutdown hooks, the generation thread cut off
					adding.destroyForcibly();
					break;
				}
			}
		}
		finally {
			adding.destroyForcibly();
			adding.waitFor(30, TimeUnit.SECONDS);
		}
		assertThat(jobId).as("the adding app's job id").isNotNull();

		Process verifying = start("verify", jobId);
		List<String> report = new ArrayList<>();
		try (BufferedReader out = reader(verifying)) {
			String line;
			while ((line = out.readLine()) != null && !line.equals("END")) {
				if (line.matches("(JOB|DOCUMENT|DRAFTS) .*")) {
					report.add(line);
				}
			}
		}
		finally {
			verifying.waitFor(60, TimeUnit.SECONDS);
			verifying.destroyForcibly();
		}
		assertThat(report).hasSize(3);
		String[] job = report.get(0).split(" ");
		assertThat(job[0] + " " + job[1]).isEqualTo("JOB DONE");
		assertThat(Integer.parseInt(job[2])).isPositive();
		assertThat(report.get(1)).isEqualTo("DOCUMENT true");
		assertThat(report.get(2)).isEqualTo("DRAFTS " + job[2]);
	}

	private Process start(String... args) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(
				List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
						UploadKillApp.class.getName(), args[0], this.dataDir.toString()));
		command.addAll(List.of(args).subList(1, args.length));
		Files.createDirectories(this.dataDir);
		Process process = new ProcessBuilder(command).redirectError(this.dataDir.resolve(args[0] + ".err").toFile())
			.start();
		this.started.add(process);
		return process;
	}

	private static BufferedReader reader(Process process) {
		return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
	}

}
