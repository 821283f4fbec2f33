package app.quarry.generation.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The texts of the committed development sets, for checks that must hold on real prose.
 */
final class DevSetTexts {

	private DevSetTexts() {
	}

	static List<String> all() throws IOException {
		List<String> texts = new ArrayList<>();
		for (String set : List.of("meantime", "genres", "wikinews")) {
			try (Stream<Path> files = Files.list(Path.of("src/test/resources/devsets", set, "text"))) {
				for (Path file : files.sorted().toList()) {
					texts.add(Files.readString(file));
				}
			}
		}
		return texts;
	}

}
