package app.quarry.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where Chromium and its chromedriver are: a system property or environment variable
 * ({@code QUARRY_CHROMIUM}, {@code QUARRY_CHROMEDRIVER}) first, then {@code chromium} and
 * {@code chromedriver} on the {@code PATH}. Never downloads anything.
 *
 * @param chromium the browser executable
 * @param chromedriver the matching driver executable
 */
record BrowserBinaries(Path chromium, Path chromedriver) {

	static BrowserBinaries locate() {
		return new BrowserBinaries(find("QUARRY_CHROMIUM", "chromium", "chromium-browser"),
				find("QUARRY_CHROMEDRIVER", "chromedriver"));
	}

	private static Path find(String setting, String... commands) {
		String configured = Optional.ofNullable(System.getProperty(setting)).orElse(System.getenv(setting));
		if (configured != null && !configured.isBlank()) {
			Path path = Path.of(configured);
			if (!Files.isExecutable(path)) {
				throw new IllegalStateException(setting + " points to " + path + ", which is not an executable file");
			}
			return path;
		}
		String pathVariable = Optional.ofNullable(System.getenv("PATH")).orElse("");
		return Stream.of(pathVariable.split(java.io.File.pathSeparator))
			.filter(dir -> !dir.isBlank())
			.flatMap(dir -> Stream.of(commands).map(command -> Path.of(dir, command)))
			.filter(Files::isExecutable)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Browser tests need " + commands[0] + ": set " + setting
					+ " or put it on the PATH (Debian: apt-get install chromium chromium-driver; .ci/run does this)"));
	}

}
