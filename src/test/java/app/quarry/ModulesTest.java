package app.quarry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The features as Spring Modulith sees them: each top-level package below
 * {@code app.quarry} is a module, its root package its API (plus the named interfaces its
 * package-info files declare), everything below it internal. {@link ArchitectureTest}
 * keeps the direction between features and the purity of the cores.
 */
class ModulesTest {

	/** Where the generated module documentation is kept, next to the design decisions. */
	static final Path DOCUMENTATION = Path.of("src/docs/modules");

	static final String REGENERATE = "./mvnw test -P'!frontend' -Dtest=ModulesTest -Dquarry.modules.write=true";

	static final ApplicationModules MODULES = ApplicationModules.of(QuarryApplication.class);

	@Test
	void features_reach_each_other_only_through_their_published_api_and_without_cycles() {
		MODULES.verify();
	}

	@Test
	void the_committed_module_diagrams_show_the_modules_as_they_are() throws IOException {
		Path generated = Path.of("target/modules-docs");
		write(generated);
		List<String> diagrams = diagrams(generated);
		assertThat(diagrams(DOCUMENTATION)).as("the diagrams in %s; regenerate with %s", DOCUMENTATION, REGENERATE)
			.isEqualTo(diagrams);
		for (String diagram : diagrams) {
			assertThat(DOCUMENTATION.resolve(diagram)).as("%s is out of date; regenerate with %s", diagram, REGENERATE)
				.hasSameTextualContentAs(generated.resolve(diagram));
		}
	}

	/**
	 * Writes the module documentation (a C4 component diagram of all modules and one per
	 * module, in PlantUML, and a canvas per module) into {@link #DOCUMENTATION}. Run
	 * after changing what the modules use of each other, and commit the result: see
	 * {@link #REGENERATE}.
	 */
	@Test
	@EnabledIfSystemProperty(named = "quarry.modules.write", matches = "true")
	void writes_the_module_documentation() throws IOException {
		write(DOCUMENTATION);
	}

	private static void write(Path folder) throws IOException {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString())).writeDocumentation()
			.writeAggregatingDocument();
		for (String diagram : diagrams(folder)) {
			Path file = folder.resolve(diagram);
			Files.write(file, inStableOrder(Files.readAllLines(file)));
		}
	}

	private static List<String> diagrams(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(file -> file.getFileName().toString())
				.filter(name -> name.endsWith(".puml"))
				.sorted()
				.toList();
		}
	}

	/**
	 * The documenter lists modules and relations in no fixed order: sorting each run of
	 * them makes the files change only when the modules do.
	 */
	static List<String> inStableOrder(List<String> lines) {
		List<String> result = new ArrayList<>();
		List<String> run = new ArrayList<>();
		String runKind = null;
		for (String line : lines) {
			String kind = line.strip().startsWith("Rel(") ? "Rel"
					: line.strip().startsWith("Component(") ? "Component" : null;
			if (runKind != null && !runKind.equals(kind)) {
				result.addAll(run.stream().sorted().toList());
				run.clear();
			}
			runKind = kind;
			if (kind == null) {
				result.add(line);
			}
			else {
				run.add(line);
			}
		}
		result.addAll(run.stream().sorted().toList());
		return result;
	}

}
