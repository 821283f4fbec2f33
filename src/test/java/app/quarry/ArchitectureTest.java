package app.quarry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.base.PureCore;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The module boundaries: features depend on each other in one direction only (the order
 * in {@link #MAY_USE}; {@link ModulesTest} checks what they reach of each other), views
 * reach only services, repositories stay inside their feature, and the pure cores stay
 * free of Spring, JPA and Vaadin.
 */
class ArchitectureTest {

	private static final JavaClasses QUARRY = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("app.quarry");

	/**
	 * What each feature may use, besides itself. The closure of base ← account ← corpus ←
	 * bank ← generation; bank ← classroom ← srs ← study (srs listens to classroom's
	 * submitted attempts and answers its questions about students' study, so classroom
	 * does not call srs); generation + study ← decks (a deck offers its cards' editor to
	 * the study page and shows study's mastery). The cli may use anything.
	 */
	static final Map<String, Set<String>> MAY_USE = Map.of("base", Set.of(), "account", Set.of("base"), "corpus",
			Set.of("base", "account"), "bank", Set.of("base", "account", "corpus"), "generation",
			Set.of("base", "account", "corpus", "bank"), "classroom", Set.of("base", "account", "corpus", "bank"),
			"srs", Set.of("base", "account", "corpus", "bank", "classroom"), "study",
			Set.of("base", "account", "corpus", "bank", "classroom", "srs"), "decks",
			Set.of("base", "account", "corpus", "bank", "classroom", "generation", "srs", "study"));

	static final List<String> FEATURES = List.of("base", "account", "corpus", "bank", "generation", "srs", "study",
			"classroom", "decks", "cli");

	static Stream<String> features() {
		return MAY_USE.keySet().stream().sorted();
	}

	@Test
	void features_have_no_dependency_cycles() {
		slices().matching("app.quarry.(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(QUARRY);
	}

	@ParameterizedTest
	@MethodSource("features")
	void each_feature_depends_only_on_the_features_below_it(String feature) {
		String[] forbidden = FEATURES.stream()
			.filter(other -> !other.equals(feature) && !MAY_USE.get(feature).contains(other))
			.map(other -> "app.quarry." + other + "..")
			.toArray(String[]::new);
		noClasses().that()
			.resideInAPackage("app.quarry." + feature + "..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(forbidden)
			.allowEmptyShould(true)
			.check(QUARRY);
	}

	@Test
	void views_reach_services_never_entities_or_repositories() {
		noClasses().that()
			.resideInAPackage("..ui..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..internal..")
			.check(QUARRY);
	}

	@Test
	void repositories_are_used_only_by_their_own_feature_outside_its_views() {
		classes().that()
			.areAssignableTo(org.springframework.data.repository.Repository.class)
			.should(beAccessedOnlyFromTheirFeaturesServices())
			.allowEmptyShould(true)
			.check(QUARRY);
	}

	/**
	 * The generation core (its root package and {@code extract}) is pure; its Spring
	 * shell for documents added from the web lives in {@code generation.upload} and its
	 * page in {@code generation.ui}. A package's {@code package-info} is left out: it
	 * runs no code, and names the package's place among the modules for the module test.
	 */
	@Test
	void transactions_are_declared_with_the_annotation_not_run_by_hand() {
		noClasses().should()
			.dependOnClassesThat()
			.areAssignableTo(TransactionOperations.class)
			.because("one transaction style: @Transactional on a bean's method, read-only on reads")
			.check(QUARRY);
	}

	@Test
	void pure_cores_use_no_spring_no_jpa_and_no_vaadin() {
		noClasses().that()
			.resideInAnyPackage("app.quarry.generation", "app.quarry.generation.extract..", "app.quarry.srs.fsrs..")
			.or()
			.areAnnotatedWith(PureCore.class)
			.and()
			.doNotHaveSimpleName("package-info")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "com.vaadin..", "org.hibernate..")
			.allowEmptyShould(true)
			.check(QUARRY);
	}

	/**
	 * Every package says its types are not null unless marked {@code @Nullable}, so that
	 * a reader (and a null checker) need not guess what may be absent.
	 */
	@Test
	void every_package_is_null_marked() {
		List<String> unmarked = QUARRY.stream()
			.map(JavaClass::getPackage)
			.distinct()
			.filter(javaPackage -> !javaPackage.isAnnotatedWith(NullMarked.class))
			.map(JavaPackage::getName)
			.sorted()
			.toList();

		assertThat(unmarked).as("packages without @NullMarked in their package-info").isEmpty();
	}

	@Test
	void the_command_line_touches_no_entities_or_repositories() {
		noClasses().that()
			.resideInAPackage("app.quarry.cli..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..internal..")
			.allowEmptyShould(true)
			.check(QUARRY);
	}

	/**
	 * Repository of feature X: used from X's root package (its services) or X.internal
	 * only.
	 */
	private static ArchCondition<JavaClass> beAccessedOnlyFromTheirFeaturesServices() {
		return new ArchCondition<>("be used only from their own feature's services") {
			@Override
			public void check(JavaClass repository, ConditionEvents events) {
				String internal = repository.getPackageName();
				String root = internal.endsWith(".internal") ? internal.substring(0, internal.length() - 9) : internal;
				repository.getDirectDependenciesToSelf().forEach(dependency -> {
					String from = dependency.getOriginClass().getPackageName();
					boolean allowed = from.equals(root) || from.equals(internal);
					if (!allowed) {
						events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
					}
				});
			}
		};
	}

}
