package app.quarry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The app is started with a heap cap, from Maven and as a jar, and the README says what
 * it was measured to need.
 */
class RunSetupTest {

	static final Pattern CAP = Pattern.compile("-Xmx(\\d+)m");

	@Test
	void spring_boot_run_starts_the_app_with_a_heap_cap() throws IOException {
		String pom = Files.readString(Path.of("pom.xml"));
		Matcher property = Pattern.compile("<spring-boot.run.jvmArguments>([^<]*)</spring-boot.run.jvmArguments>")
			.matcher(pom);
		assertThat(property.find()).as("spring-boot.run.jvmArguments in pom.xml").isTrue();
		Matcher cap = CAP.matcher(property.group(1));
		assertThat(cap.find()).isTrue();
		assertThat(Integer.parseInt(cap.group(1))).isBetween(128, 512);
	}

	@Test
	void the_readme_runs_the_jar_with_the_same_cap_and_gives_the_measured_figures() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		assertThat(readme).contains("java -Xmx256m -jar target/quarry.jar");
		assertThat(readme).containsPattern("live heap after a full GC \\d+");
		assertThat(readme).containsPattern("RSS of the whole process \\d+");
	}

}
