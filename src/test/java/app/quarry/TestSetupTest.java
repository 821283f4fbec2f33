package app.quarry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * How the build runs the tests: none can hang it, and the slow ones that start browsers
 * or JVMs of their own run apart.
 */
class TestSetupTest {

	@Test
	void every_test_has_a_default_timeout() throws IOException {
		Properties platform = new Properties();
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("junit-platform.properties")) {
			assertThat(in).as("junit-platform.properties on the test classpath").isNotNull();
			platform.load(in);
		}
		assertThat(platform.getProperty("junit.jupiter.execution.timeout.default")).matches("\\d+ ?(s|m|h)");
	}

	@Test
	void browser_and_kill_tests_run_under_failsafe_not_surefire() throws IOException {
		String pom = Files.readString(Path.of("pom.xml"));
		String surefire = pom.substring(pom.indexOf("<artifactId>maven-surefire-plugin"));
		surefire = surefire.substring(0, surefire.indexOf("</plugin>"));
		String failsafe = pom.substring(pom.indexOf("<artifactId>maven-failsafe-plugin"));
		failsafe = failsafe.substring(0, failsafe.indexOf("</plugin>"));
		for (String pattern : new String[] { "**/*BrowserTest.java", "**/*SigkillTest.java" }) {
			assertThat(surefire).contains("<exclude>" + pattern + "</exclude>");
			assertThat(failsafe).contains("<include>" + pattern + "</include>");
		}
		assertThat(failsafe).contains("<goal>integration-test</goal>", "<goal>verify</goal>");
	}

}
