package app.quarry;

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
	static final String DOCUMENTATION = "src/docs/modules";

	static final ApplicationModules MODULES = ApplicationModules.of(QuarryApplication.class);

	@Test
	void features_reach_each_other_only_through_their_published_api_and_without_cycles() {
		MODULES.verify();
	}

	/**
	 * Writes the module documentation (a C4 component diagram of all modules and one per
	 * module, in PlantUML, and a canvas per module) into {@value #DOCUMENTATION}. Run
	 * after changing what the modules use of each other, and commit the result:
	 * {@code ./mvnw test -Dtest=ModulesTest -Dquarry.modules.write=true}.
	 */
	@Test
	@EnabledIfSystemProperty(named = "quarry.modules.write", matches = "true")
	void writes_the_module_documentation() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCUMENTATION)).writeDocumentation()
			.writeAggregatingDocument();
	}

}
